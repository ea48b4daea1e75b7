// The printed report end to end: klachtdesk-cli report makes the PDF and the CSV tables; the PDF's
// page count and text (pdfinfo, pdftotext from poppler-utils) hold the headline figures.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

using namespace kd;
using namespace kd::test;

namespace {

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Three complaints in October 2026 (Amsterdam time, the default report zone): two justified
// of the three assessed... one yes, one no, one partly, and one answered after 45 minutes.
void fill(TempDatabase &t)
{
    const QList<std::tuple<QString, QString, QString, QString>> rows{
        {QStringLiteral("Jan"), QStringLiteral("email"), QStringLiteral("delivery_time"), QStringLiteral("yes")},
        {QStringLiteral("Jan"), QStringLiteral("twitter"), QStringLiteral("wrong_invoice"), QStringLiteral("no")},
        {QStringLiteral("Piet"), QStringLiteral("phone"), QStringLiteral("product_defect"), QStringLiteral("partly")}};
    int day = 6;
    for (const auto &[customer, channel, category, justified] : rows) {
        NewComplaint n;
        n.customer.name = customer;
        n.customer.customerNumber = customer;
        n.channel = channel;
        n.category = category;
        n.description = QStringLiteral("report test");
        n.justified = *parse<Justified>(justified);
        n.receivedAt = QDateTime(QDate(2026, 10, day++), QTime(10, 0), QTimeZone::utc());
        auto r = ComplaintService(t.db()).registerComplaint(n);
        KD_REQUIRE_OK(r);
        if (channel == QLatin1String("email"))
            KD_REQUIRE_OK(runStatement(t.db(),
                                       QStringLiteral("UPDATE complaint SET first_response_at = ? "
                                                      "WHERE id = ?"),
                                       {n.receivedAt.addSecs(45 * 60).toMSecsSinceEpoch(),
                                        r->complaint.meta.id}));
    }
}

} // namespace

TEST_CASE("the report command writes an A4 PDF whose text holds the headline figures", "[report]")
{
    // Registered in November: the complaints came in in October.
    TempDatabase t(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
    fill(t);
    t.close();
    const QString pdf = QDir(t.dir()).filePath(QStringLiteral("october.pdf"));
    const CliRun run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report"),
                               QStringLiteral("--month"), QStringLiteral("2026-10"),
                               QStringLiteral("--organisation"), QStringLiteral("Voorbeeld BV"),
                               QStringLiteral("--pdf"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto said = QRegularExpression(QStringLiteral("\\((\\d+) pages\\)")).match(run.out);
    REQUIRE(said.hasMatch());

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1) == said.captured(1));
    CHECK(pages.captured(1).toInt() >= 5); // title page and the figures after it
    CHECK(info.contains(QStringLiteral("A4")));

    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf,
                                                               QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Voorbeeld BV")));
    CHECK(text.contains(QStringLiteral("Complaints report")));
    CHECK(text.contains(QStringLiteral("October 2026")));
    // Title page tiles: 3 received, (yes + partly) / assessed = 2 / 3, median first response 45.
    const QString title = runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                   QStringLiteral("1"), pdf, QStringLiteral("-")});
    CHECK(title.contains(QStringLiteral("Complaints received")));
    // pdftotext gives each tile's value on a line of its own.
    CHECK(QRegularExpression(QStringLiteral("^3$"), QRegularExpression::MultilineOption)
              .match(title)
              .hasMatch());
    CHECK(title.contains(QStringLiteral("66.7 %")));
    CHECK(title.contains(QStringLiteral("45 min")));
    CHECK(text.contains(QStringLiteral("net of time waiting for the customer")));
    CHECK(text.contains(QStringLiteral("Delivery time exceeded")));
    CHECK(text.contains(QStringLiteral("Improvement actions")));
}

TEST_CASE("the report command writes the tables as CSV files", "[report]")
{
    // Registered in November: the complaints came in in October.
    TempDatabase t(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
    fill(t);
    t.close();
    const QString dir = QDir(t.dir()).filePath(QStringLiteral("tables"));
    const CliRun run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report"),
                               QStringLiteral("--month"), QStringLiteral("2026-10"),
                               QStringLiteral("--csv"), dir});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile summary(QDir(dir).filePath(QStringLiteral("summary.csv")));
    REQUIRE(summary.open(QIODevice::ReadOnly));
    const QString s = QString::fromUtf8(summary.readAll());
    CHECK(s.contains(QStringLiteral("complaints,3\r\n")));
    CHECK(s.contains(QStringLiteral("first_response_median_minutes,45\r\n")));
    QFile channels(QDir(dir).filePath(QStringLiteral("channels.csv")));
    REQUIRE(channels.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(channels.readAll()).count(QStringLiteral("\r\n")) == 4);

    const CliRun bad = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report"),
                               QStringLiteral("--month"), QStringLiteral("2026-13")});
    CHECK(bad.exitCode == 2);
}
