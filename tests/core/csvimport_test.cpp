// Importing hostile and messy CSV files: encodings, quotes, line ends, junk, ragged rows,
// duplicates, formulas, dry runs, cancelling, re-imports, and a 50 MB file.
#include "testsupport.h"

#include "importing/csvreader.h"
#include "importing/exporter.h"
#include "importing/importer.h"
#include "importing/textencoding.h"
#include "importing/valueparsers.h"
#include "search/searchservice.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

QString writeBytes(TempDatabase &t, const QString &name, const QByteArray &bytes)
{
    const QString path = t.dir() + u'/' + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

ImportOptions complaintOptions()
{
    ImportOptions o;
    o.kind = ImportKind::Complaints;
    o.defaultChannel = QStringLiteral("email");
    return o;
}

ImportReport importBytes(TempDatabase &t, const QByteArray &bytes,
                         ImportOptions o = complaintOptions(), const QString &name = u"in.csv"_qs)
{
    const QString path = writeBytes(t, name, bytes);
    auto r = Importer(t.db()).run(path, o);
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = runQuery(db, sql, values);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QString text(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = runQuery(db, sql, values);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toString();
}

const QByteArray kSimple = "id,datum,klant,email,omschrijving\n"
                           "A1,05-10-2026,Sanne de Vries,sanne@example.nl,Pakket niet geleverd\n"
                           "A2,06-10-2026,Jan Jansen,jan@example.nl,Factuur klopt niet\n"
                           "A3,07-10-2026,Sanne de Vries,sanne@example.nl,Nog steeds niets\n";

} // namespace

TEST_CASE("a plain comma file imports every row with its customer and Dutch date", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, kSimple);
    CHECK(r.rows == 3);
    CHECK(r.inserted == 3);
    CHECK(r.rejected == 0);
    CHECK(r.customersCreated == 2);
    CHECK(r.layout.delimiter == u',');
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 3);
    // 05-10-2026 is the 5th of October, midnight in Amsterdam (UTC+2 in summer time).
    CHECK(scalar(t.db(), u"SELECT received_at FROM complaint WHERE external_id = 'A1'"_qs)
          == QDateTime(QDate(2026, 10, 4), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch());
    // Every inserted row is in the change log, so sync sends it.
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name = 'complaint' "
                         "AND op = 'insert'"_qs) == 3);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name = 'customer'"_qs) == 2);
    CHECK(text(t.db(), u"SELECT fields FROM change_log WHERE table_name = 'complaint' "
                       "ORDER BY seq LIMIT 1"_qs)
              .contains(u"Pakket niet geleverd"_qs));
}

TEST_CASE("re-importing the same file changes nothing", "[import]")
{
    TempDatabase t;
    importBytes(t, kSimple);
    const qint64 complaints = scalar(t.db(), u"SELECT count(*) FROM complaint"_qs);
    const qint64 customers = scalar(t.db(), u"SELECT count(*) FROM customer"_qs);
    const qint64 logged = scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name IN "
                                         "('complaint', 'customer', 'customer_handle')"_qs);
    const ImportReport again = importBytes(t, kSimple);
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 3);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == complaints);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer"_qs) == customers);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name IN "
                         "('complaint', 'customer', 'customer_handle')"_qs)
          == logged);
}

TEST_CASE("rows without an id are still recognised on re-import by their content", "[import]")
{
    TempDatabase t;
    const QByteArray file = "datum;omschrijving\n01-10-2026;Eerste klacht\n02-10-2026;Tweede\n";
    CHECK(importBytes(t, file).inserted == 2);
    const ImportReport again = importBytes(t, file);
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 2);
}

TEST_CASE("a semicolon file from a Dutch spreadsheet is split on semicolons", "[import]")
{
    TempDatabase t;
    const QByteArray file = "Klachtnummer;Datum;Omschrijving;Bedrag\r\n"
                            "K1;1-2-26;Te veel betaald, namelijk 12,50;12,50\r\n"
                            "K2;3-2-26;Geen reactie, al 3 weken;0,00\r\n";
    const ImportReport r = importBytes(t, file);
    CHECK(r.layout.delimiter == u';');
    CHECK(r.inserted == 2);
    CHECK(text(t.db(), u"SELECT description FROM complaint WHERE external_id = 'K1'"_qs)
          == u"Te veel betaald, namelijk 12,50"_qs);
    // d-m-yy: 1 February 2026.
    CHECK(QDateTime::fromMSecsSinceEpoch(
              scalar(t.db(), u"SELECT received_at FROM complaint WHERE external_id = 'K1'"_qs),
              Qt::UTC)
              .toTimeZone(QTimeZone("Europe/Amsterdam"))
              .date()
          == QDate(2026, 2, 1));
}

TEST_CASE("a tab-separated file is split on tabs", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id\tdate\tdescription\nT1\t2026-10-01\tBroken, "
                                          "again; really\nT2\t2026-10-02\tLate\n");
    CHECK(r.layout.delimiter == u'\t');
    CHECK(r.inserted == 2);
}

TEST_CASE("a UTF-8 byte-order mark does not end up in the first column's name", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "\xEF\xBB\xBFid,date,description\nB1,2026-10-01,Koud eten\n");
    CHECK(r.layout.bom);
    CHECK(r.layout.header.first() == u"id"_qs);
    CHECK(r.mapping.value(0) == u"external_id"_qs);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint WHERE external_id = 'B1'"_qs) == 1);
}

