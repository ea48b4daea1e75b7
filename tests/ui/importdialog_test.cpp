// The import dialog: a file's columns are mapped with a preview, a dry run stores nothing, the
// import stores the rows, and the readable access-request PDF is written.
#include "testsupport.h"

#include "dsarpdf.h"
#include "importdialog.h"
#include "privacy/privacyservice.h"
#include "service/complaintservice.h"
#include "storage/sqlquery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

QPushButton *button(QWidget &w, const QString &text)
{
    for (QPushButton *b : w.findChildren<QPushButton *>())
        if (b->text().remove(u'&') == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("the import dialog maps columns with a preview, dry-runs, then imports", "[ui][import]")
{
    TempDatabase t;
    const QString path = t.dir() + u"/klachten.csv"_qs;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Klachtnummer;Datum;Klantnaam;Omschrijving;Onbekend\r\n"
                "K1;05-10-2026;Sanne;Pakket kwijt;x\r\nK2;06-10-2026;Jan;Te laat;y\r\n");
    }
    ImportDialog dialog(t.db());
    dialog.setFile(path);
    QTableWidget *table = dialog.mappingTable();
    REQUIRE(table->rowCount() == 5);
    auto fieldOf = [&](int row) {
        return qobject_cast<QComboBox *>(table->cellWidget(row, 1))->currentData().toString();
    };
    CHECK(fieldOf(0) == u"external_id"_qs);
    CHECK(fieldOf(1) == u"received_at"_qs);
    CHECK(fieldOf(3) == u"description"_qs);
    CHECK(fieldOf(4).isEmpty());
    CHECK(table->item(3, 2)->text().contains(u"Pakket kwijt"_qs));

    // The file has no channel column: the user picks the one its rows came in on.
    auto *channel = dialog.findChild<QComboBox *>(u"channel"_qs);
    REQUIRE(channel);
    channel->setCurrentIndex(channel->findData(u"email"_qs));
    QTest::mouseClick(button(dialog, u"Dry run"_qs), Qt::LeftButton);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 0);
    CHECK(dialog.findChild<QPlainTextEdit *>(u"result"_qs)->toPlainText().contains(u"2 new"_qs));

    QTest::mouseClick(button(dialog, u"Import"_qs), Qt::LeftButton);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint"_qs) == 2);
}

TEST_CASE("the import dialog gives rows without a channel none unless the user picks one",
          "[ui][import]")
{
    // The dialog's default channel read "email" before anyone chose it: the 5,000 tweets of the
    // twcs sample became e-mails (a day to answer instead of an hour) without a word.
    TempDatabase t;
    const QString path = t.dir() + u"/tweets.csv"_qs;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("tweet_id,author_id,created_at,text\n"
                "1,115712,Tue Oct 31 22:10:47 +0000 2017,@sprintcare worst customer service\n"
                "2,115713,Tue Oct 31 22:11:45 +0000 2017,@sprintcare still no signal\n");
    }
    ImportDialog dialog(t.db());
    dialog.setFile(path);
    auto *channel = dialog.findChild<QComboBox *>(u"channel"_qs);
    REQUIRE(channel);
    CHECK(channel->currentData().toString().isEmpty());
    auto *result = dialog.findChild<QPlainTextEdit *>(u"result"_qs);
    QTest::mouseClick(button(dialog, u"Dry run"_qs), Qt::LeftButton);
    CHECK(result->toPlainText().contains(u"2 refused"_qs));
    CHECK(result->toPlainText().contains(u"no channel"_qs));

    // The channels are offered by name; the one picked is what the rows get.
    const int twitter = channel->findText(u"X (Twitter)"_qs);
    REQUIRE(twitter > 0);
    channel->setCurrentIndex(twitter);
    QTest::mouseClick(button(dialog, u"Import"_qs), Qt::LeftButton);
    CHECK(scalar(t.db(), u"SELECT count(*) FROM complaint c JOIN channel ch ON ch.id = "
                         "c.channel_id WHERE ch.code = 'twitter'"_qs)
          == 2);
}

