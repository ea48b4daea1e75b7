// Importing a large file of complaint rows through the call the CLI makes (Importer::run on a
// file): the counts, the bad rows with their lines, multi-line quoted fields, and a re-import that
// changes nothing. The file is written by the test itself.
//
// The issue asks for a million rows. At today's import speed (10,000 to 16,500 rows/s at -O2 on
// the shared machine, short of the 50,000 target; docs/benchmarks.md "Import") a million take
// well over a minute for each of the three imports here (a dry run, the import, the re-import),
// too long for every CI run, so tools/test imports 100,000 rows and the million is one variable
// away:
//     KLACHTDESK_IMPORT_TEST_ROWS=1000000 build/default/tests/millionrows_test
// (passed at 1,000,000 rows in 343 s on 25 November 2026). Put the default back to a million once
// the import is fast enough.
#include "testsupport.h"

#include "importing/importer.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QFile>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

const int kRows = [] {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("KLACHTDESK_IMPORT_TEST_ROWS", &ok);
    return ok && n >= 20000 ? n - n % 20000 : 100000; // whole rows per customer
}();
constexpr int kCustomers = 20000;

// A row the importer must refuse: where it starts in the file, the column it blames (empty for
// the whole row) and a piece of the reason.
struct BadRow
{
    int index;       // 0-based record number
    QString column;
    QString reason;
    qint64 line = 0; // filled in while the file is written
};

struct WrittenFile
{
    QString path;
    QList<BadRow> bad;
    QList<int> multiLine;      // records whose description spans two lines
    qint64 duplicateOfLine = 0; // the line where the repeated id first stood
};

// A semicolon file as a Dutch office exports it: id, date and time, customer number, name,
// e-mail, phone, channel, category, severity, status, subject and a description; every 97th
// description is quoted with a line break, a doubled quote and a semicolon inside.
WrittenFile writeFile(const QString &path)
{
    WrittenFile out;
    out.path = path;
    // Spread over the file whatever its size; the last row repeats an earlier id.
    out.bad = {{kRows / 10, u"datum"_qs, u"is not a date"_qs},
               {kRows / 4, u"ernst"_qs, u"unknown severity"_qs},
               {kRows / 5 * 2, u"categorie"_qs, u"unknown category"_qs},
               {kRows / 2, u"omschrijving"_qs, u"no description"_qs},
               {kRows / 4 * 3, QString(), u"the row has 10 columns, the header has 12"_qs},
               {kRows - 1, u"klachtnummer"_qs, u"appears again (first on line"_qs}};
    static const char *channels[] = {"email", "telefoon", "brief", "webform", "twitter"};
    static const char *categories[] = {"delivery_time", "wrong_invoice", "product_defect",
                                       "not_called_back", "Levertijd overschreden", ""};
    static const char *severities[] = {"laag", "normaal", "hoog", "kritiek"};
    static const char *statuses[] = {"nieuw", "in behandeling", "opgelost", "gesloten"};
    static const char *words[] = {"levering", "te", "laat", "factuur", "fout", "niet",
                                  "teruggebeld", "wachttijd", "lang", "pakket", "kapot",
                                  "monteur", "afspraak", "gemist", "onvriendelijk", "medewerker"};
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("klachtnummer;datum;klantnummer;naam;email;telefoon;kanaal;categorie;ernst;status;"
            "onderwerp;omschrijving\r\n");
    qint64 line = 2; // the line the next record starts on
    QByteArray chunk;
    for (int i = 0; i < kRows; ++i) {
        const int customer = i % kCustomers;
        const QByteArray n = QByteArray::number(i);
        const QByteArray c = QByteArray::number(customer);
        QByteArray id = "KL" + n;
        QByteArray date = QByteArray::number(1 + i % 28) + '-' + QByteArray::number(1 + (i / 28) % 12)
                          + "-2026 " + QByteArray::number(8 + i % 10) + ':'
                          + QByteArray::number(10 + i % 50);
        QByteArray category = categories[i % 6];
        QByteArray severity = severities[i % 4];
        QByteArray description;
        for (int w = 0; w < 12; ++w) {
            description += words[(i * 7 + w * 3) % 16];
            description += ' ';
        }
        description += n;
        bool multiLine = i % 97 == 3;
        bool shortRow = false;
        for (BadRow &b : out.bad) {
            if (b.index != i)
                continue;
            b.line = line;
            if (b.column == u"datum")
                date = "31-02-2026 10:00";
            else if (b.column == u"ernst")
                severity = "dringend";
            else if (b.column == u"categorie")
                category = "weersomstandigheden";
            else if (b.column == u"omschrijving")
                description.clear(), multiLine = false;
            else if (b.column.isEmpty())
                shortRow = true;
            else
                id = "KL10";
        }
        if (i == 10)
            out.duplicateOfLine = line;
        QByteArray row = id + ';' + date + ";K" + c + ";Klant " + c + ";klant" + c
                         + "@example.nl;06-" + QByteArray::number(10000000 + customer) + ';'
                         + channels[i % 5] + ';' + category + ';' + severity + ';'
                         + statuses[i % 4];
        if (!shortRow)
            row += ";Klacht " + n + ';';
        if (multiLine) {
            row += "\"Geachte heer/mevrouw;\n" + description + " (\"\"dringend\"\")\"";
            out.multiLine << i;
        } else if (!shortRow) {
            row += description;
        }
        chunk += row + "\r\n";
        line += multiLine ? 2 : 1;
        if (chunk.size() > (1 << 20)) {
            REQUIRE(f.write(chunk) == chunk.size());
            chunk.clear();
        }
    }
    REQUIRE(f.write(chunk) == chunk.size());
    return out;
}

