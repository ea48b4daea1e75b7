// Privacy: access-request export, erasure that leaves no trace in the file or the full-text
// index while the month's report figures stay the same, retention, and the customer link.
#include "testsupport.h"

#include "importfixture.h"

#include "importing/exporter.h"
#include "importing/importer.h"
#include "privacy/customerlink.h"
#include "privacy/privacyservice.h"
#include "service/userrole.h"
#include "reporting/reportfigures.h"
#include "reporting/reportperiod.h"
#include "service/complaintservice.h"
#include "service/session.h"
#include "storage/sqlquery.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

const QString kName = u"Sanne de Vries-Oosterhout"_qs;
const QString kEmail = u"sanne.oosterhout@example.nl"_qs;
const QString kPhone = u"06-98765432"_qs;

// Registers complaints for the customer to erase and for someone else, with messages.
QString registerFixture(TempDatabase &t)
{
    ComplaintService service(t.db());
    QString customerId;
    const QList<std::tuple<QString, QString, QString>> rows{
        {u"delivery_time"_qs, u"email"_qs, u"Mijn wasmachine is niet geleverd. Mail me op "_qs + kEmail},
        {u"wrong_invoice"_qs, u"phone"_qs, u"Bel me terug op "_qs + kPhone + u", groet "_qs + kName},
        {u"delivery_time"_qs, u"twitter"_qs, u"Nog steeds niets!"_qs}};
    for (const auto &[category, channel, text] : rows) {
        NewComplaint n;
        n.customer.name = kName;
        n.customer.email = kEmail;
        n.customer.phone = kPhone;
        n.customer.handles = {{u"twitter"_qs, u"@sanneoosterhout"_qs}};
        n.channel = channel;
        n.category = category;
        n.subject = u"Klacht van "_qs + kName;
        n.description = text;
        n.receivedAt = QDateTime(QDate(2026, 10, 3), QTime(10, 0), Qt::UTC);
        auto r = service.registerComplaint(n);
        KD_REQUIRE_OK(r);
        customerId = r->customer.meta.id;
        Interaction i;
        i.direction = Direction::Inbound;
        i.kind = InteractionKind::Message;
        i.author = kName;
        i.occurredAt = n.receivedAt.addSecs(60);
        i.body = u"Hallo, dit is "_qs + kName + u", mijn nummer is "_qs + kPhone;
        KD_REQUIRE_OK(service.addInteraction(r->complaint.reference, i));
    }
    NewComplaint other;
    other.customer.name = u"Jan Jansen"_qs;
    other.customer.email = u"jan@example.nl"_qs;
    other.channel = u"email"_qs;
    other.category = u"delivery_time"_qs;
    other.description = u"Ook mijn pakket is te laat, net als bij "_qs + kEmail;
    other.receivedAt = QDateTime(QDate(2026, 10, 4), QTime(10, 0), Qt::UTC);
    KD_REQUIRE_OK(service.registerComplaint(other));
    return customerId;
}

struct Figures
{
    qint64 total = 0;
    QList<std::pair<QString, qint64>> byCategory, byChannel, bySeverity, ownCounts;
    qint64 repeatCustomers = 0;
    bool operator==(const Figures &o) const
    {
        return total == o.total && byCategory == o.byCategory && byChannel == o.byChannel
               && bySeverity == o.bySeverity && ownCounts == o.ownCounts
               && repeatCustomers == o.repeatCustomers;
    }
};

