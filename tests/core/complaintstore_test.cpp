// Registration, validation, round-trips and reference numbering of complaints.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "storage/complaintstore.h"
#include "storage/customerstore.h"
#include "storage/interactionstore.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

NewComplaint sampleComplaint()
{
    NewComplaint n;
    n.customer.name = QStringLiteral("Sanne de Vries");
    n.customer.email = QStringLiteral("sanne@example.nl");
    n.customer.phone = QStringLiteral("06-12345678");
    n.channel = QStringLiteral("email");
    n.description = QStringLiteral("Mijn wasmachine is nog steeds niet geleverd.");
    n.category = QStringLiteral("delivery_time");
    return n;
}

} // namespace

TEST_CASE("a complaint without a channel is refused with a clear message", "[domain]")
{
    TempDatabase t;
    NewComplaint n = sampleComplaint();
    n.channel.clear();
    auto r = ComplaintService(t.db()).registerComplaint(n);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QLatin1String("channel"));
    CHECK(r.error().message.contains(QLatin1String("channel")));
    CHECK(rowCount(t.db(), QStringLiteral("complaint")) == 0);
    CHECK(rowCount(t.db(), QStringLiteral("customer")) == 0);
}

TEST_CASE("a complaint without a customer is refused with a clear message", "[domain]")
{
    TempDatabase t;
    NewComplaint n = sampleComplaint();
    n.customer = {};
    auto r = ComplaintService(t.db()).registerComplaint(n);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QLatin1String("customer"));
    CHECK(r.error().message.contains(QLatin1String("customer")));
}

TEST_CASE("a complaint without the customer's words is refused", "[domain]")
{
    TempDatabase t;
    NewComplaint n = sampleComplaint();
    n.description = QStringLiteral("   ");
    auto r = ComplaintService(t.db()).registerComplaint(n);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QLatin1String("description"));
    // The customer made on the way is rolled back with the refused complaint.
    CHECK(rowCount(t.db(), QStringLiteral("customer")) == 0);
}

TEST_CASE("an unknown channel is refused and the known ones are named", "[domain]")
{
    TempDatabase t;
    NewComplaint n = sampleComplaint();
    n.channel = QStringLiteral("pigeon");
    auto r = ComplaintService(t.db()).registerComplaint(n);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QLatin1String("pigeon")));
    CHECK(r.error().message.contains(QLatin1String("email")));
}

TEST_CASE("a registered complaint round-trips with every field", "[storage]")
{
    TempDatabase t;
    NewComplaint n = sampleComplaint();
    n.subject = QStringLiteral("Levering te laat");
    n.severity = Severity::High;
    n.justified = Justified::Partly;
    n.assignee = QStringLiteral("marieke");
    n.productRef = QStringLiteral("B2400123");
    n.publicUrl = QStringLiteral("https://x.com/sanne/status/1");
    n.tags = {QStringLiteral("levering"), QStringLiteral("wasmachine")};
    n.receivedAt = QDateTime(QDate(2026, 10, 2), QTime(14, 30), Qt::UTC);
    n.customer.handles = {{QStringLiteral("twitter"), QStringLiteral("@SanneDV")}};
    n.customer.formOfAddress = FormOfAddress::Informal;
    n.customer.language = QStringLiteral("nl");
    auto r = ComplaintService(t.db()).registerComplaint(n);
    KD_REQUIRE_OK(r);
    CHECK(r->customerCreated);

    t.reopen();
    auto d = ComplaintService(t.db()).details(r->complaint.reference);
    KD_REQUIRE_OK(d);
    const Complaint &c = d->complaint;
    CHECK(c.meta.id == r->complaint.meta.id);
    CHECK(c.subject == n.subject);
    CHECK(c.description == n.description);
    CHECK(c.severity == Severity::High);
    CHECK(c.justified == Justified::Partly);
    CHECK(c.status == ComplaintStatus::New);
    CHECK(c.assignee == QLatin1String("marieke"));
    CHECK(c.productRef == n.productRef);
    CHECK(c.publicUrl == n.publicUrl);
    CHECK(c.tags == n.tags);
    CHECK(c.receivedAt == n.receivedAt);
    CHECK(c.meta.createdBy == QLatin1String("tester"));
    CHECK(c.meta.createdAt == t.clock().now());
    REQUIRE(d->category.has_value());
    CHECK(d->category->code == QLatin1String("delivery_time"));
    CHECK(d->channel.code == QLatin1String("email"));
    CHECK(d->customer.name == n.customer.name);
    CHECK(d->customer.formOfAddress == FormOfAddress::Informal);
    REQUIRE(d->customer.handles.size() == 1);
    CHECK(d->customer.handles.first().handle == QLatin1String("@SanneDV"));
}