TEST_CASE("a Windows-1252 file keeps its accents, euro signs and curly quotes", "[import]")
{
    TempDatabase t;
    const QString content = u"id;datum;omschrijving\nW1;05-10-2026;Café rekende € 238,00 – "
                            "“veel te duur”, zeer teleurgesteld\n"_qs;
    const ImportReport r = importBytes(t, toWindows1252(content));
    CHECK(r.layout.encoding == TextEncoding::Windows1252);
    CHECK(text(t.db(), u"SELECT description FROM complaint WHERE external_id = 'W1'"_qs)
          == u"Café rekende € 238,00 – “veel te duur”, zeer teleurgesteld"_qs);
}

TEST_CASE("a UTF-8 file with one Windows-1252 byte far down is read as Windows-1252", "[import]")
{
    TempDatabase t;
    QByteArray file = "id,date,description\n";
    for (int i = 0; i < 30000; ++i)
        file += "R" + QByteArray::number(i) + ",2026-10-01,plain ascii text here\n";
    file += "LAST,2026-10-02,caf\xE9 au lait\n";
    REQUIRE(file.size() > (1 << 20));
    const ImportReport r = importBytes(t, file);
    CHECK(r.layout.encoding == TextEncoding::Windows1252);
    CHECK(text(t.db(), u"SELECT description FROM complaint WHERE external_id = 'LAST'"_qs)
          == u"café au lait"_qs);
}

TEST_CASE("a UTF-16 file with a byte-order mark is decoded", "[import]")
{
    TempDatabase t;
    const QString content = u"id,date,description\nU1,2026-10-01,Geïnformeerd maar één keer\n"_qs;
    QByteArray bytes("\xFF\xFE", 2);
    bytes += QByteArray(reinterpret_cast<const char *>(content.utf16()), content.size() * 2);
    const ImportReport r = importBytes(t, bytes);
    CHECK(r.layout.encoding == TextEncoding::Utf16LE);
    CHECK(text(t.db(), u"SELECT description FROM complaint WHERE external_id = 'U1'"_qs)
          == u"Geïnformeerd maar één keer"_qs);
}

TEST_CASE("quoted fields keep newlines, doubled quotes and delimiters", "[import]")
{
    TempDatabase t;
    const QByteArray file = "id,date,description\r\n"
                            "Q1,2026-10-01,\"Regel een\nregel twee, met komma\r\nen \"\"quotes\"\"\"\r\n"
                            "Q2,2026-10-01,gewoon\r\n"
                            "Q3,not-a-date,kapot\r\n";
    const ImportReport r = importBytes(t, file);
    CHECK(r.inserted == 2);
    CHECK(text(t.db(), u"SELECT description FROM complaint WHERE external_id = 'Q1'"_qs)
          == u"Regel een\nregel twee, met komma\r\nen \"quotes\""_qs);
    // Line numbers are those of the source file: Q1 spans lines 2-4, so Q3 is on line 6.
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().line == 6);
    CHECK(r.problems.first().column == u"date"_qs);
    CHECK(r.problems.first().reason.contains(u"not-a-date"_qs));
}

TEST_CASE("a bare carriage return inside a tweet does not split the row", "[import]")
{
    TempDatabase t;
    const QByteArray file = "tweet_id,author_id,created_at,text\n"
                            "1,115721,Tue Oct 31 22:10:47 +0000 2017,first part\r\rsecond part\n"
                            "2,115722,Tue Oct 31 22:11:47 +0000 2017,normal\n";
    ImportOptions o = complaintOptions();
    o.mapPairs = {u"text=description"_qs};
    const ImportReport r = importBytes(t, file, o);
    CHECK(r.inserted == 2);
    CHECK(r.rejected == 0);
    CHECK(!r.notes.isEmpty());
    CHECK(text(t.db(), u"SELECT description FROM complaint WHERE external_id = '1'"_qs)
          == u"first part\r\rsecond part"_qs);
    CHECK(scalar(t.db(), u"SELECT received_at FROM complaint WHERE external_id = '1'"_qs)
          == QDateTime(QDate(2017, 10, 31), QTime(22, 10, 47), Qt::UTC).toMSecsSinceEpoch());
}

TEST_CASE("a file with old Mac line ends (CR only) is read row by row", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description\rM1,2026-10-01,een\rM2,2026-10-02,twee\r");
    CHECK(r.layout.lineEnding == u"\r"_qs);
    CHECK(r.inserted == 2);
}

TEST_CASE("junk lines before the header are skipped and reported", "[import]")
{
    TempDatabase t;
    const QByteArray file = "Archive:  complaints.zip\n"
                            "  inflating: complaints_sample.csv\n"
                            "Complaint ID,Date received,Consumer complaint narrative,Consumer consent provided?\n"
                            "100,2020-03-18,Charged twice,Consent provided\n"
                            "101,2020-03-19,Never got refund,N/A\n";
    const ImportReport r = importBytes(t, file);
    CHECK(r.layout.headerLine == 3);
    CHECK(r.layout.skippedLines == QList<qint64>{1, 2});
    CHECK(r.inserted == 2);
    CHECK(r.mapping.value(0) == u"external_id"_qs);
    CHECK(r.mapping.value(2) == u"description"_qs);
}

TEST_CASE("empty lines and rows of empty cells are skipped, not refused", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description\n\nE1,2026-10-01,een\n\n,,\n   \n"
                                          "E2,2026-10-01,twee\n\n\n");
    CHECK(r.inserted == 2);
    CHECK(r.rejected == 0);
    CHECK(r.blankLines >= 4);
}

TEST_CASE("a row with too few columns is refused with its line", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description\nR1,2026-10-01,ok\nR2,2026-10-01\n"
                                          "R3,2026-10-01,ok\n");
    CHECK(r.inserted == 2);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().line == 3);
    CHECK(r.problems.first().reason.contains(u"2 columns"_qs));
}