TEST_CASE("the import dialog imports a file from a folder it cannot write to, and leaves no "
          "rejects file beside a file without refusals",
          "[ui][import]")
{
    // The dialog wrote its rejects file beside the file read, and a folder it could not write
    // to (a read-only share, a mail attachment's) stopped even a dry run of a file without a
    // single refusal: "Cannot write the rejects file". /proc/self/fd/N is such a folder even
    // for root, who may write into any folder that only its permissions close.
    TempDatabase t;
    const QString home = t.dir() + u"/home"_qs;
    REQUIRE(QDir().mkpath(home));
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.toUtf8());
    const QString path = t.dir() + u"/klachten.csv"_qs;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id,date,description\nR1,05-10-2026,Pakket kwijt\nR2,06-10-2026,\n");
    }
    QFile source(path);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString unwritable = u"/proc/self/fd/"_qs + QString::number(source.handle());
    {
        ImportDialog dialog(t.db());
        dialog.setFile(unwritable);
        auto *channel = dialog.findChild<QComboBox *>(u"channel"_qs);
        REQUIRE(channel);
        channel->setCurrentIndex(channel->findData(u"email"_qs));
        QTest::mouseClick(button(dialog, u"Dry run"_qs), Qt::LeftButton);
        const QString result = dialog.findChild<QPlainTextEdit *>(u"result"_qs)->toPlainText();
        INFO(result.toStdString());
        CHECK(result.contains(u"1 new"_qs));
        CHECK(result.contains(u"1 refused"_qs));
        // The refused row went to the user's documents, and the dialog says where.
        const QStringList written = QDir(home + u"/Documents"_qs).entryList(QDir::Files);
        REQUIRE(written.size() == 1);
        CHECK(result.contains(u"Refused rows are in "_qs + home + u"/Documents/"_qs
                              + written.first()));
    }
    qputenv("HOME", oldHome);

    // A file with nothing refused leaves no rejects file (it left one with a header alone).
    const QString clean = t.dir() + u"/schoon.csv"_qs;
    {
        QFile f(clean);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("id,date,description\nS1,05-10-2026,Pakket kwijt\n");
    }
    ImportDialog dialog(t.db());
    dialog.setFile(clean);
    auto *channel = dialog.findChild<QComboBox *>(u"channel"_qs);
    channel->setCurrentIndex(channel->findData(u"email"_qs));
    QTest::mouseClick(button(dialog, u"Dry run"_qs), Qt::LeftButton);
    CHECK(dialog.findChild<QPlainTextEdit *>(u"result"_qs)->toPlainText().contains(u"1 new"_qs));
    CHECK(QDir(t.dir()).entryList({u"schoon*"_qs}, QDir::Files) == QStringList{u"schoon.csv"_qs});
}

TEST_CASE("the import dialog says which guessed column it left out, and counts refusals per column",
          "[ui][import]")
{
    TempDatabase t;
    const QString path = t.dir() + u"/us.csv"_qs;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Complaint ID,Date received,Consumer complaint narrative,State\n"
                "1,2020-03-18,Charged twice,CA\n2,2020-03-19,,FL\n3,someday,Card blocked,NY\n"
                "4,2020-03-20,,TX\n");
    }
    ImportDialog dialog(t.db());
    dialog.setFile(path);
    QTableWidget *table = dialog.mappingTable();
    REQUIRE(table->rowCount() == 4);
    CHECK(qobject_cast<QComboBox *>(table->cellWidget(3, 1))->currentData().toString().isEmpty());
    CHECK(dialog.findChild<QLabel *>(u"detected"_qs)->text().contains(u"\"State\""_qs));

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"dryRun"_qs), Qt::LeftButton);
    const QString result = dialog.findChild<QPlainTextEdit *>(u"result"_qs)->toPlainText();
    CHECK(result.contains(u"Refused rows per column"_qs));
    CHECK(result.contains(u"2 × line 3, Consumer complaint narrative: "_qs));
    CHECK(result.contains(u"1 × line 4, Date received: "_qs));
}

TEST_CASE("the import dialog closes while its file field has the focus", "[ui][import]")
{
    // Closing hides the dialog, the field loses the focus and says its editing is finished: the
    // preview was read again by a dialog whose members were already gone (valgrind: invalid
    // reads and writes in reloadPreview under ~QDialog).
    TempDatabase t;
    const QString path = t.dir() + u"/klachten.csv"_qs;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Klachtnummer;Datum;Omschrijving\r\nK1;05-10-2026;Pakket kwijt\r\n");
    }
    QWidget window;
    window.show();
    for (int i = 0; i < 20; ++i) {
        auto *dialog = new ImportDialog(t.db(), &window);
        dialog->setFile(path);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        auto *file = dialog->findChild<QLineEdit *>(u"file"_qs);
        file->setFocus(); // where the dialog opens, and where a typed path leaves it
        dialog->findChild<QPushButton *>(u"dryRun"_qs)->click();
        CHECK(file->hasFocus());
        delete dialog;
    }
    CHECK(window.isVisible());
}

