// The report window on a small fixture: choosing a month fills the dashboard with hand-known
// counts, the print preview's paint and "Save as PDF" write the report, and the window counts a
// month in the organisation's time zone exactly like klachtdesk-cli report (not the system's).
#include "testsupport.h"

#include "reportwindow.h"
#include "service/complaintservice.h"
#include "storage/sqlquery.h"
#include "workflow/workflowsettings.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QDateEdit>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <cmath>

using namespace kd;
using namespace kd::test;

namespace {

// A system zone far east of the organisation's: 23:30 on 31 October in Amsterdam is already
// 1 November in Tokyo, so a window that counted months in the system zone would lose it.
// Set before main(), so both this process and the klachtdesk-cli it starts see it.
const bool systemZoneSet = [] {
    qputenv("TZ", "Asia/Tokyo");
    return true;
}();

QDateTime at(int y, int mo, int d, int h, int mi, const char *zone)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone));
}

void add(Database &db, const QString &channel, const QDateTime &receivedAt)
{
    NewComplaint n;
    n.customer.name = QStringLiteral("Klant %1").arg(receivedAt.toMSecsSinceEpoch());
    n.channel = channel;
    n.category = QStringLiteral("delivery_time");
    n.description = QStringLiteral("Levering te laat");
    n.receivedAt = receivedAt;
    KD_REQUIRE_OK(ComplaintService(db).registerComplaint(n));
}

// October 2026 in Amsterdam holds two complaints: one by phone on the 10th and one by email at
// 23:30 on the 31st. Half an hour later, 1 November 00:30, a letter: November's.
void fillOctober(Database &db)
{
    add(db, QStringLiteral("phone"), at(2026, 10, 10, 12, 0, "Europe/Amsterdam"));
    add(db, QStringLiteral("email"), at(2026, 10, 31, 23, 30, "Europe/Amsterdam"));
    add(db, QStringLiteral("letter"), at(2026, 11, 1, 0, 30, "Europe/Amsterdam"));
}

QChart *chartTitled(const ReportWindow &w, const QString &title)
{
    for (QChartView *view : w.findChildren<QChartView *>())
        if (view->chart()->title() == title)
            return view->chart();
    return nullptr;
}

// Bar label -> value of the chart's (single) bar set.
QHash<QString, double> bars(QChart *chart)
{
    QHash<QString, double> out;
    REQUIRE(chart);
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 1);
    const QBarSet *set = series->barSets().first();
    const auto axes = chart->axes();
    QStringList labels;
    for (QAbstractAxis *axis : axes)
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            labels = categories->categories();
    REQUIRE(labels.size() == set->count());
    for (int i = 0; i < set->count(); ++i)
        out.insert(labels[i], set->at(i));
    return out;
}