TEST_CASE("a row with an extra filled column is refused, a trailing empty one is fine", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description\nX1,2026-10-01,ok,\n"
                                          "X2,2026-10-01,shifted,extra\n");
    CHECK(r.inserted == 1);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().line == 3);
}

TEST_CASE("a quote that is never closed costs one row, not the rest of the file", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description\nN1,2026-10-01,ok\n"
                                          "N2,2026-10-01,\"broken start\nN3,2026-10-01,after\n"
                                          "N4,2026-10-01,end\n");
    CHECK(r.inserted == 3);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().line == 3);
    CHECK(r.problems.first().reason.contains(u"never closed"_qs));
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint WHERE external_id IN ('N1','N3','N4')"_qs)
          == 3);
}

TEST_CASE("a stray quote inside an unquoted value is kept as text", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description\nS1,2026-10-01,My 5\" screen cracked\n");
    CHECK(r.inserted == 1);
    CHECK(text(t.db(), u"SELECT description FROM complaint WHERE external_id = 'S1'"_qs)
          == u"My 5\" screen cracked"_qs);
}

TEST_CASE("a duplicated id in the file is refused with the line it first appeared on", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description\nD1,2026-10-01,een\nD2,2026-10-01,twee\n"
                                          "D1,2026-10-03,nog eens\n");
    CHECK(r.inserted == 2);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().line == 4);
    CHECK(r.problems.first().reason.contains(u"first on line 2"_qs));
}

TEST_CASE("impossible and unreadable dates are refused with the column name", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,Datum,description\nF1,31-02-2026,x\nF2,gisteren,y\n"
                                          "F3,,z\nF4,2026-10-01,ok\n");
    CHECK(r.inserted == 1);
    CHECK(r.rejected == 3);
    for (const RowProblem &p : r.problems)
        CHECK(p.column == u"Datum"_qs);
}

TEST_CASE("the date parser reads the formats offices use", "[import]")
{
    DateParser dmy(DateOrder::DayMonthYear, QTimeZone("Europe/Amsterdam"));
    auto utc = [](int y, int m, int d, int h = 0, int mi = 0, int s = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, mi, s), Qt::UTC);
    };
    CHECK(dmy.parse(u"2025-08-27T19:11:05.250Z") == utc(2025, 8, 27, 19, 11, 5).addMSecs(250));
    CHECK(dmy.parse(u"2025-08-27T19:11:05+00:00") == utc(2025, 8, 27, 19, 11, 5));
    CHECK(dmy.parse(u"2025-08-27 21:11") == utc(2025, 8, 27, 19, 11));
    CHECK(dmy.parse(u"05-10-2026 14:30") == utc(2026, 10, 5, 12, 30));
    CHECK(dmy.parse(u"5-1-26") == utc(2026, 1, 4, 23, 0));
    CHECK(dmy.parse(u"2020/3/18") == utc(2020, 3, 17, 23, 0));
    CHECK(dmy.parse(u"3 maart 2026") == utc(2026, 3, 2, 23, 0));
    CHECK(dmy.parse(u"Tue Oct 31 22:10:47 +0000 2017") == utc(2017, 10, 31, 22, 10, 47));
    CHECK_FALSE(dmy.parse(u"31-02-2026"));
    CHECK_FALSE(dmy.parse(u"morgen"));
    CHECK(guessDateOrder({u"03/22/23"_qs, u"01/02/23"_qs}) == DateOrder::MonthDayYear);
    CHECK(guessDateOrder({u"22-03-2023"_qs}) == DateOrder::DayMonthYear);
    DateParser mdy(DateOrder::MonthDayYear, QTimeZone("UTC"));
    CHECK(mdy.parse(u"03/22/23") == utc(2023, 3, 22));
}

TEST_CASE("an American file's dates are read month first when a day gives it away", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description\nUS1,03/22/23,a\nUS2,01/02/23,b\n");
    CHECK(r.dateOrder == DateOrder::MonthDayYear);
    CHECK(QDateTime::fromMSecsSinceEpoch(
              scalar(t.db(), u"SELECT received_at FROM complaint WHERE external_id = 'US2'"_qs),
              Qt::UTC)
              .toTimeZone(QTimeZone("Europe/Amsterdam"))
              .date()
          == QDate(2023, 1, 2));
}

TEST_CASE("severity, status and justified words in Dutch and English are understood", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(
        t, "id,date,description,ernst,status,terecht\n"
           "V1,2026-10-01,a,hoog,in behandeling,deels terecht\n"
           "V2,2026-10-01,b,Critical,Closed with explanation,Ja\n"
           "V3,2026-10-01,c,laag,gesloten,onterecht\n"
           "V4,2026-10-01,d,enorm,open,ja\n");
    CHECK(r.inserted == 3);
    CHECK(text(t.db(), u"SELECT severity || status || justified FROM complaint WHERE external_id = 'V1'"_qs)
          == u"highin_progresspartly"_qs);
    CHECK(text(t.db(), u"SELECT severity || status || justified FROM complaint WHERE external_id = 'V2'"_qs)
          == u"criticalclosedyes"_qs);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().column == u"ernst"_qs);
    CHECK(r.problems.first().reason.contains(u"enorm"_qs));
}

TEST_CASE("an unknown channel is refused unless a default channel is given", "[import]")
{
    TempDatabase t;
    ImportOptions o = complaintOptions();
    o.defaultChannel.clear();
    const QByteArray file = "id,date,description,Submitted via\nC1,2026-10-01,a,Web\n"
                            "C2,2026-10-01,b,Postal mail\nC3,2026-10-01,c,Carrier pigeon\n";
    const ImportReport r = importBytes(t, file, o);
    CHECK(r.inserted == 2);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().column == u"Submitted via"_qs);
    CHECK(text(t.db(), u"SELECT ch.code FROM complaint c JOIN channel ch ON ch.id = c.channel_id "
                       "WHERE c.external_id = 'C2'"_qs)
          == u"letter"_qs);
}

