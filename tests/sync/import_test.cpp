// An imported file reaches the server and the other desktops like rows made by hand: the import
// writes its change log in one statement per table at the end of its run (core/importing).
#include "syncfixture.h"

#include "importing/importer.h"

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
