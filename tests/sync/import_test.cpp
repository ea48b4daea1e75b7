// An imported file reaches the server and the other desktops like rows made by hand: the import
// writes its change log in one statement per table at the end of its run (core/importing), as
// entries that stand for the row as stored (core/sync/storedrow.h).
#include "syncfixture.h"

#include "importing/importer.h"
#include "privacy/privacyservice.h"

#include <QFile>

using namespace kd;
using namespace kd::test;

namespace {

// A complaints file with a customer for every third row, a handle, quotes and line breaks.
QString writeFile(TempDatabase &t, int rows)
{
    const QString path = t.dir() + u"/import.csv"_qs;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("id;datum;klantnummer;naam;email;twitter;kanaal;ernst;omschrijving\n");
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i), c = QByteArray::number(i / 3);
        f.write("K" + n + ";" + QByteArray::number(1 + i % 28) + "-10-2026 10:15;C" + c + ";Klant "
                + c + ";klant" + c + "@example.nl;" + (i % 300 == 0 ? "@klant" + c : QByteArray())
                + ";email;hoog;\"Regel 1 van " + n + "\n\"\"Regel 2\"\"; \\ \"\n");
    }
    return path;
}

} // namespace

TEST_CASE("an imported file reaches the server and another desktop whole, parents first", "[sync]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    // More rows than one push batch (500) and one pull page (2000) hold.
    constexpr int rows = 4500;
    ImportOptions options;
    options.kind = ImportKind::Complaints;
    auto report = Importer(a.db()).run(writeFile(a.local(), rows), options);
    KD_REQUIRE_OK(report);
    REQUIRE(report->inserted == rows);
    const int logged = a.count(u"SELECT count(*) FROM change_log"_qs);
    CHECK(logged == rows + rows / 3 + rows / 300 + 1); // complaints, customers, handles, privacy

    const SyncReport pushed = a.syncOk();
    CHECK(pushed.pushed == logged);
    CHECK(pushed.conflicts == 0);
    CHECK(pushed.rejected == 0);
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    CHECK(server.scalar(u"SELECT count(*) FROM kd.row_state WHERE table_name = 'complaint'"_qs).toInt()
          == rows);

    REQUIRE(b.syncUntil([&] {
        return b.count(u"SELECT count(*) FROM complaint"_qs) == rows
               && b.count(u"SELECT count(*) FROM customer_handle"_qs) == rows / 300;
    }));
    for (const QString &table : {u"customer"_qs, u"customer_handle"_qs, u"complaint"_qs})
        CHECK(a.differences(b, table) == QString());
    // The other desktop finds them by search as well.
    CHECK(b.count(u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'regel'"_qs) == rows);
}

TEST_CASE("imported rows changed before the first sync reach the server as they are now; an "
          "erased customer's data never does",
          "[sync][privacy]")
{
    TestServer server;
    Desk a(server.address(), u"ann"_qs), b(server.address(), u"bob"_qs);
    const QStringList personal{u"Henriëtte Vermeulen-Zwart"_qs, u"h.vermeulen@voorbeeld.nl"_qs,
                               u"0612345678"_qs};
    const QString path = a.local().dir() + u"/personal.csv"_qs;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id;datum;kanaal;naam;email;telefoon;omschrijving\n"
                "P1;01-10-2026;email;Henri\xc3\xab" "tte Vermeulen-Zwart;h.vermeulen@voorbeeld.nl;"
                "0612345678;Ik ben Henri\xc3\xab" "tte Vermeulen-Zwart, bel 0612345678.\n"
                "P2;02-10-2026;phone;Jan Jansen;jan@example.nl;;Pakket kwam niet.\n");
    }
    ImportOptions options;
    options.kind = ImportKind::Complaints;
    auto report = Importer(a.db()).run(path, options);
    KD_REQUIRE_OK(report);
    REQUIRE(report->inserted == 2);

    // Before any sync: an agent corrects one imported complaint and the other customer is erased.
    auto refs = queryStrings(a.db(), u"SELECT reference FROM complaint ORDER BY external_id"_qs);
    KD_REQUIRE_OK(refs);
    REQUIRE(refs->size() == 2);
    a.set(refs->at(1), u"description"_qs, u"Pakket kwam niet, wel een factuur."_qs);
    auto customer = queryStrings(a.db(), u"SELECT id FROM customer WHERE email = ?"_qs,
                                 {personal.at(1)});
    KD_REQUIRE_OK(customer);
    REQUIRE(customer->size() == 1);
    KD_REQUIRE_OK(PrivacyService(a.db()).erase(customer->at(0)));

    a.syncOk();
    CHECK(a.count(u"SELECT count(*) FROM change_log"_qs) == 0);
    CHECK(server.mentions(personal) == 0);
    CHECK(server.mentions({u"wel een factuur"_qs}) > 0);
    REQUIRE(b.syncUntil([&] { return b.count(u"SELECT count(*) FROM complaint"_qs) == 2; }));
    for (const QString &table : {u"customer"_qs, u"complaint"_qs})
        CHECK(a.differences(b, table) == QString());
}