TEST_CASE("customers are matched on e-mail and on phone in any format", "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(
        t, "id,date,description,naam,email,telefoon\n"
           "P1,2026-10-01,a,Piet Pieters,piet@example.nl,06-12345678\n"
           "P2,2026-10-01,b,P. Pieters,PIET@example.nl,\n"
           "P3,2026-10-01,c,Piet,,+31 6 1234 5678\n"
           "P4,2026-10-01,d,Kees,kees-at-example,\n");
    CHECK(r.inserted == 3);
    CHECK(r.customersCreated == 1);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().column == u"email"_qs);
    CHECK(scalar(t.db(), u"SELECT count(DISTINCT customer_id) FROM complaint"_qs) == 1);
}

TEST_CASE("a file without a description column is refused before anything is written", "[import]")
{
    TempDatabase t;
    const QString path = writeBytes(t, u"x.csv"_qs, "id,date,foo\n1,2026-10-01,bar\n");
    auto r = Importer(t.db()).run(path, complaintOptions());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(u"description"_qs));
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 0);
}

TEST_CASE("an empty file is refused with a message", "[import]")
{
    TempDatabase t;
    const QString path = writeBytes(t, u"empty.csv"_qs, "");
    auto r = Importer(t.db()).run(path, complaintOptions());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(u"empty"_qs));
}

TEST_CASE("formula cells are stored as text and escaped on export", "[import][export]")
{
    TempDatabase t;
    const QByteArray file = "id,date,description,subject\n"
                            "H1,2026-10-01,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\",+31 bellen\n"
                            "H2,2026-10-01,@SUM(A1:A9),-5 sterren\n";
    const ImportReport r = importBytes(t, file);
    REQUIRE(r.inserted == 2);
    CHECK(text(t.db(), u"SELECT description FROM complaint WHERE external_id = 'H1'"_qs)
          == u"=HYPERLINK(\"http://evil.example\",\"klik\")"_qs);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ExportOptions e;
    auto rows = exportData(t.db(), &out, e);
    REQUIRE(rows.ok());
    CHECK(*rows == 2);
    const QString csv = QString::fromUtf8(out.data());
    CHECK(csv.contains(u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\""_qs));
    CHECK(csv.contains(u"'@SUM(A1:A9)"_qs));
    CHECK(csv.contains(u"'-5 sterren"_qs));
    CHECK_FALSE(csv.contains(u",=HYPERLINK"_qs));

    // The export imports again into another database with the same text, apostrophes removed.
    TempDatabase other;
    const ImportReport back = importBytes(other, out.data());
    CHECK(back.inserted == 2);
    CHECK(text(other.db(), u"SELECT description FROM complaint WHERE description LIKE '%HYPERLINK%'"_qs)
          == u"=HYPERLINK(\"http://evil.example\",\"klik\")"_qs);
    CHECK(text(other.db(), u"SELECT subject FROM complaint WHERE description LIKE '@SUM%'"_qs)
          == u"-5 sterren"_qs);
    // And into the same database: nothing new (references are recognised).
    CHECK(importBytes(t, out.data()).inserted == 0);
}

TEST_CASE("a JSON export for a period holds only that period", "[export]")
{
    TempDatabase t;
    importBytes(t, "id,date,description\nJ1,2026-09-30,sept\nJ2,2026-10-01,okt\nJ3,2026-11-01,nov\n");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ExportOptions e;
    e.format = ExportFormat::Json;
    e.from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone("Europe/Amsterdam"));
    e.until = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone("Europe/Amsterdam"));
    auto rows = exportData(t.db(), &out, e);
    REQUIRE(rows.ok());
    CHECK(*rows == 1);
    const QJsonArray a = QJsonDocument::fromJson(out.data()).array();
    REQUIRE(a.size() == 1);
    CHECK(a.first().toObject().value(u"external_id").toString() == u"J2"_qs);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM privacy_action WHERE action = 'export'"_qs) == 1);
}

TEST_CASE("a dry run reports what would happen and stores nothing", "[import]")
{
    TempDatabase t;
    const qint64 logBefore = scalar(t.db(), u"SELECT count(*) FROM change_log"_qs);
    ImportOptions o = complaintOptions();
    o.dryRun = true;
    const ImportReport r = importBytes(t, kSimple + "A4,bad-date,x,y,z\n", o);
    CHECK(r.dryRun);
    CHECK(r.inserted == 3);
    CHECK(r.rejected == 1);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log"_qs) == logBefore);
}

TEST_CASE("cancelling half-way leaves nothing half-imported", "[import]")
{
    TempDatabase t;
    QByteArray file = "id,date,description,email\n";
    for (int i = 0; i < 20000; ++i)
        file += "C" + QByteArray::number(i) + ",2026-10-01,text " + QByteArray::number(i)
                + ",k" + QByteArray::number(i % 100) + "@example.nl\n";
    const qint64 logBefore = scalar(t.db(), u"SELECT count(*) FROM change_log"_qs);
    ImportOptions o = complaintOptions();
    qint64 seen = 0;
    o.progress = [&seen](const ImportProgress &p) {
        seen = p.rows;
        return p.rows < 10000;
    };
    const ImportReport r = importBytes(t, file, o);
    CHECK(r.cancelled);
    CHECK(seen >= 10000);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log"_qs) == logBefore);
    // The same file imports completely afterwards.
    CHECK(importBytes(t, file).inserted == 20000);
}