Figures monthFigures(Database &db)
{
    Figures f;
    const ReportPeriod month = ReportPeriod::month(2026, 10, QTimeZone("Europe/Amsterdam"));
    ReportCalculator calc(db, u"en"_qs);
    auto total = calc.total(month);
    KD_REQUIRE_OK(total);
    f.total = *total;
    auto toPairs = [](const QList<CountRow> &rows) {
        QList<std::pair<QString, qint64>> out;
        for (const CountRow &r : rows)
            out.append({r.key, r.count});
        return out;
    };
    auto cat = calc.byCategory(month);
    KD_REQUIRE_OK(cat);
    f.byCategory = toPairs(*cat);
    auto ch = calc.byChannel(month);
    KD_REQUIRE_OK(ch);
    f.byChannel = toPairs(*ch);
    auto sev = calc.bySeverity(month);
    KD_REQUIRE_OK(sev);
    f.bySeverity = toPairs(*sev);
    auto rep = calc.repeatComplainants(month);
    KD_REQUIRE_OK(rep);
    f.repeatCustomers = rep->customers;
    // And straight from the table, independent of the report code.
    auto q = runQuery(db, u"SELECT coalesce(category_id, '') || '/' || channel_id || '/' || status, "
                          "count(*) FROM complaint WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 1"_qs);
    REQUIRE(q.ok());
    while (q->next())
        f.ownCounts.append({q->value(0).toString(), q->value(1).toLongLong()});
    return f;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("an access request exports everything stored about the customer and is logged",
          "[privacy]")
{
    TempDatabase t;
    const QString id = registerFixture(t);
    PrivacyService privacy(t.db());
    auto found = privacy.findCustomer(kPhone);
    KD_REQUIRE_OK(found);
    CHECK(found->meta.id == id);
    auto data = privacy.accessRequest(id);
    KD_REQUIRE_OK(data);
    CHECK(data->value(u"customer").toObject().value(u"name").toString() == kName);
    const QJsonArray complaints = data->value(u"complaints").toArray();
    REQUIRE(complaints.size() == 3);
    CHECK(complaints.first().toObject().value(u"interactions").toArray().size() == 1);
    CHECK(complaints.first().toObject().value(u"stored_columns").toObject().contains(u"description"));
    // Someone else's complaint that mentions her is not hers: not in the export.
    CHECK_FALSE(QJsonDocument(*data).toJson().contains("Jan Jansen"));
    CHECK(scalar(t.db(), u"SELECT count(*) FROM privacy_action WHERE action = 'dsar_export' "
                         "AND customer_id = ?"_qs,
                 {id})
          == 1);
}

TEST_CASE("an erased customer cannot be found in the database file or the full-text index while "
          "the month's report figures stay the same",
          "[privacy]")
{
    TempDatabase t;
    const QString id = registerFixture(t);
    const Figures before = monthFigures(t.db());
    REQUIRE(before.total == 4);
    // The text is really in the file and the index before the erasure (the check can fail).
    REQUIRE(scalar(t.db(), u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH "
                           "'oosterhout'"_qs)
            > 0);
    auto report = PrivacyService(t.db()).erase(id);
    KD_REQUIRE_OK(report);
    CHECK(report->counts.complaints == 3);
    CHECK(report->counts.interactions == 3);
    CHECK(report->counts.handles == 1);
    CHECK(report->counts.changeLogRows > 0);
    CHECK(report->scrubError.isEmpty());
    CHECK(report->residue.isEmpty());

    for (const QString &table : {u"complaint_fts"_qs, u"interaction_fts"_qs, u"customer_fts"_qs})
        for (const QString &term : {u"oosterhout"_qs, u"98765432"_qs, u"sanneoosterhout"_qs})
            CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?")
                                     .arg(table),
                         {u"\""_qs + term + u"\""_qs})
                  == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint_fts_vocab WHERE term LIKE '%oosterhout%'"_qs)
          == 0);
    CHECK(monthFigures(t.db()) == before);
    // The erasure itself is in the change log (so it syncs) and the log holds no old text.
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name = 'customer' AND "
                         "row_id = ? AND op = 'update' AND fields LIKE '%[erased]%'"_qs,
                 {id})
          == 1);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM privacy_action WHERE action = 'erase'"_qs) == 1);
    // Jan's complaint quoted her e-mail: that is gone too, his complaint stays.
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint WHERE description LIKE '%net als bij%'"_qs)
          == 1);

    const QString path = t.path();
    t.close();
    for (const QString &file : {path, path + u"-wal"_qs}) {
        const QByteArray bytes = fileBytes(file);
        INFO(file.toStdString());
        for (const QString &text : {kName, kEmail, kPhone, u"98765432"_qs, u"Oosterhout"_qs,
                                    u"oosterhout"_qs, u"@sanneoosterhout"_qs})
            CHECK_FALSE(bytes.contains(text.toUtf8()));
    }
    REQUIRE(fileBytes(path).size() > 0);
}

TEST_CASE("an erased customer is not brought back by importing an old file", "[privacy][import]")
{
    TempDatabase t;
    ImportOptions o;
    o.kind = ImportKind::Customers;
    const QString path = writeBytes(
        t, u"customers.csv"_qs,
        "klant id,naam,email\nCRM-7,Sanne de Vries-Oosterhout,sanne.oosterhout@example.nl\n");
    auto first = Importer(t.db()).run(path, o);
    KD_REQUIRE_OK(first);
    REQUIRE(first->inserted == 1);
    PrivacyService privacy(t.db());
    auto c = privacy.findCustomer(u"CRM-7"_qs);
    KD_REQUIRE_OK(c);
    KD_REQUIRE_OK(privacy.erase(c->meta.id));
    auto again = Importer(t.db()).run(path, o);
    KD_REQUIRE_OK(again);
    CHECK(again->inserted == 0);
    CHECK(again->rejected == 1);
    CHECK(again->problems.value(0).reason.contains(u"erased"_qs));
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer WHERE name = ?"_qs, {kName}) == 0);
}

