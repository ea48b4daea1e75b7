// import: rows per second for a generated complaints file (1,000,000 rows by default), into a
// fresh database, with customers matched by e-mail, change log and full-text triggers included.
#include "bench.h"
#include "sqlfloor.h"

#include "importing/importer.h"
#include "service/session.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace kd::bench {
namespace {

QString makeFile(const Options &o, int rows)
{
    const QString path = QDir(o.workDir).filePath(QStringLiteral("import-%1.csv").arg(rows));
    if (QFileInfo(path).size() > 0)
        return path;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    static const char *words[] = {"levering", "te", "laat", "factuur", "fout", "niet",
                                  "teruggebeld", "wachttijd", "lang", "pakket", "kapot",
                                  "monteur", "afspraak", "gemist", "onvriendelijk", "medewerker"};
    static const char *channels[] = {"email", "phone", "twitter", "webform", "letter"};
    static const char *severities[] = {"laag", "normaal", "hoog", "kritiek"};
    f.write("klachtnummer;datum;klantnummer;naam;email;kanaal;ernst;omschrijving\r\n");
    QByteArray line;
    for (int i = 0; i < rows; ++i) {
        line.clear();
        const int customer = i % 50000;
        line += "K" + QByteArray::number(i) + ';' + QByteArray::number(1 + i % 28) + '-'
                + QByteArray::number(1 + (i / 28) % 12) + "-2026 " + QByteArray::number(8 + i % 10)
                + ":15;C" + QByteArray::number(customer) + ";Klant " + QByteArray::number(customer)
                + ";klant" + QByteArray::number(customer) + "@example.nl;" + channels[i % 5] + ';'
                + severities[i % 4] + ";\"";
        for (int w = 0; w < 14; ++w) {
            line += words[(i * 7 + w * 3) % 16];
            line += ' ';
        }
        line += "\"\r\n";
        f.write(line);
    }
    return path;
}

int run(const Options &o, Table &table)
{
    const int rows = o.complaints;
    QElapsedTimer gen;
    gen.start();
    const QString csv = makeFile(o, rows);
    if (csv.isEmpty())
        return 1;
    const QString dbPath = QDir(o.workDir).filePath(QStringLiteral("import-bench.sqlite"));
    for (const QString &suffix : {u""_qs, u"-wal"_qs, u"-shm"_qs})
        QFile::remove(dbPath + suffix);
    auto db = openWorkstation(dbPath);
    if (!db)
        return 1;
    ImportOptions options;
    options.kind = ImportKind::Complaints;
    QElapsedTimer t;
    t.start();
    auto report = Importer(**db).run(csv, options);
    const double secs = t.nsecsElapsed() / 1e9;
    if (!report || report->inserted != rows)
        return 1;
    const double rate = rows / secs;
    table.figure(QStringLiteral("import %1 complaint rows (CSV %2 MB, 50k customers)")
                     .arg(rows)
                     .arg(QFileInfo(csv).size() / 1e6, 0, 'f', 0),
                 rate, QStringLiteral("rows/s"), QStringLiteral("> 50,000 rows/s"),
                 QStringLiteral("%1 s total, RSS %2 MB").arg(secs, 0, 'f', 1)
                     .arg(residentMemoryMb(), 0, 'f', 0));
    // The file as it stands after the commit, WAL checkpointed: what the import costs on disk.
    (void)runStatement(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    table.figure(QStringLiteral("database file after the import"),
                 QFileInfo(dbPath).size() / 1e6, QStringLiteral("MB"));
    // The floor: SQLite writing the rows this run stored, with the run's plan and nothing else.
    FloorPlan plan;
    plan.tables = {u"customer"_qs, u"customer_handle"_qs, u"complaint"_qs, u"change_log"_qs,
                   u"sync_change_base"_qs};
    plan.suspendIndexes = {u"complaint"_qs};
    const double floorMs = sqlFloorMs(dbPath, QDir(o.workDir).filePath(u"import-floor.sqlite"_qs), plan);
    if (floorMs > 0) {
        table.figure(QStringLiteral("the same rows written by SQLite alone (no file, no checks)"),
                     rows / (floorMs / 1000.0), QStringLiteral("rows/s"), QString(),
                     QStringLiteral("%1 s").arg(floorMs / 1000.0, 0, 'f', 1));
        table.figure(QStringLiteral("import / SQLite alone"), secs * 1000.0 / floorMs, QStringLiteral("x"));
    }
    // A second run of the same file must change nothing, and quickly.
    QElapsedTimer again;
    again.start();
    auto second = Importer(**db).run(csv, options);
    if (!second || second->inserted != 0)
        return 1;
    table.figure(QStringLiteral("re-import of the same file (nothing changes)"),
                 rows / (again.nsecsElapsed() / 1e9), QStringLiteral("rows/s"));
    return rate >= 50000 ? 0 : 1;
}

const bool registered = registerBenchmark(
    {QStringLiteral("import"),
     QStringLiteral("CSV import of --complaints rows into a fresh database"), run});

} // namespace
} // namespace kd::bench