TEST_CASE("refused rows are written to the rejects file with line, column, reason and original",
          "[import]")
{
    TempDatabase t;
    ImportOptions o = complaintOptions();
    o.rejectsPath = t.dir() + u"/rejects.csv"_qs;
    const ImportReport r = importBytes(t, "id,date,description\nG1,2026-10-01,ok\n"
                                          "G2,32-13-2026,=cmd|' /C calc'!A0\n", o);
    CHECK(r.rejected == 1);
    QFile f(o.rejectsPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString rejects = QString::fromUtf8(f.readAll());
    CHECK(rejects.contains(u"line,column,reason,original"_qs));
    CHECK(rejects.contains(u"3,date,"_qs));
    CHECK(rejects.contains(u"32-13-2026"_qs));
    // The original row is one quoted cell that starts with its id, so a spreadsheet shows it.
    CHECK(rejects.contains(u"\"G2,32-13-2026,=cmd|' /C calc'!A0\""_qs));
}

TEST_CASE("a mapping given once is remembered for files with the same header", "[import]")
{
    TempDatabase t;
    const QByteArray file = "Nr,Wanneer,Wat\n1,2026-10-01,Koud\n";
    ImportOptions o = complaintOptions();
    o.mapPairs = {u"Nr=external_id"_qs, u"Wanneer=received_at"_qs, u"Wat=description"_qs};
    CHECK(importBytes(t, file, o).inserted == 1);
    const QString path = writeBytes(t, u"again.csv"_qs, "Nr,Wanneer,Wat\n2,2026-10-02,Warm\n");
    auto preview = Importer(t.db()).preview(path, complaintOptions());
    REQUIRE(preview.ok());
    CHECK(preview->mappingRemembered);
    CHECK(preview->mapping.value(2) == u"description"_qs);
    CHECK(preview->rows.size() == 1);
    CHECK(importBytes(t, "Nr,Wanneer,Wat\n2,2026-10-02,Warm\n").inserted == 1);
}

TEST_CASE("an unnamed first column and headers with question marks can be mapped", "[import]")
{
    TempDatabase t;
    ImportOptions o = complaintOptions();
    o.mapPairs = {u"Timely response?=ignore"_qs, u"Column 1=external_id"_qs};
    const ImportReport r = importBytes(t, ",Date received,Issue,Consumer complaint narrative,Timely response?\n"
                                          "0,2023-03-22,Fees,Charged a fee twice,Yes\n", o);
    CHECK(r.layout.header.first() == u"Column 1"_qs);
    CHECK(r.inserted == 1);
    CHECK(text(t.db(), u"SELECT subject FROM complaint WHERE external_id = '0'"_qs) == u"Fees"_qs);
}

TEST_CASE("very long quoted narratives are kept whole", "[import]")
{
    TempDatabase t;
    const QByteArray longText = QByteArray(30000, 'x') + "\n" + QByteArray(5000, 'y');
    const ImportReport r = importBytes(t, "id,date,description\nL1,2026-10-01,\"" + longText + "\"\n");
    CHECK(r.inserted == 1);
    CHECK(scalar(t.db(), u"SELECT length(description) FROM complaint WHERE external_id = 'L1'"_qs)
          == longText.size());
}

TEST_CASE("customers import updates known customers and leaves unchanged ones alone", "[import]")
{
    TempDatabase t;
    ImportOptions o;
    o.kind = ImportKind::Customers;
    const QByteArray file = "klant id,naam,e-mailadres,telefoon,aanspreekvorm\n"
                            "CRM-1,Sanne de Vries,sanne@example.nl,06-12345678,je\n"
                            "CRM-2,Jan Jansen,jan@example.nl,,u\n";
    const ImportReport first = importBytes(t, file, o);
    CHECK(first.inserted == 2);
    const ImportReport same = importBytes(t, file, o);
    CHECK(same.inserted == 0);
    CHECK(same.unchanged == 2);
    const ImportReport changed = importBytes(t, "klant id,naam,e-mailadres,telefoon,aanspreekvorm\n"
                                                "CRM-1,Sanne de Vries-Bakker,sanne@example.nl,,je\n",
                                             o);
    CHECK(changed.updated == 1);
    CHECK(text(t.db(), u"SELECT name FROM customer WHERE external_id = 'CRM-1'"_qs)
          == u"Sanne de Vries-Bakker"_qs);
    CHECK(text(t.db(), u"SELECT form_of_address FROM customer WHERE external_id = 'CRM-2'"_qs)
          == u"formal"_qs);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer"_qs) == 2);
}

TEST_CASE("a 50 MB file imports completely", "[import][large]")
{
    TempDatabase t;
    QByteArray file = "id;datum;klant;email;omschrijving\r\n";
    const QByteArray filler = QByteArray(900, 'w');
    int rows = 0;
    while (file.size() < 50 * 1024 * 1024) {
        file += "B" + QByteArray::number(rows) + ";" + QByteArray::number(1 + rows % 28) + "-"
                + QByteArray::number(1 + rows % 12) + "-2026;Klant " + QByteArray::number(rows % 997)
                + ";k" + QByteArray::number(rows % 997) + "@example.nl;\"Regel " + QByteArray::number(rows)
                + "\n" + filler + "\"\r\n";
        ++rows;
    }
    const ImportReport r = importBytes(t, file);
    CHECK(r.rows == rows);
    CHECK(r.inserted == rows);
    CHECK(r.rejected == 0);
    CHECK(r.customersCreated == 997);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == rows);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name = 'complaint'"_qs) == rows);
    // Nothing lost at a chunk boundary: every row's own number is in its text.
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint WHERE description = 'Regel ' || "
                         "substr(external_id, 2) || char(10) || ?"_qs,
                 {QString::fromLatin1(filler)})
          == rows);
}