TEST_CASE("the retention rule anonymises complaints closed longer ago and keeps the rest",
          "[privacy]")
{
    TempDatabase t(QDateTime(QDate(2019, 6, 1), QTime(9, 0), Qt::UTC));
    ImportOptions o;
    o.defaultChannel = u"email"_qs;
    const QString path = writeBytes(
        t, u"old.csv"_qs,
        "id,datum,naam,email,omschrijving,status\n"
        "O1,01-05-2019,Oud Klant,oud@example.nl,Oude klacht gesloten,gesloten\n"
        "O2,02-05-2019,Oud Klant,oud@example.nl,Oude klacht nog open,open\n"
        "O3,03-05-2019,Weg Klant,weg@example.nl,Helemaal afgehandeld,afgehandeld\n");
    KD_REQUIRE_OK(Importer(t.db()).run(path, o));
    t.clock().set(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
    PrivacyService privacy(t.db());
    // A rule tried in a dry run is counted, not stored: 10 years reaches nothing yet.
    auto tried = privacy.applyRetention(true, RetentionRule{10});
    KD_REQUIRE_OK(tried);
    CHECK(tried->years == 10);
    CHECK(tried->complaints == 0);
    CHECK(privacy.retentionRule()->closedComplaintYears == 0);
    KD_REQUIRE_OK(privacy.setRetentionRule({5}));
    // Five years reaches the two closed ones, tried or stored.
    auto triedShorter = privacy.applyRetention(true, RetentionRule{5});
    KD_REQUIRE_OK(triedShorter);
    CHECK(triedShorter->complaints == 2);
    auto dry = privacy.applyRetention(true);
    KD_REQUIRE_OK(dry);
    CHECK(dry->complaints == 2);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint WHERE description = '[erased]'"_qs) == 0);
    auto r = privacy.applyRetention(false);
    KD_REQUIRE_OK(r);
    CHECK(r->complaints == 2);
    CHECK(r->customers == 1); // "Weg Klant" has nothing left; "Oud Klant" has an open complaint
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint WHERE description = '[erased]'"_qs) == 2);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 3);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer WHERE name = 'Oud Klant'"_qs) == 1);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer WHERE name = 'Weg Klant'"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM privacy_action WHERE action IN "
                         "('retention_set', 'retention_apply')"_qs)
          == 2); // the dry run's record was rolled back with it
    // Applied once a day at start: the second call today does nothing.
    auto due = privacy.applyRetentionIfDue();
    KD_REQUIRE_OK(due);
    CHECK(due->years == 0);
}

