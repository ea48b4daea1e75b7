// Matching customers on registration and merging duplicates without losing history.
#include "testsupport.h"

#include "importfixture.h"
#include "search/customermerge.h"
#include "search/historyservice.h"
#include "service/complaintservice.h"
#include "service/userrole.h"
#include "storage/customerstore.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

Registration complain(TempDatabase &t, const CustomerInput &customer, const QString &text,
                      int daysAgo)
{
    NewComplaint n;
    n.customer = customer;
    n.channel = QStringLiteral("phone");
    n.description = text;
    n.receivedAt = t.clock().now().addDays(-daysAgo);
    auto r = ComplaintService(t.db()).registerComplaint(n);
    KD_REQUIRE_OK(r);
    return *r;
}

void note(TempDatabase &t, const QString &reference, const QString &body)
{
    Interaction i;
    i.direction = Direction::Inbound;
    i.kind = InteractionKind::CallNote;
    i.body = body;
    i.occurredAt = t.clock().now();
    KD_REQUIRE_OK(ComplaintService(t.db()).addInteraction(reference, i));
}

bool suggests(TempDatabase &t, const QString &text, const QString &customerId, const QString &on)
{
    auto r = CustomerStore(t.db()).suggest(text);
    INFO(text.toStdString());
    KD_REQUIRE_OK(r);
    for (const CustomerMatch &m : *r)
        if (m.customer.meta.id == customerId && m.matchedOn == on)
            return true;
    return false;
}

} // namespace

TEST_CASE("registration suggests the existing customer by e-mail, phone, handle or a similar name",
          "[search][customers]")
{
    TempDatabase t;
    Customer c;
    c.name = QStringLiteral("Johanna van der Meer-Ödegaard");
    c.customerNumber = QStringLiteral("K200300");
    c.email = QStringLiteral("jo.vdmeer@example.nl");
    c.phone = QStringLiteral("06 98 76 54 32");
    c.handles = {{QStringLiteral("instagram"), QStringLiteral("@JoMeer")}};
    KD_REQUIRE_OK(CustomerStore(t.db()).add(c));
    Customer other;
    other.name = QStringLiteral("Jan Meerman");
    KD_REQUIRE_OK(CustomerStore(t.db()).add(other));

    const QString id = c.meta.id;
    CHECK(suggests(t, QStringLiteral("JO.VDMEER@example.nl"), id, QStringLiteral("email")));
    CHECK(suggests(t, QStringLiteral("jo.vd"), id, QStringLiteral("email")));
    CHECK(suggests(t, QStringLiteral("+31698765432"), id, QStringLiteral("phone")));
    CHECK(suggests(t, QStringLiteral("06-98765432"), id, QStringLiteral("phone")));
    CHECK(suggests(t, QStringLiteral("@jomeer"), id, QStringLiteral("handle")));
    CHECK(suggests(t, QStringLiteral("k2003"), id, QStringLiteral("customer_number")));
    // Similar names: other word order, a begun word, no accents, a missing or extra word.
    CHECK(suggests(t, QStringLiteral("van der meer johanna"), id, QStringLiteral("name")));
    CHECK(suggests(t, QStringLiteral("Joh Meer"), id, QStringLiteral("name")));
    CHECK(suggests(t, QStringLiteral("Johanna Odegaard"), id, QStringLiteral("name")));
    CHECK(suggests(t, QStringLiteral("Johanna Smit-Odegaard"), id, QStringLiteral("name")));
    CHECK_FALSE(suggests(t, QStringLiteral("Pieter Bakker"), id, QStringLiteral("name")));
    // A deleted customer is not suggested.
    KD_REQUIRE_OK(CustomerStore(t.db()).remove(id));
    CHECK_FALSE(suggests(t, QStringLiteral("jo.vdmeer@example.nl"), id, QStringLiteral("email")));
}

