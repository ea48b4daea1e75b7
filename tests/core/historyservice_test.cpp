// A customer's history beside a complaint: everything, newest first, promises highlighted.
#include "testsupport.h"

#include "search/historyservice.h"
#include "service/complaintservice.h"
#include "storage/customerstore.h"
#include "workflow/promisestore.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

TEST_CASE("a customer's history holds every complaint, contact and promise, newest first",
          "[search][history]")
{
    TempDatabase t; // now: 2026-10-05 09:00 UTC
    CustomerInput who;
    who.name = QStringLiteral("Kees Bakker");
    who.email = QStringLiteral("kees@example.nl");
    who.phone = QStringLiteral("06-55554444");
    who.handles = {{QStringLiteral("twitter"), QStringLiteral("@keesb")}};
    who.formOfAddress = FormOfAddress::Formal;
    QList<Registration> regs;
    for (int daysAgo : {500, 200, 40, 2}) {
        NewComplaint n;
        n.customer = who;
        n.channel = daysAgo == 40 ? QStringLiteral("twitter") : QStringLiteral("email");
        n.description = QStringLiteral("Klacht van %1 dagen geleden.").arg(daysAgo);
        n.receivedAt = t.clock().now().addDays(-daysAgo);
        auto r = ComplaintService(t.db()).registerComplaint(n);
        KD_REQUIRE_OK(r);
        regs << *r;
    }
    REQUIRE(regs.first().customer.meta.id == regs.last().customer.meta.id);
    const QString customerId = regs.first().customer.meta.id;
    // A complaint of somebody else must not show.
    NewComplaint other;
    other.customer.name = QStringLiteral("Iemand Anders");
    other.channel = QStringLiteral("email");
    other.description = QStringLiteral("Niet van Kees.");
    KD_REQUIRE_OK(ComplaintService(t.db()).registerComplaint(other));

    Interaction reply;
    reply.direction = Direction::Outbound;
    reply.kind = InteractionKind::Reply;
    reply.body = QStringLiteral("We bellen u vrijdag terug.");
    reply.occurredAt = t.clock().now().addDays(-1);
    KD_REQUIRE_OK(ComplaintService(t.db()).addInteraction(regs.at(2).complaint.reference, reply));

    Promise open;
    open.complaintId = regs.at(2).complaint.meta.id;
    open.customerId = customerId;
    open.text = QStringLiteral("Vrijdag terugbellen");
    open.dueAt = t.clock().now().addDays(-1); // overdue
    KD_REQUIRE_OK(PromiseStore(t.db()).add(open));
    Promise kept = open;
    kept.id.clear();
    kept.text = QStringLiteral("Creditnota sturen");
    kept.dueAt = t.clock().now().addDays(-30);
    kept.state = QStringLiteral("kept");
    KD_REQUIRE_OK(PromiseStore(t.db()).add(kept));

    HistoryService service(t.db());
    auto resolved = service.resolveCustomer(QStringLiteral("+31 6 5555 4444"));
    KD_REQUIRE_OK(resolved);
    CHECK(resolved->meta.id == customerId);
    auto byHandle = service.resolveCustomer(QStringLiteral("@KeesB"));
    KD_REQUIRE_OK(byHandle);
    CHECK(byHandle->meta.id == customerId);
    CHECK_FALSE(service.resolveCustomer(QStringLiteral("nobody@example.nl")).ok());

    auto h = service.forCustomer(customerId);
    KD_REQUIRE_OK(h);
    CHECK(h->complaintsTotal == 4);
    CHECK(h->complaintsLast12Months == 3); // not the one of 500 days ago
    CHECK(h->openComplaints == 4);
    CHECK(h->customer.formOfAddress == FormOfAddress::Formal);
    CHECK(h->entries.size() == 4 + 1 + 2);
    for (int i = 1; i < h->entries.size(); ++i)
        CHECK(h->entries.at(i - 1).when >= h->entries.at(i).when);
    REQUIRE(h->openPromises.size() == 1);
    CHECK(h->openPromises.first().body == QLatin1String("Vrijdag terugbellen"));
    CHECK(h->openPromises.first().overdue);
    CHECK(h->openPromises.first().reference == regs.at(2).complaint.reference);
    int channels = 0;
    for (const HistoryEntry &e : h->entries) {
        if (e.kind == HistoryEntry::Kind::Complaint && e.channelCode == QLatin1String("twitter"))
            ++channels;
        CHECK_FALSE(e.body.contains(QLatin1String("Niet van Kees")));
    }
    CHECK(channels == 1);
    // The limit cuts the oldest entries and says so.
    auto cut = service.forCustomer(customerId, 3);
    KD_REQUIRE_OK(cut);
    CHECK(cut->entries.size() == 3);
    CHECK(cut->truncated);
    CHECK(cut->entries.first().when == h->entries.first().when);
}