TEST_CASE("complaints imported as closed are not open in the report, and the retention rule "
          "counts their years from when they came in",
          "[privacy][import]")
{
    // The CFPB sample imported with its "Company response to consumer" as the status: 1,527
    // complaints "Closed with explanation" from 2015-2020. Stored without a closing time, the
    // March 2020 report counted every one as open at the end of the month, and the retention
    // rule (closing time, else last change) dated them from the day of the import: a five-year
    // rule would have kept 2015's complaints until 2031.
    TempDatabase t(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
    ImportOptions o;
    o.defaultChannel = u"webform"_qs;
    const QString path = writeBytes(
        t, u"archief.csv"_qs,
        "Complaint ID,Date received,Consumer complaint narrative,"
        "Company response to consumer\n"
        "3001,2015-04-06,Old and closed,Closed with explanation\n"
        "3002,2020-03-10,Recent and closed,Closed with monetary relief\n"
        "3003,2020-03-11,Still being handled,In progress\n");
    o.mapping = {{0, u"external_id"_qs}, {1, u"received_at"_qs}, {2, u"description"_qs},
                 {3, u"status"_qs}};
    auto r = Importer(t.db()).run(path, o);
    KD_REQUIRE_OK(r);
    REQUIRE(r->inserted == 3);

    qint64 open = -1;
    const ReportPeriod march = ReportPeriod::month(2020, 3, QTimeZone("Europe/Amsterdam"));
    KD_REQUIRE_OK(ReportCalculator(t.db(), u"en"_qs).backlogByAge(march, &open));
    CHECK(open == 1);

    auto dry = PrivacyService(t.db()).applyRetention(true, RetentionRule{10});
    KD_REQUIRE_OK(dry);
    CHECK(dry->complaints == 1); // 3001: closed, and came in more than ten years ago
    auto five = PrivacyService(t.db()).applyRetention(true, RetentionRule{5});
    KD_REQUIRE_OK(five);
    CHECK(five->complaints == 2);
}

TEST_CASE("complaints imported without a customer after the retention rule erased the shared "
          "unknown customer get a new one, not the erased one",
          "[privacy][import]")
{
    // Rows without customer columns share one "Unknown customer (imported)". Once the rule had
    // anonymised all its complaints it erased that customer too, and the next such import (the
    // CFPB payday file after the BDM sample) hung 128 new complaints on the erased "[erased]".
    TempDatabase t(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
    ImportOptions o;
    o.defaultChannel = u"webform"_qs;
    const QString old = t.dir() + u"/oud.csv"_qs;
    const QString recent = t.dir() + u"/nieuw.csv"_qs;
    {
        QFile f(old);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id,datum,omschrijving,status\nU1,01-05-2015,Oude klacht,gesloten\n");
        QFile g(recent);
        REQUIRE(g.open(QIODevice::WriteOnly));
        g.write("id,datum,omschrijving\nU2,01-10-2026,Nieuwe klacht\n");
    }
    KD_REQUIRE_OK(Importer(t.db()).run(old, o));
    PrivacyService privacy(t.db());
    KD_REQUIRE_OK(privacy.setRetentionRule({5}));
    auto applied = privacy.applyRetention(false);
    KD_REQUIRE_OK(applied);
    REQUIRE(applied->complaints == 1);

    auto r = Importer(t.db()).run(recent, o);
    KD_REQUIRE_OK(r);
    CHECK(r->inserted == 1);
    CHECK(r->customersCreated == 1);
    CHECK(text(t.db(), u"SELECT cu.name FROM complaint c JOIN customer cu ON cu.id = c.customer_id "
                       "WHERE c.external_id = 'U2' AND cu.erased_at IS NULL"_qs)
          == u"Unknown customer (imported)"_qs);
    // And the next such import shares that new one.
    const QString later = t.dir() + u"/later.csv"_qs;
    {
        QFile f(later);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id,datum,omschrijving\nU3,02-10-2026,Nog een klacht\n");
    }
    auto again = Importer(t.db()).run(later, o);
    KD_REQUIRE_OK(again);
    CHECK(again->customersCreated == 0);
    CHECK(scalar(t.db(), u"SELECT count(DISTINCT customer_id) FROM complaint WHERE external_id IN "
                         "('U2', 'U3')"_qs)
          == 1);
}

TEST_CASE("an erased customer is found by their old id, with the erasure in the log, and is "
          "not erased twice",
          "[privacy][cli]")
{
    // After "privacy erase 115713 --confirm" on the twcs import, "privacy log 115713" said no
    // customer matched, as if there had never been one: a supervisor answering "did you erase
    // me?" had nothing to show. The import already finds them by the hash of their old id.
    TempDatabase t;
    ImportOptions o;
    o.defaultChannel = u"twitter"_qs;
    const QString path = writeBytes(
        t, u"tweets.csv"_qs,
        "tweet_id,author_id,created_at,text\n"
        "1,115713,Tue Oct 31 22:04:47 +0000 2017,@sprintcare You gonna change it for me\n");
    KD_REQUIRE_OK(Importer(t.db()).run(path, o));
    t.close();
    const CliRun erase = runCli({u"--db"_qs, t.path(), u"privacy"_qs, u"erase"_qs, u"115713"_qs,
                                 u"--confirm"_qs});
    REQUIRE(erase.exitCode == 0);

    const CliRun log = runCli({u"--db"_qs, t.path(), u"privacy"_qs, u"log"_qs, u"115713"_qs});
    INFO(log.err.toStdString());
    CHECK(log.exitCode == 0);
    CHECK(log.out.contains(u"erase"_qs));

    const CliRun again = runCli({u"--db"_qs, t.path(), u"privacy"_qs, u"erase"_qs, u"115713"_qs,
                                 u"--confirm"_qs});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"was erased on"_qs));
    auto db = openWorkstation(t.path());
    KD_REQUIRE_OK(db);
    CHECK(scalar(**db, u"SELECT count(*) FROM privacy_action WHERE action = 'erase'"_qs) == 1);
}

