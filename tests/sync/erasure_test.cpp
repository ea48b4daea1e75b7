// An erasure (AVG/GDPR) reaches the server and every desktop: afterwards no database file, full-
// text index or change feed holds the person's name, e-mail or phone, and the counts stay.
#include "syncfixture.h"

#include "privacy/anonymiser.h"
#include "privacy/privacyservice.h"
#include "storage/rowwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace kd;
using namespace kd::test;

namespace {

const QStringList kPersonal{QStringLiteral("Henriëtte Vermeulen-Zwart"),
                            QStringLiteral("h.vermeulen@voorbeeld.nl"),
                            QStringLiteral("+31612345678")};

// The texts found in the server's table files of the feed and the rows (after VACUUM FULL, which
// rewrites them without dead row versions). The data folder is the one tools/test started.
QStringList serverFileResidue(TestServer &server)
{
    const QString dataDir = qEnvironmentVariable("KLACHTDESK_TEST_PG_DIR");
    if (dataDir.isEmpty())
        FAIL("KLACHTDESK_TEST_PG_DIR is not set: run the sync tests through tools/test.");
    ServerConnection admin;
    KD_REQUIRE_OK(admin.open(server.address()));
    KD_REQUIRE_OK(admin.execScript(u"VACUUM FULL kd.change"_qs));
    KD_REQUIRE_OK(admin.execScript(u"VACUUM FULL kd.row_state"_qs));
    KD_REQUIRE_OK(admin.execScript(u"CHECKPOINT"_qs));
    QStringList files;
    for (const QString &table : {u"kd.change"_qs, u"kd.row_state"_qs}) {
        files << server.scalar(u"SELECT pg_relation_filepath(?::regclass)"_qs, {table}).toString();
        const QVariant toast = server.scalar(
            u"SELECT pg_relation_filepath(reltoastrelid) FROM pg_class WHERE oid = ?::regclass"_qs,
            {table});
        if (!toast.isNull())
            files << toast.toString();
    }
    QStringList found;
    for (const QString &relative : std::as_const(files)) {
        QFile f(QDir(dataDir).filePath(relative));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QString &text : kPersonal)
            if (bytes.contains(text.toUtf8()) && !found.contains(text))
                found << text;
    }
    return found;
}

} // namespace

TEST_CASE("an erased customer leaves no trace on the server or on another desktop", "[sync][privacy]")
{
    TestServer server;
    const ServerAddress supervisor = server.addUser(u"sup"_qs, u"supervisor"_qs);
    const ServerAddress agent = server.addUser(u"agt"_qs, u"agent"_qs);
    Desk a(supervisor, supervisor.user), b(agent, agent.user);

    NewComplaint n;
    n.customer.name = kPersonal.at(0);
    n.customer.email = kPersonal.at(1);
    n.customer.phone = QStringLiteral("06-12345678");
    n.channel = QStringLiteral("email");
    n.subject = QStringLiteral("Verkeerde factuur");
    n.description = QStringLiteral("Graag antwoord op h.vermeulen@voorbeeld.nl, ik ben Henriëtte "
                                   "Vermeulen-Zwart en de factuur klopt niet.");
    auto reg = ComplaintService(a.db()).registerComplaint(n);
    KD_REQUIRE_OK(reg);
    const QString customerId = reg->customer.meta.id;
    a.syncOk();
    // A second feed entry for the complaint's text, so the history has more than the insert.
    a.set(reg->complaint.reference, u"description"_qs,
          u"Henriëtte Vermeulen-Zwart belde: de factuur klopt nog steeds niet."_qs);
    a.syncOk();
    b.syncOk();
    const int complaintsOnB = b.count(u"SELECT count(*) FROM complaint"_qs);

    // Without these the checks below would prove nothing.
    REQUIRE(server.mentions(kPersonal) > 0);
    REQUIRE_FALSE(serverFileResidue(server).isEmpty());
    REQUIRE_FALSE(Anonymiser::residueInFile(b.local().path(), kPersonal).isEmpty());

    auto erased = PrivacyService(a.db()).erase(customerId);
    KD_REQUIRE_OK(erased);
    CHECK(erased->residue.isEmpty());
    CHECK(a.syncOk().pushed > 0);
    const SyncReport pulled = b.syncOk();
    CHECK(pulled.erasures == 1);
    CHECK(pulled.scrubError.isEmpty());

    // The server: neither the rows nor the feed's history, nor the table files behind them.
    CHECK(server.mentions(kPersonal) == 0);
    CHECK(serverFileResidue(server).isEmpty());
    // The other desktop: nothing in its file, its WAL or its full-text index.
    CHECK(Anonymiser::residueInFile(b.local().path(), kPersonal).isEmpty());
    CHECK(b.count(u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH ?"_qs,
                  {u"Vermeulen"_qs}) == 0);
    CHECK(b.count(u"SELECT count(*) FROM customer_fts WHERE customer_fts MATCH ?"_qs,
                  {u"Vermeulen"_qs}) == 0);
    // The counts the reports use stay.
    CHECK(b.count(u"SELECT count(*) FROM complaint"_qs) == complaintsOnB);
    CHECK(b.value(u"customer"_qs, customerId, u"name"_qs) == erasedText());
}

TEST_CASE("an agent's desktop cannot make the server rewrite history with a forged erasure",
          "[sync][privacy]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(u"agt"_qs, u"agent"_qs);
    Desk a(agent, agent.user);
    const Registration reg = a.registerComplaint(u"Kapotte lamp"_qs);
    a.syncOk();
    a.set(reg.complaint.reference, u"subject"_qs, u"Kapotte lamp, tweede keer"_qs);
    a.syncOk();
    const int before = server.scalar(u"SELECT count(*) FROM kd.change WHERE row_id = ? AND "
                                     "strpos(fields::text, 'Kapotte lamp') > 0"_qs,
                                     {reg.complaint.meta.id}).toInt();
    REQUIRE(before == 2);

    // A privacy_action row written by hand that names the complaint: an agent may insert it
    // (the privacy log is append-only), but it erases nothing on the server.
    QJsonObject detail{{u"rows"_qs, QJsonArray{QJsonArray{u"complaint"_qs, reg.complaint.meta.id}}}};
    KD_REQUIRE_OK(RowWriter(a.db()).insert(
        u"privacy_action"_qs, uuid::v7(a.db().clock()),
        {{u"action"_qs, u"erase"_qs},
         {u"detail"_qs, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}}));
    a.syncOk();
    CHECK(server.scalar(u"SELECT count(*) FROM kd.change WHERE row_id = ? AND "
                        "strpos(fields::text, 'Kapotte lamp') > 0"_qs,
                        {reg.complaint.meta.id}).toInt()
          == before);
}