TEST_CASE("imported complaints and customers are found by search straight away, and stay right "
          "after an edit",
          "[import][search]")
{
    TempDatabase t;
    // One complaint indexed before the import, which the import must leave as it was.
    importBytes(t, "id,datum,klant,email,omschrijving\n"
                   "B0,01-10-2026,Piet Paling,piet@example.nl,Lekkage in de badkamer\n");
    const ImportReport r = importBytes(t, kSimple);
    REQUIRE(r.inserted == 3);
    auto found = [&](const QString &words, HitKind kind) {
        SearchOptions o;
        auto hits = SearchService(t.db()).search(words, o);
        REQUIRE(hits.ok());
        int n = 0;
        for (const SearchHit &h : *hits)
            n += h.kind == kind ? 1 : 0;
        return n;
    };
    CHECK(found(u"geleverd"_qs, HitKind::Complaint) == 1);
    CHECK(found(u"factuur"_qs, HitKind::Complaint) == 1);
    CHECK(found(u"badkamer"_qs, HitKind::Complaint) == 1);
    CHECK(found(u"Jansen"_qs, HitKind::Customer) == 1);
    CHECK(found(u"Sanne"_qs, HitKind::Customer) == 1);
    // The index holds what the rows hold, nothing more (FTS5's own consistency check).
    KD_REQUIRE_OK(runStatement(t.db(), u"INSERT INTO complaint_fts(complaint_fts) VALUES ('integrity-check')"_qs));
    KD_REQUIRE_OK(runStatement(t.db(), u"INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')"_qs));
    CHECK(scalar(t.db(), u"SELECT count(*) FROM local_state WHERE key LIKE 'fts_deferred_%'"_qs) == 0);

    // An edit after the import re-indexes as always.
    KD_REQUIRE_OK(runStatement(t.db(), u"UPDATE complaint SET description = 'Doos beschadigd' "
                                        "WHERE description = 'Factuur klopt niet'"_qs));
    CHECK(found(u"factuur"_qs, HitKind::Complaint) == 0);
    CHECK(found(u"beschadigd"_qs, HitKind::Complaint) == 1);

    // A dry run stores nothing in the index either.
    ImportOptions dry = complaintOptions();
    dry.dryRun = true;
    importBytes(t, "id,datum,klant,email,omschrijving\nD1,02-10-2026,Kees,kees@example.nl,Wasmachine stuk\n",
                dry, u"dry.csv"_qs);
    CHECK(found(u"wasmachine"_qs, HitKind::Complaint) == 0);
    KD_REQUIRE_OK(runStatement(t.db(), u"INSERT INTO complaint_fts(complaint_fts) VALUES ('integrity-check')"_qs));
}

namespace {

// The columns an insert logs for each table the import adds rows to, as RowWriter::insert logs
// them for a row made by hand: every column it was given, with the stamps.
const QMap<QString, QStringList> kLoggedColumns{
    {u"complaint"_qs,
     {u"assignee"_qs, u"category_id"_qs, u"channel_id"_qs, u"created_at"_qs, u"created_by"_qs,
      u"customer_id"_qs, u"description"_qs, u"external_id"_qs, u"justified"_qs, u"product_ref"_qs,
      u"public_url"_qs, u"received_at"_qs, u"reference"_qs, u"severity"_qs, u"status"_qs,
      u"subject"_qs, u"tags"_qs, u"updated_at"_qs, u"updated_by"_qs}},
    {u"customer"_qs,
     {u"created_at"_qs, u"created_by"_qs, u"customer_number"_qs, u"email"_qs, u"external_id"_qs,
      u"form_of_address"_qs, u"language"_qs, u"name"_qs, u"notes"_qs, u"phone"_qs,
      u"phone_norm"_qs, u"preferred_channel_id"_qs, u"updated_at"_qs, u"updated_by"_qs}},
    {u"customer_handle"_qs,
     {u"created_at"_qs, u"created_by"_qs, u"customer_id"_qs, u"handle"_qs, u"handle_norm"_qs,
      u"platform"_qs, u"updated_at"_qs, u"updated_by"_qs}}};

// The row as it is stored, as the JSON object a change-log entry holds for it.
QJsonObject storedRow(Database &db, const QString &table, const QString &id)
{
    const QStringList columns = kLoggedColumns.value(table);
    auto q = runQuery(db, u"SELECT %1 FROM %2 WHERE id = ?"_qs.arg(columns.join(u','), table),
                      {id});
    REQUIRE(q.ok());
    REQUIRE(q->next());
    QJsonObject o;
    for (int i = 0; i < columns.size(); ++i)
        o.insert(columns.at(i), q->value(i).isNull() ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue::fromVariant(q->value(i)));
    return o;
}

} // namespace