TEST_CASE("a customer round-trips and is found by every identifier", "[storage]")
{
    TempDatabase t;
    Customer c;
    c.name = QStringLiteral("Mohamed El Amrani");
    c.customerNumber = QStringLiteral("K100234");
    c.email = QStringLiteral("m.elamrani@example.nl");
    c.phone = QStringLiteral("+31 6 1234 5678");
    c.handles = {{QStringLiteral("twitter"), QStringLiteral("@moh_amrani")}};
    c.externalId = QStringLiteral("CRM-77");
    c.notes = QStringLiteral("Belt liever na 17 uur.");
    KD_REQUIRE_OK(CustomerStore(t.db()).add(c));
    auto back = CustomerStore(t.db()).get(c.meta.id);
    KD_REQUIRE_OK(back);
    CHECK(back->externalId == c.externalId);
    CHECK(back->notes == c.notes);
    for (const QString &key : {QStringLiteral("K100234"), QStringLiteral("M.ElAmrani@example.nl"),
                               QStringLiteral("06-12345678"), QStringLiteral("0031612345678"),
                               QStringLiteral("@Moh_Amrani")}) {
        auto found = CustomerStore(t.db()).findExact(key);
        KD_REQUIRE_OK(found);
        INFO(key.toStdString());
        REQUIRE(found->has_value());
        CHECK((*found)->customer.meta.id == c.meta.id);
    }
}

TEST_CASE("registration matches an existing customer instead of making a duplicate", "[storage]")
{
    TempDatabase t;
    ComplaintService service(t.db());
    KD_REQUIRE_OK(service.registerComplaint(sampleComplaint()));
    NewComplaint again = sampleComplaint();
    again.customer.name = QStringLiteral("S. de Vries");
    again.customer.email.clear();
    again.customer.phone = QStringLiteral("+31612345678");
    auto r = service.registerComplaint(again);
    KD_REQUIRE_OK(r);
    CHECK_FALSE(r->customerCreated);
    CHECK(r->matchedOn == QLatin1String("phone"));
    CHECK(rowCount(t.db(), QStringLiteral("customer")) == 1);
}

TEST_CASE("interactions round-trip newest first", "[storage]")
{
    TempDatabase t;
    ComplaintService service(t.db());
    auto r = service.registerComplaint(sampleComplaint());
    KD_REQUIRE_OK(r);
    Interaction first;
    first.direction = Direction::Outbound;
    first.kind = InteractionKind::Reply;
    first.body = QStringLiteral("Beste Sanne, ...");
    KD_REQUIRE_OK(service.addInteraction(r->complaint.reference, first));
    t.clock().advanceSecs(60);
    Interaction second;
    second.direction = Direction::Internal;
    second.kind = InteractionKind::CallNote;
    second.body = QStringLiteral("Klant gebeld.");
    KD_REQUIRE_OK(service.addInteraction(r->complaint.reference, second));
    auto list = InteractionStore(t.db()).forCustomer(r->customer.meta.id);
    KD_REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).kind == InteractionKind::CallNote);
    CHECK(list->at(1).kind == InteractionKind::Reply);
    CHECK(list->at(1).author == QLatin1String("tester"));
}

