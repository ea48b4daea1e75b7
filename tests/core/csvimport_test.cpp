// Importing hostile and messy CSV files: encodings, quotes, line ends, junk, ragged rows,
// duplicates, formulas, dry runs, cancelling, re-imports, and a 50 MB file. What an import
// writes besides its rows (search index, change log, schema) is in importwrites_test.cpp.
#include "importfixture.h"
#include "testsupport.h"

#include "importing/csvreader.h"
#include "importing/exporter.h"
#include "importing/importer.h"
#include "importing/textencoding.h"
#include "importing/valueparsers.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "sync/storedrow.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

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
    CHECK(text(t.db(), QStringLiteral("SELECT %1 FROM change_log l WHERE l.table_name = "
                                      "'complaint' ORDER BY l.seq LIMIT 1")
                           .arg(changeFieldsSql(u"l"_qs)))
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


TEST_CASE("cells that only say 'nothing' are stored empty, words that merely start so are kept",
          "[import]")
{
    TempDatabase t;
    const ImportReport r = importBytes(t, "id,date,description,subject,assignee\n"
                                          "N1,2026-10-01,een,N/A,  n.v.t. \n"
                                          "N2,2026-10-01,twee,NULL,-\n"
                                          "N3,2026-10-01,drie,Nan,nvt\n"
                                          "N4,2026-10-01,vier,Nana,n/a graag\n");
    CHECK(r.inserted == 4);
    auto subjects = queryStrings(t.db(), u"SELECT subject || '|' || assignee FROM complaint "
                                          "ORDER BY external_id"_qs);
    REQUIRE(subjects.ok());
    CHECK(*subjects == QStringList{u"|"_qs, u"|"_qs, u"|"_qs, u"Nana|n/a graag"_qs});
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

TEST_CASE("rows whose channel word is unknown and get the default channel are counted in a note",
          "[import]")
{
    // The CFPB sample with --channel email: its 627 "Referral" rows became e-mails without a word
    // (--channel reads "Channel for rows without one"; these had one).
    TempDatabase t;
    const QByteArray file = "id,date,description,Submitted via\nR1,2026-10-01,a,Referral\n"
                            "R2,2026-10-01,b,Web\nR3,2026-10-01,c,Referral\nR4,2026-10-01,d,\n";
    const ImportReport r = importBytes(t, file); // default channel email
    CHECK(r.inserted == 4);
    CHECK(r.notes.contains(
        u"the unknown channel \"Referral\" was read as the default channel email (rows: 2)"_qs));
    CHECK(r.notes.size() == 1); // the row without a channel is what the default is for
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

TEST_CASE("an export writes times in the office's time zone, so a spreadsheet shows the day "
          "the complaint came in",
          "[export]")
{
    // The CFPB sample's "2019-02-27" was exported as 2019-02-26T23:00:00Z: the right moment,
    // but a spreadsheet (and a reader) takes the text's day, the 26th.
    TempDatabase t;
    importBytes(t, "id,date,description\nT1,2019-02-27,Winter\nT2,2026-10-01 00:30,Zomertijd\n");
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions e;
        e.format = format;
        KD_REQUIRE_OK(exportData(t.db(), &out, e));
        const QString data = QString::fromUtf8(out.data());
        INFO(data.toStdString());
        CHECK(data.contains(u"2019-02-27T00:00:00+01:00"_qs));
        CHECK(data.contains(u"2026-10-01T00:30:00+02:00"_qs));
        if (format == ExportFormat::Csv) {
            // And it imports again to the same moments.
            TempDatabase other;
            importBytes(other, out.data());
            const QString sql = u"SELECT received_at FROM complaint WHERE external_id = 'T1'"_qs;
            CHECK(scalar(other.db(), sql) == scalar(t.db(), sql));
        }
    }
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

TEST_CASE("a guessed word column whose values are not its words is left unmapped, with a note",
          "[import]")
{
    // A US export: "State" holds two-letter states, not statuses. Taken as the status it would
    // refuse every row that has one.
    TempDatabase t;
    const QByteArray file = "id,date,description,State\n"
                            "U1,2026-10-01,Charged twice,CA\n"
                            "U2,2026-10-02,Never got refund,FL\n"
                            "U3,2026-10-03,Card blocked,\n";
    // The preview the mapping dialog shows leaves it out, with a note.
    auto preview = Importer(t.db()).preview(writeBytes(t, u"preview.csv"_qs, file), complaintOptions());
    KD_REQUIRE_OK(preview);
    CHECK_FALSE(preview->mapping.contains(3));

    const ImportReport r = importBytes(t, file);
    CHECK(r.inserted == 3);
    CHECK(r.rejected == 0);
    CHECK_FALSE(r.mapping.contains(3));
    CHECK(r.notes.join(u'\n').contains(u"\"State\""_qs));
    CHECK(r.notes.join(u'\n').contains(u"\"CA\""_qs));
    CHECK(preview->notes == r.notes);

    // Mapped by hand, it is the user's word: every row with a state is refused, by its column.
    TempDatabase t2;
    ImportOptions byHand = complaintOptions();
    byHand.mapPairs = {u"State=status"_qs};
    const ImportReport h = importBytes(t2, file, byHand);
    CHECK(h.inserted == 1);
    CHECK(h.rejected == 2);
    REQUIRE(h.rejectedByColumn.size() == 1);
    CHECK(h.rejectedByColumn.first().column == u"State"_qs);
}

TEST_CASE("a guessed column left out makes room for the next one that fits, and the best name wins",
          "[import]")
{
    TempDatabase t;
    // "Status" ranks before "Stand" but holds no statuses; "Stand" does.
    const ImportReport r = importBytes(t, "id,date,description,Status,Stand\n"
                                          "S1,2026-10-01,Pakket kwijt,CA,open\n"
                                          "S2,2026-10-02,Te laat,FL,gesloten\n");
    CHECK(r.inserted == 2);
    CHECK(r.mapping.value(4) == u"status"_qs);
    CHECK_FALSE(r.mapping.contains(3));
    CHECK(text(t.db(), u"SELECT status FROM complaint WHERE external_id = 'S2'"_qs) == u"closed"_qs);
    // Of two columns for the description, the one whose name ranks first, wherever it stands.
    TempDatabase t2;
    const ImportReport d = importBytes(t2, "id,date,Opmerking,Omschrijving\n"
                                           "D1,2026-10-01,terugbellen,Pakket kwijt\n");
    CHECK(d.mapping.value(3) == u"description"_qs);
    CHECK(text(t2.db(), u"SELECT description FROM complaint"_qs) == u"Pakket kwijt"_qs);
}

TEST_CASE("refused rows are counted per column, most first, with the first of each", "[import]")
{
    TempDatabase t;
    QByteArray file = "id,date,description\n";
    for (int i = 0; i < 30; ++i) // lines 2..31: every third has no date, the others no text
        file += "R" + QByteArray::number(i) + (i % 3 == 0 ? ",nooit,tekst\n" : ",2026-10-01,\n");
    file += "R30,2026-10-01,goed\n";
    const ImportReport r = importBytes(t, file);
    CHECK(r.inserted == 1);
    CHECK(r.rejected == 30);
    REQUIRE(r.rejectedByColumn.size() == 2);
    CHECK(r.rejectedByColumn.at(0).column == u"description"_qs);
    CHECK(r.rejectedByColumn.at(0).rows == 20);
    CHECK(r.rejectedByColumn.at(0).first.line == 3);
    CHECK(r.rejectedByColumn.at(1).column == u"date"_qs);
    CHECK(r.rejectedByColumn.at(1).rows == 10);
    CHECK(r.rejectedByColumn.at(1).first.line == 2);
    CHECK(r.rejectedByColumn.at(1).first.reason.contains(u"\"nooit\""_qs));
}

TEST_CASE("a review export imports: its text, date and the review site as channel", "[import]")
{
    TempDatabase t;
    ImportOptions o = complaintOptions();
    o.defaultChannel.clear(); // every row names its site
    const ImportReport r = importBytes(t,
                                       "source,stars,review_text,locatie,review_date\n"
                                       "trustpilot,1,\"Eten zeer matig, schnitzel half rauw\",Roosendaal,"
                                       "2025-08-27T12:29:47+00:00\n"
                                       "google,2,Lang gewacht op de rekening,Breda,2025-08-28T19:05:00+00:00\n",
                                       o);
    CHECK(r.inserted == 2);
    CHECK(r.rejected == 0);
    CHECK(r.mapping.value(2) == u"description"_qs);
    CHECK(r.mapping.value(4) == u"received_at"_qs);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint c JOIN channel ch ON ch.id = c.channel_id "
                         "WHERE ch.code = 'review_site'"_qs)
          == 2);
}

TEST_CASE("a workbook chosen instead of its CSV export is refused with what to do", "[import]")
{
    TempDatabase t;
    const std::pair<QByteArray, QString> files[] = {
        {QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\0'), u".xlsx"_qs},
        {QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(200, '\0'), u".xls"_qs},
        {QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), u"PDF"_qs}};
    for (const auto &[bytes, says] : files) {
        auto r = Importer(t.db()).run(writeBytes(t, u"book"_qs, bytes), complaintOptions());
        REQUIRE_FALSE(r.ok());
        INFO(r.error().toString().toStdString());
        CHECK(r.error().toString().contains(says));
        CHECK(r.error().toString().contains(u"CSV"_qs));
    }
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 0);
}