TEST_CASE("merging a duplicate customer keeps every complaint, message and handle",
          "[search][customers]")
{
    TempDatabase t;
    CustomerInput a;
    a.name = QStringLiteral("Sanne de Vries");
    a.email = QStringLiteral("sanne@example.nl");
    a.handles = {{QStringLiteral("twitter"), QStringLiteral("@sannedv")}};
    CustomerInput b;
    b.name = QStringLiteral("S. de Vries");
    b.phone = QStringLiteral("06-11112222");
    b.customerNumber = QStringLiteral("K300400");
    b.formOfAddress = FormOfAddress::Informal;
    const Registration ra = complain(t, a, QStringLiteral("Pakket te laat."), 30);
    const Registration rb1 = complain(t, b, QStringLiteral("Factuur klopt niet."), 20);
    const Registration rb2 = complain(t, b, QStringLiteral("Niet teruggebeld."), 10);
    REQUIRE(ra.customer.meta.id != rb1.customer.meta.id);
    REQUIRE(rb1.customer.meta.id == rb2.customer.meta.id);
    // The duplicate got handles later (registration would have matched on the shared one).
    Customer dupCustomer = rb2.customer;
    dupCustomer.handles = {{QStringLiteral("twitter"), QStringLiteral("@SanneDV")},
                           {QStringLiteral("instagram"), QStringLiteral("@sanne.insta")}};
    KD_REQUIRE_OK(CustomerStore(t.db()).update(dupCustomer));
    note(t, rb1.complaint.reference, QStringLiteral("Klant gebeld, belt morgen terug."));
    note(t, ra.complaint.reference, QStringLiteral("Bezorging nagevraagd."));

    const QString keep = ra.customer.meta.id;
    const QString dup = rb1.customer.meta.id;
    auto before = HistoryService(t.db()).forCustomer(dup);
    KD_REQUIRE_OK(before);
    const int dupEntries = int(before->entries.size());
    auto keptBefore = HistoryService(t.db()).forCustomer(keep);
    KD_REQUIRE_OK(keptBefore);
    const int keepEntries = int(keptBefore->entries.size());
    const int complaintsBefore = rowCount(t.db(), QStringLiteral("complaint"));
    const int interactionsBefore = rowCount(t.db(), QStringLiteral("interaction"));

    auto r = CustomerMerge(t.db()).merge(keep, dup);
    KD_REQUIRE_OK(r);
    CHECK(r->movedComplaints == 2);
    CHECK(r->movedInteractions == 1);
    CHECK(r->movedHandles == 1); // the twitter handle was the same and is kept once
    CHECK(r->filledFields.contains(QLatin1String("phone")));
    CHECK(r->filledFields.contains(QLatin1String("customer_number")));

    // Nothing was removed; everything now hangs under the kept customer.
    CHECK(rowCount(t.db(), QStringLiteral("complaint")) == complaintsBefore);
    CHECK(rowCount(t.db(), QStringLiteral("interaction")) == interactionsBefore);
    auto after = HistoryService(t.db()).forCustomer(keep);
    KD_REQUIRE_OK(after);
    CHECK(after->entries.size() == keepEntries + dupEntries);
    CHECK(after->complaintsTotal == 3);
    CHECK(after->customer.phone == QLatin1String("06-11112222"));
    CHECK(after->customer.customerNumber == QLatin1String("K300400"));
    CHECK(after->customer.formOfAddress == FormOfAddress::Informal);
    CHECK(after->customer.handles.size() == 2);

    // The duplicate is a tombstone, found no more; the old phone now finds the kept customer.
    auto gone = CustomerStore(t.db()).get(dup);
    KD_REQUIRE_OK(gone);
    CHECK(gone->meta.deleted);
    auto byPhone = HistoryService(t.db()).resolveCustomer(QStringLiteral("+31611112222"));
    KD_REQUIRE_OK(byPhone);
    CHECK(byPhone->meta.id == keep);

    // The merge is recorded and every step is in the change log for sync.
    auto merge = runQuery(t.db(), QStringLiteral("SELECT kept_customer_id, merged_customer_id, "
                                                 "moved_complaints FROM customer_merge"));
    KD_REQUIRE_OK(merge);
    REQUIRE(merge->next());
    CHECK(merge->value(0).toString() == keep);
    CHECK(merge->value(1).toString() == dup);
    CHECK(merge->value(2).toInt() == 2);
    auto log = runQuery(t.db(),
                        QStringLiteral("SELECT table_name, op, count(*) FROM change_log WHERE "
                                       "seq > (SELECT max(seq) FROM change_log WHERE table_name = "
                                       "'interaction' AND op = 'insert') GROUP BY 1, 2"));
    KD_REQUIRE_OK(log);
    QMap<QString, int> ops;
    while (log->next())
        ops.insert(log->value(0).toString() + QLatin1Char('/') + log->value(1).toString(),
                   log->value(2).toInt());
    CHECK(ops.value(QStringLiteral("complaint/update")) == 2);
    CHECK(ops.value(QStringLiteral("interaction/update")) == 1);
    CHECK(ops.value(QStringLiteral("customer/delete")) == 1);
    CHECK(ops.value(QStringLiteral("customer_merge/insert")) == 1);
    CHECK(ops.value(QStringLiteral("customer_handle/delete")) == 1);
    CHECK(ops.value(QStringLiteral("customer_handle/update")) == 1);

    // Merging again, or into itself, is refused without changes.
    CHECK_FALSE(CustomerMerge(t.db()).merge(keep, dup).ok());
    CHECK_FALSE(CustomerMerge(t.db()).merge(keep, keep).ok());
}