void showMonth(ReportWindow &w, const QDate &month)
{
    auto *edit = w.findChild<QDateEdit *>(QStringLiteral("month"));
    REQUIRE(edit);
    edit->setDate(month);
    auto *show = w.findChild<QPushButton *>(QStringLiteral("show"));
    REQUIRE(show);
    QTest::mouseClick(show, Qt::LeftButton);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

qint64 cliCount(const QString &dbPath, const QString &month)
{
    const CliRun run = runCli({QStringLiteral("--db"), dbPath, QStringLiteral("report"),
                               QStringLiteral("--month"), month, QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    REQUIRE(o.contains(QStringLiteral("complaints")));
    return o.value(QStringLiteral("complaints")).toInteger();
}

} // namespace

TEST_CASE("choosing October shows its two complaints in the headline and the channel chart",
          "[ui][report]")
{
    REQUIRE(systemZoneSet);
    TempDatabase t(QDateTime(QDate(2026, 11, 15), QTime(12, 0), QTimeZone::utc()));
    fillOctober(t.db());
    ReportWindow w(t.db());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    // It opens on last month, counted from the database clock (15 November).
    CHECK(w.findChild<QDateEdit *>(QStringLiteral("month"))->date().month() == 10);

    showMonth(w, QDate(2026, 10, 1));
    CHECK(w.figures().total == 2);
    const QString headline = w.findChild<QLabel *>(QStringLiteral("headline"))->text();
    CHECK(headline.contains(QStringLiteral("October 2026")));
    CHECK(headline.contains(QStringLiteral(": 2 complaints")));
    const auto channels = bars(chartTitled(w, QStringLiteral("By channel")));
    CHECK(channels.value(QStringLiteral("Phone")) == 1.0);
    CHECK(channels.value(QStringLiteral("E-mail")) == 1.0);
    CHECK_FALSE(channels.contains(QStringLiteral("Letter")));
    const auto severity = bars(chartTitled(w, QStringLiteral("By severity")));
    double sum = 0;
    for (double v : severity)
        sum += v;
    CHECK(sum == 2.0);

    showMonth(w, QDate(2026, 11, 1));
    CHECK(w.figures().total == 1);
    CHECK(bars(chartTitled(w, QStringLiteral("By channel"))).value(QStringLiteral("Letter")) == 1.0);
}

TEST_CASE("the dashboard's count axes tick at whole numbers and its horizontal bars read from the "
          "largest down",
          "[ui][report]")
{
    TempDatabase t(QDateTime(QDate(2026, 11, 15), QTime(12, 0), QTimeZone::utc()));
    // Nine e-mails and two letters in October: Qt's own four equal parts of 0..10.35 would tick
    // at 2.59 and 5.18 and print them as "2" and "5".
    for (int i = 0; i < 9; ++i)
        add(t.db(), QStringLiteral("email"), at(2026, 10, 1 + i, 10, 0, "Europe/Amsterdam"));
    for (int i = 0; i < 2; ++i)
        add(t.db(), QStringLiteral("letter"), at(2026, 10, 20 + i, 10, 0, "Europe/Amsterdam"));
    ReportWindow w(t.db());
    showMonth(w, QDate(2026, 10, 1));
    int axesSeen = 0;
    for (QChartView *view : w.findChildren<QChartView *>()) {
        for (QAbstractAxis *axis : view->chart()->axes()) {
            auto *values = qobject_cast<QValueAxis *>(axis);
            if (!values)
                continue;
            ++axesSeen;
            INFO(view->chart()->title().toStdString());
            CHECK(values->min() == 0.0);
            const double step = values->max() / (values->tickCount() - 1);
            CHECK(step >= 1.0);
            CHECK(step == std::floor(step));
        }
    }
    CHECK(axesSeen >= 4);

    QChart *channels = chartTitled(w, QStringLiteral("By channel"));
    REQUIRE(channels);
    QStringList labels;
    for (QAbstractAxis *axis : channels->axes())
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            labels = categories->categories();
    // Qt draws a horizontal chart's first category at the bottom: E-mail, the largest, is last.
    REQUIRE(labels.size() == 2);
    CHECK(labels.last() == QStringLiteral("E-mail"));
    CHECK(labels.first() == QStringLiteral("Letter"));
}

TEST_CASE("the print preview's paint and Save as PDF both write the month's report",
          "[ui][report]")
{
    TempDatabase t(QDateTime(QDate(2026, 11, 15), QTime(12, 0), QTimeZone::utc()));
    fillOctober(t.db());
    ReportWindow w(t.db());
    showMonth(w, QDate(2026, 10, 1));
    REQUIRE(w.figures().total == 2);

    // What the preview dialog's paintRequested does, on a printer that writes a PDF file.
    const QString printed = QDir(t.dir()).filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    const int pages = w.printTo(printer);
    CHECK(pages >= 5);

    const QString saved = QDir(t.dir()).filePath(QStringLiteral("saved.pdf"));
    REQUIRE(w.savePdf(saved));

    for (const QString &pdf : {printed, saved}) {
        INFO(pdf.toStdString());
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("October 2026")));
        CHECK(text.contains(QStringLiteral("Complaints received")));
        CHECK(text.contains(QStringLiteral("Delivery time exceeded")));
        CHECK(text.count(QLatin1Char('\f')) == pages);
        CHECK(text.contains(QStringLiteral("Page 1")));
    }

    SECTION("in Dutch, every word of it, the page numbers too")
    {
        QTranslator dutch;
        REQUIRE(dutch.load(QStringLiteral(":/i18n/klachtdesk_nl")));
        QCoreApplication::installTranslator(&dutch);
        const QString nl = QDir(t.dir()).filePath(QStringLiteral("nl.pdf"));
        REQUIRE(w.savePdf(nl));
        QCoreApplication::removeTranslator(&dutch);
        const QString text = pdfText(nl);
        CHECK(text.contains(QStringLiteral("Ontvangen klachten")));
        CHECK(text.contains(QStringLiteral("Pagina 1")));
        CHECK_FALSE(text.contains(QStringLiteral("Page ")));
    }
}

TEST_CASE("a complaint at 23:30 on the month's last day is in that month for the window and the "
          "CLI alike",
          "[ui][report]")
{
    SECTION("in the default zone, Europe/Amsterdam, while the system runs on Tokyo time")
    {
        TempDatabase t(QDateTime(QDate(2026, 11, 15), QTime(12, 0), QTimeZone::utc()));
        fillOctober(t.db());
        ReportWindow w(t.db());
        showMonth(w, QDate(2026, 10, 1));
        const qint64 window = w.figures().total;
        t.close();
        CHECK(window == 2);
        CHECK(cliCount(t.path(), QStringLiteral("2026-10")) == window);
        CHECK(cliCount(t.path(), QStringLiteral("2026-11")) == 1);
    }
    SECTION("in a configured zone west of UTC, where 23:30 local is already the next day in UTC")
    {
        TempDatabase t(QDateTime(QDate(2026, 11, 15), QTime(12, 0), QTimeZone::utc()));
        KD_REQUIRE_OK(WorkflowSettings(t.db()).setValue(QStringLiteral("time_zone"),
                                                        QStringLiteral("America/New_York")));
        add(t.db(), QStringLiteral("email"), at(2026, 10, 31, 23, 30, "America/New_York"));
        add(t.db(), QStringLiteral("phone"), at(2026, 11, 1, 0, 30, "America/New_York"));
        ReportWindow w(t.db());
        showMonth(w, QDate(2026, 10, 1));
        const qint64 october = w.figures().total;
        showMonth(w, QDate(2026, 11, 1));
        const qint64 november = w.figures().total;
        t.close();
        CHECK(october == 1);
        CHECK(november == 1);
        CHECK(cliCount(t.path(), QStringLiteral("2026-10")) == october);
        CHECK(cliCount(t.path(), QStringLiteral("2026-11")) == november);
    }
}