TEST_CASE("references are readable, unique per year and never reused after a delete", "[storage]")
{
    TempDatabase t;
    ComplaintService service(t.db());
    auto a = service.registerComplaint(sampleComplaint());
    auto b = service.registerComplaint(sampleComplaint());
    KD_REQUIRE_OK(a);
    KD_REQUIRE_OK(b);
    CHECK(a->complaint.reference == QLatin1String("KL-2026-000001"));
    CHECK(b->complaint.reference == QLatin1String("KL-2026-000002"));

    KD_REQUIRE_OK(ComplaintStore(t.db()).remove(b->complaint.meta.id));
    auto c = service.registerComplaint(sampleComplaint());
    KD_REQUIRE_OK(c);
    CHECK(c->complaint.reference == QLatin1String("KL-2026-000003"));

    NewComplaint nextYear = sampleComplaint();
    nextYear.receivedAt = QDateTime(QDate(2027, 1, 2), QTime(8, 0), Qt::UTC);
    t.clock().set(nextYear.receivedAt.addSecs(3600)); // registered after it came in
    auto d = service.registerComplaint(nextYear);
    KD_REQUIRE_OK(d);
    CHECK(d->complaint.reference == QLatin1String("KL-2027-000001"));
}

TEST_CASE("a deleted complaint stays as a tombstone and leaves the queue", "[storage]")
{
    TempDatabase t;
    auto r = ComplaintService(t.db()).registerComplaint(sampleComplaint());
    KD_REQUIRE_OK(r);
    KD_REQUIRE_OK(ComplaintStore(t.db()).remove(r->complaint.meta.id));
    CHECK(rowCount(t.db(), QStringLiteral("complaint")) == 1);
    auto count = ComplaintStore(t.db()).count({});
    KD_REQUIRE_OK(count);
    CHECK(*count == 0);
    auto back = ComplaintStore(t.db()).get(r->complaint.meta.id);
    KD_REQUIRE_OK(back);
    CHECK(back->meta.deleted);
}

TEST_CASE("every change is written to the change log with only the fields that changed",
          "[storage]")
{
    TempDatabase t;
    ComplaintService service(t.db());
    auto r = service.registerComplaint(sampleComplaint());
    KD_REQUIRE_OK(r);
    // Audit entries and the workflow's due times are logged too (docs/workflow.md); count the
    // inserts of the customer and the complaint themselves.
    auto inserts = runQuery(t.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE op = "
                                                   "'insert' AND table_name IN ('customer', "
                                                   "'complaint')"));
    KD_REQUIRE_OK(inserts);
    REQUIRE(inserts->next());
    CHECK(inserts->value(0).toInt() == 2); // the new customer and the complaint
    auto changes = service.setField(r->complaint.reference, QStringLiteral("severity"),
                                    QStringLiteral("critical"));
    KD_REQUIRE_OK(changes);
    REQUIRE(changes->size() == 1);
    CHECK(changes->first().oldValue.toString() == QLatin1String("normal"));
    const int before = rowCount(t.db(), QStringLiteral("change_log"));
    auto q = runQuery(t.db(), QStringLiteral("SELECT op, fields FROM change_log WHERE table_name = "
                                             "'complaint' AND fields LIKE '%\"severity\"%' "
                                             "ORDER BY seq DESC LIMIT 1"));
    KD_REQUIRE_OK(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QLatin1String("update"));
    CHECK(q->value(1).toString().contains(QLatin1String("\"severity\":\"critical\"")));
    CHECK_FALSE(q->value(1).toString().contains(QLatin1String("description")));

    auto same = service.setField(r->complaint.reference, QStringLiteral("severity"),
                                 QStringLiteral("critical"));
    KD_REQUIRE_OK(same);
    CHECK(same->isEmpty());
    CHECK(rowCount(t.db(), QStringLiteral("change_log")) == before);
}

TEST_CASE("setting an unknown field or a bad value names the field and the choices", "[domain]")
{
    TempDatabase t;
    ComplaintService service(t.db());
    auto r = service.registerComplaint(sampleComplaint());
    KD_REQUIRE_OK(r);
    auto bad = service.setField(r->complaint.reference, QStringLiteral("severity"),
                                QStringLiteral("huge"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QLatin1String("critical")));
    auto unknown = service.setField(r->complaint.reference, QStringLiteral("colour"),
                                    QStringLiteral("red"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QLatin1String("colour")));
    auto missing = service.setField(QStringLiteral("KL-1999-000001"), QStringLiteral("severity"),
                                    QStringLiteral("low"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}