TEST_CASE("the access request is written as a readable PDF", "[ui][privacy]")
{
    TempDatabase t;
    QJsonObject dsar{{u"customer"_qs, QJsonObject{{u"name"_qs, u"Sanne de Vries"_qs}}},
                     {u"complaints"_qs, QJsonArray{QJsonObject{{u"reference"_qs, u"KL-2026-000001"_qs},
                                                               {u"description"_qs, u"Pakket kwijt"_qs}}}}};
    CHECK(print::dsarHtml(dsar).contains(u"Sanne de Vries"_qs));
    const QString pdf = t.dir() + u"/dsar.pdf"_qs;
    KD_REQUIRE_OK(print::writeDsarPdf(dsar, pdf));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
}

TEST_CASE("the access request's PDF reads as words and dates, not as the stored codes",
          "[ui][privacy]")
{
    TempDatabase t;
    NewComplaint n;
    n.customer.name = u"Sanne de Vries"_qs;
    n.customer.email = u"sanne@example.nl"_qs;
    n.channel = u"email"_qs;
    n.category = u"delivery_time"_qs;
    n.description = u"Pakket na drie weken nog niet bezorgd."_qs;
    n.receivedAt = QDateTime(QDate(2026, 10, 5), QTime(9, 30), QTimeZone::utc());
    auto r = ComplaintService(t.db()).registerComplaint(n);
    KD_REQUIRE_OK(r);
    Interaction more;
    more.body = u"Nog steeds niets ontvangen."_qs;
    more.occurredAt = QDateTime(QDate(2026, 10, 9), QTime(14, 0), QTimeZone::utc());
    KD_REQUIRE_OK(ComplaintService(t.db()).addInteraction(r->complaint.reference, more));
    // A second request lists the first in "what we did with your data".
    KD_REQUIRE_OK(PrivacyService(t.db()).accessRequest(r->customer.meta.id));
    auto dsar = PrivacyService(t.db()).accessRequest(r->customer.meta.id);
    KD_REQUIRE_OK(dsar);
    // The export itself keeps the codes (for machines) and now names them.
    const QJsonObject complaint = dsar->value(u"complaints"_qs).toArray().first().toObject();
    CHECK(complaint.value(u"channel"_qs).toString() == u"email"_qs);
    CHECK(complaint.value(u"category_name"_qs).toObject().value(u"nl"_qs).toString()
          == u"Levertijd overschreden"_qs);

    const QString pdf = t.dir() + u"/dsar.pdf"_qs;
    KD_REQUIRE_OK(print::writeDsarPdf(*dsar, pdf));
    QProcess text;
    text.start(u"pdftotext"_qs, {u"-layout"_qs, pdf, u"-"_qs});
    REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    INFO(words.toStdString());
    CHECK(words.contains(u"E-mail"_qs));
    CHECK(words.contains(u"Delivery time exceeded"_qs));
    CHECK(words.contains(u"New"_qs));
    CHECK(words.contains(u"From customer"_qs));
    CHECK(words.contains(u"2026"_qs));
    CHECK_FALSE(words.contains(u"delivery_time"_qs));
    CHECK_FALSE(words.contains(u"inbound"_qs));
    CHECK_FALSE(words.contains(u"T09:30"_qs)); // an ISO time, as stored
    CHECK(words.contains(u"Everything we hold about you exported at your"_qs));
}

TEST_CASE("the Dutch access request's PDF keeps its long labels whole", "[ui][privacy]")
{
    // The labels' column was 30% of a table only as wide as its text, on a page with two
    // margins: "Id in ons klantenservicesysteem" came out as "klantenservicesys" over "teem"
    // (twcs customer 115712).
    TempDatabase t;
    NewComplaint n;
    n.customer.name = u"Sanne de Vries"_qs;
    n.channel = u"twitter"_qs;
    n.description = u"@sprintcare is the worst customer service"_qs;
    n.receivedAt = QDateTime(QDate(2026, 10, 5), QTime(9, 30), QTimeZone::utc());
    auto r = ComplaintService(t.db()).registerComplaint(n);
    KD_REQUIRE_OK(r);
    KD_REQUIRE_OK(runQuery(t.db(), u"UPDATE customer SET external_id = ? WHERE id = ?"_qs,
                           {u"115712"_qs, r->customer.meta.id}));
    auto dsar = PrivacyService(t.db()).accessRequest(r->customer.meta.id);
    KD_REQUIRE_OK(dsar);
    QTranslator dutch;
    REQUIRE(dutch.load(u":/i18n/klachtdesk_nl"_qs));
    QCoreApplication::installTranslator(&dutch);
    const QString pdf = t.dir() + u"/inzage.pdf"_qs;
    const auto written = print::writeDsarPdf(*dsar, pdf);
    QCoreApplication::removeTranslator(&dutch);
    KD_REQUIRE_OK(written);
    QProcess text;
    text.start(u"pdftotext"_qs, {pdf, u"-"_qs});
    REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    INFO(words.toStdString());
    CHECK(words.contains(u"klantenservicesysteem"_qs));
}