TEST_CASE("an import logs every new row once, with the values it was stored with, parents first",
          "[import][sync]")
{
    TempDatabase t;
    // A customer known before the import, who gets a handle from the file (RowWriter's path).
    KD_REQUIRE_OK(runStatement(t.db(), u"DELETE FROM change_log"_qs));
    ImportOptions customers;
    customers.kind = ImportKind::Customers;
    importBytes(t, "klant id,naam,e-mailadres\nCRM-1,Sanne de Vries,sanne@example.nl\n", customers);
    ImportOptions handles = customers;
    importBytes(t, "klant id,naam,twitter\nCRM-1,Sanne de Vries,@sannedv\n", handles, u"h.csv"_qs);
    const qint64 lastSeqBefore = scalar(t.db(), u"SELECT max(seq) FROM change_log"_qs);
    const QString hlcBefore = text(t.db(), u"SELECT max(hlc) FROM change_log"_qs);

    // Text JSON must escape (quotes, backslashes, line breaks, tabs, control characters), accents,
    // a category and none, tags, a handle, a known customer and a row without any customer.
    const QByteArray file
        = "id;datum;klant;email;twitter;categorie;tags;onderwerp;omschrijving\n"
          "R1;05-10-2026;Sanne de Vries;sanne@example.nl;;delivery_time;a, b;Te laat;\"Zij zei: \"\"nu\"\" "
          "\\ pad\r\nregel 2\ttab \x01 \x08 \x0c \xc3\xa9\xe2\x82\xac\"\n"
          "R2;06-10-2026;Jan Jansen;jan@example.nl;@jantje;;;;=SUM(A1)\n"
          "R3;07-10-2026;;;;;;;zonder klant\n"
          "R4;07-10-2026;Piet;piet@example.nl;twitter:@piet;;x;;gewoon\n";
    const ImportReport r = importBytes(t, file);
    REQUIRE(r.inserted == 4);
    REQUIRE(r.rejected == 0);

    auto q = runQuery(t.db(), u"SELECT l.seq, l.table_name, l.row_id, l.op, l.fields, l.hlc, "
                              "l.author, b.base FROM change_log l "
                              "LEFT JOIN sync_change_base b ON b.change_seq = l.seq "
                              "WHERE l.seq > ? AND l.table_name IN ('complaint', 'customer', "
                              "'customer_handle') ORDER BY l.seq"_qs,
                      {lastSeqBefore});
    REQUIRE(q.ok());
    QMap<QString, int> perTable;
    QSet<QString> logged;
    QString lastHlc = hlcBefore, lastTable;
    while (q->next()) {
        const QString table = q->value(1).toString(), id = q->value(2).toString();
        INFO(table.toStdString() << " " << id.toStdString());
        CHECK(q->value(3).toString() == u"insert"_qs);
        const QJsonObject fields = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        const QJsonObject stored = storedRow(t.db(), table, id);
        INFO(QJsonDocument(fields).toJson().toStdString() << " vs "
                                                          << QJsonDocument(stored).toJson().toStdString());
        CHECK(fields == stored);
        CHECK(QStringList(fields.keys()) == kLoggedColumns.value(table));
        CHECK(q->value(5).toString() > lastHlc);
        lastHlc = q->value(5).toString();
        CHECK(q->value(6).toString() == t.db().user());
        CHECK(q->value(7).toString() == u"{}"_qs); // a new row: no server version yet
        // Customers, then their handles, then complaints.
        CHECK(kLoggedColumns.keys().indexOf(table) >= 0);
        if (!lastTable.isEmpty())
            CHECK((lastTable == table || (lastTable == u"customer" && table != u"customer")
                   || (lastTable == u"customer_handle" && table == u"complaint")));
        lastTable = table;
        CHECK(!logged.contains(id));
        logged.insert(id);
        ++perTable[table];
    }
    // Three new customers (one the placeholder for a row without any), two handles, four complaints.
    CHECK(perTable.value(u"customer"_qs) == 3);
    CHECK(perTable.value(u"customer_handle"_qs) == 2);
    CHECK(perTable.value(u"complaint"_qs) == 4);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 4);
    // The text came through whole: quotes, backslash, line break, tab, control characters.
    CHECK(text(t.db(), u"SELECT json_extract(fields, '$.description') FROM change_log WHERE "
                       "table_name = 'complaint' AND seq > ? ORDER BY seq LIMIT 1"_qs,
               {lastSeqBefore})
          == QString::fromUtf8("Zij zei: \"nu\" \\ pad\r\nregel 2\ttab \x01 \x08 \x0c \xc3\xa9\xe2\x82\xac"));
    // The run's last stamp is kept (the import's privacy log entry comes after the rows), so the
    // next edit's stamp comes after it.
    CHECK(t.db().stateValue(u"hlc"_qs) == text(t.db(), u"SELECT max(hlc) FROM change_log"_qs));
    CHECK(t.db().stateValue(u"hlc"_qs) > lastHlc);
}

TEST_CASE("a cancelled or dry-run import leaves no change-log entries and no search entries",
          "[import]")
{
    TempDatabase t;
    QByteArray file = "id,date,description,email\n";
    for (int i = 0; i < 4000; ++i)
        file += "C" + QByteArray::number(i) + ",2026-10-01,text " + QByteArray::number(i)
                + ",k" + QByteArray::number(i) + "@example.nl\n";
    const qint64 logBefore = scalar(t.db(), u"SELECT count(*) FROM change_log"_qs);
    const qint64 baseBefore = scalar(t.db(), u"SELECT count(*) FROM sync_change_base"_qs);
    const QString hlcBefore = t.db().stateValue(u"hlc"_qs);
    // Cancelled at the last moment: every row read and written, the change log not yet.
    ImportOptions o = complaintOptions();
    o.progress = [](const ImportProgress &p) { return p.rows < 4000; };
    CHECK(importBytes(t, file, o).cancelled);
    ImportOptions dry = complaintOptions();
    dry.dryRun = true;
    CHECK(importBytes(t, file, dry).inserted == 4000);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM customer"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log"_qs) == logBefore);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM sync_change_base"_qs) == baseBefore);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint_fts"_qs) == 0);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM local_state WHERE key LIKE 'fts_deferred_%'"_qs) == 0);
    CHECK(t.db().stateValue(u"hlc"_qs) == hlcBefore);
    // The import functions are gone from the connection with the run.
    CHECK(!runQuery(t.db(), u"SELECT kd_import_hlc()"_qs).ok());
    // And the file imports completely afterwards, every row logged once.
    CHECK(importBytes(t, file).inserted == 4000);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name = 'complaint'"_qs) == 4000);
    CHECK(scalar(t.db(), u"SELECT count(DISTINCT row_id) FROM change_log"_qs)
          == scalar(t.db(), u"SELECT count(*) FROM change_log"_qs));
}