TEST_CASE("an export does not hand an erased customer on, and importing it brings back no "
          "'[erased]' customer",
          "[privacy][export]")
{
    // The customers export of the twcs database listed "[erased]" with its hashed id, and the
    // complaints export named it as the complaint's customer; imported into another database
    // (a colleague's, a new desktop) it became a live customer called "[erased]".
    TempDatabase t;
    ImportOptions o;
    o.defaultChannel = u"twitter"_qs;
    const QString path = writeBytes(
        t, u"tweets.csv"_qs,
        "tweet_id,author_id,created_at,text\n"
        "1,115712,Tue Oct 31 22:10:47 +0000 2017,@sprintcare worst customer service\n"
        "2,115713,Tue Oct 31 22:11:45 +0000 2017,@sprintcare still no signal\n");
    KD_REQUIRE_OK(Importer(t.db()).run(path, o));
    PrivacyService privacy(t.db());
    auto who = privacy.findCustomer(u"115712"_qs);
    KD_REQUIRE_OK(who);
    KD_REQUIRE_OK(privacy.erase(who->meta.id));

    auto exported = [&](ImportKind kind) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions e;
        e.kind = kind;
        auto rows = exportData(t.db(), &out, e);
        KD_REQUIRE_OK(rows);
        return out.data();
    };
    const QByteArray customers = exported(ImportKind::Customers);
    CHECK_FALSE(customers.contains("erased"));
    CHECK(customers.contains("115713"));
    const QByteArray complaints = exported(ImportKind::Complaints);
    CHECK_FALSE(complaints.contains("erased:"));
    CHECK(complaints.count("KL-2017-") == 2); // the complaint stays, for the counts

    TempDatabase other;
    for (const auto &[kind, bytes] : {std::pair{ImportKind::Customers, customers},
                                      std::pair{ImportKind::Complaints, complaints}}) {
        const QString file = other.dir() + u"/export.csv"_qs;
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        ImportOptions back;
        back.kind = kind;
        KD_REQUIRE_OK(Importer(other.db()).run(file, back));
    }
    CHECK(scalar(other.db(), u"SELECT count(*) FROM complaint"_qs) == 2);
    CHECK(scalar(other.db(), u"SELECT count(*) FROM customer WHERE name LIKE '%erased%' "
                             "OR external_id LIKE 'erased:%'"_qs)
          == 0);
}

TEST_CASE("the customer link fills the template and refuses half links", "[privacy]")
{
    TempDatabase t;
    Customer c;
    c.meta.id = u"0190-abc"_qs;
    c.externalId = u"CRM 42/7"_qs;
    CHECK(resolveCustomerLink(u"https://crm.example/customers/{external_id}"_qs, c)
              .toString(QUrl::FullyEncoded)
          == u"https://crm.example/customers/CRM%2042%2F7"_qs);
    CHECK(resolveCustomerLink(u"https://crm.example/c?nr={customer_number}"_qs, c).isEmpty());
    CHECK(resolveCustomerLink(QString(), c).isEmpty());
    CHECK_FALSE(setCustomerLinkTemplate(t.db(), u"javascript:alert({id})"_qs).ok());
    KD_REQUIRE_OK(setCustomerLinkTemplate(t.db(), u"https://crm.example/customers/{external_id}"_qs));
    CHECK(customerLink(t.db(), c).toString(QUrl::FullyEncoded) == u"https://crm.example/customers/CRM%2042%2F7"_qs);
}

TEST_CASE("an agent's desktop does not erase or apply the retention rule: the server would refuse "
          "half of it",
          "[privacy][roles]")
{
    TempDatabase t;
    const QString customerId = registerFixture(t);
    // What the last sync learned: this login is an agent on the team's server.
    KD_REQUIRE_OK(t.db().setStateValue(QString::fromLatin1(kServerRoleKey), u"agent"_qs));
    PrivacyService privacy(t.db());

    CHECK(privacy.mayErase().error().code == ErrorCode::Permission); // what the window asks first
    auto erased = privacy.erase(customerId);
    REQUIRE_FALSE(erased.ok());
    CHECK(erased.error().code == ErrorCode::Permission);
    CHECK(erased.error().message.contains(u"erase a customer"_qs));
    CHECK(text(t.db(), u"SELECT name FROM customer WHERE id = ?"_qs, {customerId}) == kName);

    RetentionRule rule;
    rule.closedComplaintYears = 1;
    CHECK(privacy.setRetentionRule(rule).error().code == ErrorCode::Permission);
    CHECK(privacy.applyRetention(false).error().code == ErrorCode::Permission);
    // Counting is for everyone, and the start of the program does nothing here.
    KD_REQUIRE_OK(privacy.applyRetention(true, rule));
    auto due = privacy.applyRetentionIfDue();
    KD_REQUIRE_OK(due);
    CHECK(due->complaints == 0);

    // A supervisor's desktop may.
    KD_REQUIRE_OK(t.db().setStateValue(QString::fromLatin1(kServerRoleKey), u"supervisor"_qs));
    KD_REQUIRE_OK(privacy.erase(customerId));
}