TEST_CASE("a merged customer's e-mail and phone lead to the customer it was merged into",
          "[search][customers][import]")
{
    TempDatabase t;
    CustomerInput work;
    work.name = QStringLiteral("Karin Bos");
    work.email = QStringLiteral("karin@werk.nl");
    CustomerInput home;
    home.name = QStringLiteral("Karin Bos");
    home.email = QStringLiteral("karin@prive.nl");
    home.phone = QStringLiteral("06-22223333");
    const Registration kept = complain(t, work, QStringLiteral("Levering te laat."), 20);
    const Registration dup = complain(t, home, QStringLiteral("Factuur dubbel."), 10);
    REQUIRE(kept.customer.meta.id != dup.customer.meta.id);
    auto merged = CustomerMerge(t.db()).merge(kept.customer.meta.id, dup.customer.meta.id);
    KD_REQUIRE_OK(merged);
    // The kept customer has an e-mail of its own: the other one is not copied over ...
    CHECK_FALSE(merged->filledFields.contains(QLatin1String("email")));

    // ... yet it still finds her, by e-mail and by phone.
    for (const QString &key : {u"karin@prive.nl"_qs, u"KARIN@prive.nl"_qs, u"0622223333"_qs}) {
        auto found = CustomerStore(t.db()).findExact(key);
        KD_REQUIRE_OK(found);
        INFO(key.toStdString());
        REQUIRE(found->has_value());
        CHECK((*found)->customer.meta.id == kept.customer.meta.id);
    }

    // A new complaint from the merged address is hers, not a new duplicate.
    const Registration again = complain(t, home, QStringLiteral("Nog steeds dubbel."), 1);
    CHECK(again.customer.meta.id == kept.customer.meta.id);

    // So is a row of an import.
    const ImportReport r = importBytes(
        t, "id,date,description,naam,email\nX1,2026-10-01,Weer te laat,Karin,karin@prive.nl\n");
    CHECK(r.inserted == 1);
    CHECK(r.customersCreated == 0);
    CHECK(text(t.db(), u"SELECT customer_id FROM complaint WHERE external_id = 'X1'"_qs)
          == kept.customer.meta.id);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer WHERE deleted_at IS NULL"_qs) == 1);
}

TEST_CASE("an agent cannot merge customers: the server would refuse the duplicate's removal",
          "[search][customers][roles]")
{
    TempDatabase t;
    CustomerInput a;
    a.name = QStringLiteral("Sanne de Vries");
    a.email = QStringLiteral("sanne@example.nl");
    CustomerInput b;
    b.name = QStringLiteral("S. de Vries");
    b.phone = QStringLiteral("06-11112222");
    const Registration ra = complain(t, a, QStringLiteral("Pakket te laat."), 30);
    const Registration rb = complain(t, b, QStringLiteral("Factuur klopt niet."), 20);
    KD_REQUIRE_OK(t.db().setStateValue(QLatin1String(kServerRoleKey), u"agent"_qs));

    auto merged = CustomerMerge(t.db()).merge(ra.customer.meta.id, rb.customer.meta.id);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().code == ErrorCode::Permission);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer WHERE deleted_at IS NULL"_qs) == 2);
    CHECK(text(t.db(), u"SELECT customer_id FROM complaint WHERE id = ?"_qs, {rb.complaint.meta.id})
          == rb.customer.meta.id);

    KD_REQUIRE_OK(t.db().setStateValue(QLatin1String(kServerRoleKey), u"supervisor"_qs));
    KD_REQUIRE_OK(CustomerMerge(t.db()).merge(ra.customer.meta.id, rb.customer.meta.id));
}