TEST_CASE("a row whose id is the reference an earlier row of the same file was given is known",
          "[import]")
{
    // The rows are written in batches, so the second row's lookup must see the first one.
    TempDatabase t;
    const QByteArray file = "id,datum,email,omschrijving\n"
                            "A1,05-10-2026,sanne@example.nl,Pakket niet geleverd\n"
                            "KL-2026-000001,06-10-2026,sanne@example.nl,Pakket niet geleverd\n";
    const ImportReport r = importBytes(t, file);
    CHECK(r.inserted == 1);
    CHECK(r.unchanged == 1);
    CHECK(text(t.db(), u"SELECT reference FROM complaint WHERE external_id = 'A1'"_qs)
          == u"KL-2026-000001"_qs);
}

namespace {

QStringList schemaText(Database &db)
{
    auto schema = queryStrings(db, u"SELECT type || ' ' || name || ': ' || coalesce(sql, '') "
                                   "FROM sqlite_master ORDER BY type, name"_qs);
    REQUIRE(schema.ok());
    return *schema;
}

} // namespace

TEST_CASE("an import killed half-way leaves no rows, no change log, and every index and trigger",
          "[import]")
{
    // A large run drops triggers and indexes inside its transaction (core/importing); a kill
    // before the commit must leave the database as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"killed.sqlite"_qs);
    const QString csv = dir.filePath(u"big.csv"_qs);
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text = "id,date,email,description\n";
        for (int i = 0; i < 1000000; ++i)
            text += "C" + QByteArray::number(i) + ",2026-10-01,k" + QByteArray::number(i % 1000)
                    + "@example.nl,text " + QByteArray::number(i) + "\n";
        REQUIRE(f.write(text) == text.size());
    }
    const auto cli = [&](const QStringList &args) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(KD_CLI_PATH), QStringList{u"--db"_qs, path} + args);
        REQUIRE(p->waitForStarted());
        return p;
    };
    // A dry run of a small file first makes the database and its default rows.
    const QString small = dir.filePath(u"small.csv"_qs);
    {
        QFile f(small);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id,date,email,description\nS1,2026-10-01,s@example.nl,text\n");
    }
    auto dry = cli({u"import"_qs, u"--channel"_qs, u"email"_qs, u"--dry-run"_qs, u"--quiet"_qs,
                    small});
    REQUIRE(dry->waitForFinished(300000));
    REQUIRE(dry->exitCode() == 0);
    QStringList schema;
    const QString counts = u"SELECT (SELECT count(*) FROM complaint) || ' ' || (SELECT count(*) "
                           "FROM customer) || ' ' || (SELECT count(*) FROM change_log) || ' ' || "
                           "(SELECT count(*) FROM sync_change_base) || ' ' || (SELECT count(*) "
                           "FROM complaint_fts) || ' ' || (SELECT count(*) FROM local_state)"_qs;
    QString before;
    {
        Database::Options o;
        o.path = path;
        o.user = u"tester"_qs;
        auto db = Database::open(o);
        KD_REQUIRE_OK(db);
        schema = schemaText(**db);
        before = text(**db, counts);
    }
    // Killed once it has added far more rows than the point where it drops the indexes, long
    // before it could reach the end of the file.
    auto run = cli({u"import"_qs, u"--channel"_qs, u"email"_qs, csv});
    static const QRegularExpression rows(QStringLiteral("(\\d+) rows,"));
    qint64 seen = 0;
    while (seen < 100000 && run->waitForReadyRead(120000))
        while (run->canReadLine())
            if (const auto m = rows.match(QString::fromUtf8(run->readLine())); m.hasMatch())
                seen = m.captured(1).toLongLong();
    run->kill(); // SIGKILL: no clean-up runs
    run->waitForFinished();
    REQUIRE(seen >= 100000);
    REQUIRE(seen < 1000000); // far from the end: the kill came before the commit

    Database::Options o;
    o.path = path;
    o.user = u"tester"_qs;
    auto db = Database::open(o);
    KD_REQUIRE_OK(db);
    CHECK(text(**db, u"PRAGMA integrity_check"_qs) == u"ok"_qs);
    CHECK(text(**db, counts) == before);
    CHECK(schemaText(**db) == schema);
}

TEST_CASE("a large import succeeds while a query on the same connection is still reading",
          "[import]")
{
    // A large run drops the complaint indexes for speed; SQLite refuses to drop an index while
    // another statement of the connection is reading (a list in the window, say). The import
    // then keeps those indexes and goes on.
    TempDatabase t;
    QByteArray file = "id,date,email,description\n";
    for (int i = 0; i < 60000; ++i)
        file += "C" + QByteArray::number(i) + ",2026-10-01,k" + QByteArray::number(i % 500)
                + "@example.nl,text " + QByteArray::number(i) + "\n";
    auto reading = runQuery(t.db(), u"SELECT code FROM channel ORDER BY code"_qs);
    REQUIRE(reading.ok());
    REQUIRE(reading->next()); // stepped, not finished: the statement is still reading
    const QStringList schema = schemaText(t.db());
    const ImportReport r = importBytes(t, file);
    CHECK(r.inserted == 60000);
    CHECK(reading->next()); // and it still can
    reading->finish();
    CHECK(schemaText(t.db()) == schema);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM change_log WHERE table_name = 'complaint'"_qs)
          == 60000);
    CHECK(text(t.db(), u"PRAGMA integrity_check"_qs) == u"ok"_qs);
}