// The schema objects of the tables an import writes (a large import drops some and makes them
// again in its transaction).
QStringList schemaOf(Database &db)
{
    auto schema = queryStrings(db, u"SELECT type || ' ' || name || ': ' || coalesce(sql, '') "
                                   "FROM sqlite_master WHERE tbl_name IN ('complaint', "
                                   "'customer', 'customer_handle', 'change_log') "
                                   "ORDER BY type, name"_qs);
    REQUIRE(schema.ok());
    return *schema;
}

ImportReport importFile(TempDatabase &t, const QString &path, const QString &rejects,
                        bool dryRun = false)
{
    ImportOptions o;
    o.kind = ImportKind::Complaints;
    o.rejectsPath = rejects;
    o.dryRun = dryRun;
    QElapsedTimer timer;
    timer.start();
    auto r = Importer(t.db()).run(path, o);
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    WARN("imported " << kRows << " rows in " << timer.elapsed() << " ms");
    return *r;
}

} // namespace

TEST_CASE("a large file of complaint rows imports with the bad ones refused by line, and again changes "
          "nothing",
          "[import][large]")
{
    TempDatabase t;
    const WrittenFile file = writeFile(t.dir() + u"/million.csv"_qs);
    const qint64 good = kRows - file.bad.size();
    const QString rejects = t.dir() + u"/rejects.csv"_qs;

    // A dry run first: it does all the work, indexes dropped and made again included, and
    // leaves nothing behind.
    const QStringList schema = schemaOf(t.db());
    const qint64 logBefore = scalar(t.db(), u"SELECT count(*) FROM change_log"_qs);
    const ImportReport dry = importFile(t, file.path, rejects, true);
    CHECK(dry.inserted == good);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log"_qs) == logBefore);
    CHECK(schemaOf(t.db()) == schema);

    const ImportReport r = importFile(t, file.path, rejects);
    CHECK(schemaOf(t.db()) == schema);
    CHECK(r.rows == kRows);
    CHECK(r.inserted == good);
    CHECK(r.rejected == file.bad.size());
    CHECK(r.unchanged == 0);
    CHECK(r.customersCreated == kCustomers);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == good);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer"_qs) == kCustomers);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name = 'complaint'"_qs)
          == good);
    CHECK(scalar(t.db(), u"SELECT count(DISTINCT customer_id) FROM complaint"_qs) == kCustomers);
    // Every change has the base sync sends with it, and the search index has every complaint.
    CHECK(scalar(t.db(), u"SELECT count(*) FROM sync_change_base"_qs)
          == scalar(t.db(), u"SELECT count(*) FROM change_log"_qs));
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH "
                         "'teruggebeld'"_qs)
          == scalar(t.db(), u"SELECT count(*) FROM complaint WHERE description LIKE "
                            "'%teruggebeld%'"_qs));
    // The search index was filled without FTS5's merging (search/deferredindex.cpp): it is whole,
    // and merging is on again for the writes that follow.
    KD_REQUIRE_OK(runStatement(t.db(), u"INSERT INTO complaint_fts(complaint_fts) VALUES ('integrity-check')"_qs));
    CHECK(text(t.db(), u"SELECT v FROM complaint_fts_config WHERE k = 'automerge'"_qs) == u"4"_qs);
    // The rebuilt indexes answer queries (integrity_check compares them with the table).
    CHECK(text(t.db(), u"PRAGMA integrity_check"_qs) == u"ok"_qs);
    // Each customer's 50 complaints went to the one customer its number names.
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint c JOIN customer k ON k.id = "
                         "c.customer_id WHERE k.customer_number = 'K123'"_qs)
          == kRows / kCustomers);

    // The bad rows, in file order, with the line they start on (multi-line rows before them
    // push them down), the column and the reason.
    REQUIRE(r.problems.size() == file.bad.size());
    QFile rejectsFile(rejects);
    REQUIRE(rejectsFile.open(QIODevice::ReadOnly));
    const QString rejectsText = QString::fromUtf8(rejectsFile.readAll());
    for (int i = 0; i < file.bad.size(); ++i) {
        const BadRow &b = file.bad.at(i);
        INFO("bad row " << i << " at line " << b.line << ": " << r.problems.at(i).reason.toStdString());
        CHECK(b.line > b.index + 1);
        CHECK(r.problems.at(i).line == b.line);
        CHECK(r.problems.at(i).column == b.column);
        CHECK(r.problems.at(i).reason.contains(b.reason));
        CHECK(rejectsText.contains(u"\r\n"_qs + QString::number(b.line) + u','));
    }
    CHECK(r.problems.last().reason.contains(QString::number(file.duplicateOfLine)));
    CHECK(rejectsText.count(u"\r\n"_qs) == file.bad.size() + 1);

    // A quoted description keeps its line break, semicolon and doubled quotes.
    const int m = file.multiLine.at(file.multiLine.size() / 2);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint WHERE external_id = ? AND description "
                         "LIKE 'Geachte heer/mevrouw;' || char(10) || '%' || ? || ' (\"dringend\")'"_qs,
                 {u"KL"_qs + QString::number(m), QString::number(m)})
          == 1);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint WHERE instr(description, char(10)) > 0"_qs)
          == file.multiLine.size());

    // The same file again: nothing new, nothing logged, the same rows refused.
    const qint64 logged = scalar(t.db(), u"SELECT count(*) FROM change_log"_qs);
    const ImportReport again = importFile(t, file.path, rejects);
    CHECK(again.rows == kRows);
    CHECK(again.inserted == 0);
    CHECK(again.customersCreated == 0);
    CHECK(again.unchanged == good);
    CHECK(again.rejected == file.bad.size());
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == good);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer"_qs) == kCustomers);
    // One privacy-log entry for the import itself, and nothing else.
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log"_qs) == logged + 1);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name <> 'privacy_action' "
                         "AND seq > (SELECT max(seq) FROM change_log WHERE table_name = "
                         "'complaint')"_qs)
          == 0);
    for (int i = 0; i < file.bad.size(); ++i)
        CHECK(again.problems.at(i).line == file.bad.at(i).line);
}
