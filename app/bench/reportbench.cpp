// klachtdesk-bench report: a month's report with 100,000 complaints in that month, as figures
// (in process) and as the scheduled job makes it (klachtdesk-cli report --pdf, a new process).
#include "bench.h"

#include "reporting/reportfigures.h"
#include "service/session.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <ctime>

namespace kd::bench {
namespace {

constexpr int kComplaints = 100000;
constexpr int kCustomers = 30000;
constexpr qint64 kMinute = 60 * 1000;

QString at(int i, const char *prefix)
{
    // Deterministic UUID-shaped ids keep the generated database the same from run to run.
    return QStringLiteral("%1-0000-7000-8000-%2").arg(QLatin1String(prefix)).arg(i, 12, 10, QLatin1Char('0'));
}

// Fills October 2026 with kComplaints complaints (and their workflow columns) in one transaction.
Status generate(Database &db)
{
    auto tx = runStatement(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!tx)
        return tx;
    QStringList channels, categories;
    for (auto *list : {&channels, &categories}) {
        auto q = runQuery(db, list == &channels ? QStringLiteral("SELECT id FROM channel")
                                                : QStringLiteral("SELECT id FROM category WHERE "
                                                                 "parent_id IS NOT NULL"));
        if (!q)
            return q.error();
        while (q->next())
            *list << q->value(0).toString();
    }
    QRandomGenerator rng(7);
    const qint64 from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone("Europe/Amsterdam"))
                            .toMSecsSinceEpoch();
    const qint64 span = 31LL * 24 * 60 * kMinute;
    QSqlQuery customer(db.sql());
    customer.prepare(QStringLiteral("INSERT INTO customer(id, name, customer_number, created_at, "
                                    "updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, "
                                    "'bench', 'bench')"));
    for (int i = 0; i < kCustomers; ++i) {
        customer.addBindValue(at(i, "00000001"));
        customer.addBindValue(QStringLiteral("Customer %1").arg(i));
        customer.addBindValue(QStringLiteral("C%1").arg(i));
        customer.addBindValue(from);
        customer.addBindValue(from);
        if (!customer.exec())
            return storageError(customer, QStringLiteral("bench customers"));
    }
    QSqlQuery complaint(db.sql());
    complaint.prepare(QStringLiteral(
        "INSERT INTO complaint(id, reference, customer_id, channel_id, received_at, description, "
        "category_id, severity, justified, status, assignee, team, known_complaint, claim_risk, "
        "escalated_at, satisfaction, first_response_at, first_response_due_at, "
        "first_response_missed, resolved_at, resolution_due_at, resolution_missed, created_at, "
        "updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'bench')"));
    QSqlQuery pause(db.sql());
    pause.prepare(QStringLiteral("INSERT INTO complaint_pause(id, complaint_id, started_at, "
                                 "ended_at, created_at, updated_at, created_by, updated_by) "
                                 "VALUES (?, ?, ?, ?, 0, 0, 'bench', 'bench')"));
    static const QStringList severities{QStringLiteral("low"), QStringLiteral("normal"),
                                        QStringLiteral("normal"), QStringLiteral("high"),
                                        QStringLiteral("critical")};
    static const QStringList justified{QStringLiteral("yes"), QStringLiteral("partly"),
                                       QStringLiteral("no"), QStringLiteral("unknown")};
    // Complaints arrive in time order (local_id is arrival order), as registration and a dated
    // import leave them: the month's rows lie together in the table.
    std::vector<qint64> arrivals(kComplaints);
    for (qint64 &a : arrivals)
        a = from + qint64(rng.bounded(quint32(span / 1000))) * 1000;
    std::sort(arrivals.begin(), arrivals.end());
    for (int i = 0; i < kComplaints; ++i) {
        const QString id = at(i, "00000002");
        const qint64 received = arrivals[size_t(i)];
        const bool answered = rng.bounded(100) < 95;
        const qint64 response = received + rng.bounded(24 * 60) * kMinute;
        const bool resolved = rng.bounded(100) < 80;
        const qint64 resolution = response + rng.bounded(10 * 24 * 60) * kMinute;
        const QVariant none;
        const QVariantList values{
            id, QStringLiteral("KL-2026-B%1").arg(i, 6, 10, QLatin1Char('0')),
            at(int(rng.bounded(kCustomers)), "00000001"),
            channels.at(int(rng.bounded(qsizetype(channels.size())))), received,
            rng.bounded(100) < 3 ? none : QVariant(categories.at(int(rng.bounded(qsizetype(categories.size()))))),
            severities.at(int(rng.bounded(5))), justified.at(int(rng.bounded(4))),
            resolved ? QStringLiteral("resolved") : QStringLiteral("in_progress"),
            QStringLiteral("agent%1").arg(rng.bounded(25)),
            QStringLiteral("Team %1").arg(rng.bounded(3) + 1), int(rng.bounded(100) < 30),
            int(rng.bounded(100) < 2), rng.bounded(100) < 4 ? QVariant(received + kMinute) : none,
            resolved && rng.bounded(100) < 40 ? QVariant(int(rng.bounded(5)) + 1) : none,
            answered ? QVariant(response) : none, received + 8 * 60 * kMinute,
            int(response > received + 8 * 60 * kMinute),
            resolved ? QVariant(resolution) : none, received + 5 * 24 * 60 * kMinute,
            int(resolution > received + 5 * 24 * 60 * kMinute), received, received};
        for (const QVariant &v : values)
            complaint.addBindValue(v);
        if (!complaint.exec())
            return storageError(complaint, QStringLiteral("bench complaints"));
        if (i % 10 == 0) { // one in ten waited for the customer for a while
            pause.addBindValue(at(i, "00000003"));
            pause.addBindValue(id);
            pause.addBindValue(received + 10 * kMinute);
            pause.addBindValue(received + 10 * kMinute + rng.bounded(600) * kMinute);
            if (!pause.exec())
                return storageError(pause, QStringLiteral("bench pauses"));
        }
    }
    return runStatement(db, QStringLiteral("COMMIT"));
}

// Like sample(), but the CPU time this process spent per call: on the shared machine the wall
// time is mostly waiting for a core.
std::vector<double> sampleCpu(int n, const std::function<void()> &f)
{
    std::vector<double> out;
    for (int i = 0; i < n; ++i) {
        timespec a{}, b{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
        f();
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
        out.push_back(double(b.tv_sec - a.tv_sec) * 1000.0 + double(b.tv_nsec - a.tv_nsec) / 1e6);
    }
    return out;
}

int runReportBench(const Options &o, Table &table)
{
    // v2: complaints in arrival order (a database made by an earlier version is not reused).
    const QString path = QDir(o.workDir).filePath(QStringLiteral("report-100k-v2.sqlite"));
    {
        auto opened = openWorkstation(path);
        if (!opened) {
            QTextStream(stderr) << opened.error().toString() << '\n';
            return 1;
        }
        Database &db = **opened;
        auto q = runQuery(db, QStringLiteral("SELECT count(*) FROM complaint"));
        if (!q || !q->next())
            return 1;
        if (q->value(0).toInt() < kComplaints) {
            QElapsedTimer t;
            t.start();
            if (auto s = generate(db); !s) {
                QTextStream(stderr) << s.error().toString() << '\n';
                return 1;
            }
            table.figure(QStringLiteral("report: generate 100,000 complaints in one month"),
                         t.elapsed() / 1000.0, QStringLiteral("s"));
        }
        const ReportPeriod october = ReportPeriod::month(2026, 10, QTimeZone("Europe/Amsterdam"));
        ReportCalculator calc(db, QStringLiteral("nl"));
        const int n = std::min(o.repeat, 5);
        (void)runStatement(db, QStringLiteral("PRAGMA mmap_size = 268435456")); // as compute() does
        table.row(QStringLiteral("report: all figures for the month (100,000 complaints)"),
                  sample(n, [&] { (void)calc.compute(october, true); }), {},
                  QStringLiteral("wall time"));
        table.row(QStringLiteral("report: all figures, CPU time"),
                  sampleCpu(n, [&] { (void)calc.compute(october, true); }), {},
                  QStringLiteral("CPU time of this process"));
        // Where the time goes: each figure on its own (outside compute() the counts by
        // category, channel, severity, assessment and satisfaction each query the period cube).
        const QList<std::pair<QString, std::function<void()>>> stages{
            {QStringLiteral("period cube (total)"), [&] { (void)calc.total(october); }},
            {QStringLiteral("trend, 12 months"), [&] { (void)calc.trend(october); }},
            {QStringLiteral("first-response times"), [&] { (void)calc.firstResponse(october); }},
            {QStringLiteral("resolution times"), [&] { (void)calc.resolution(october); }},
            {QStringLiteral("repeat complainants"), [&] { (void)calc.repeatComplainants(october); }},
            {QStringLiteral("backlog by age"), [&] { (void)calc.backlogByAge(october); }},
            {QStringLiteral("workload per agent"), [&] { (void)calc.workload(october); }},
            {QStringLiteral("improvement actions"), [&] { (void)calc.actions(october); }}};
        for (const auto &[what, run] : stages)
            table.row(QStringLiteral("report:   %1").arg(what), sampleCpu(n, run), {},
                      QStringLiteral("CPU time"));
    }
    // The scheduled job: a fresh process opens the database, computes and writes the PDF.
    const QString cli = QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral("klachtdesk-cli"));
    if (!QFileInfo::exists(cli)) {
        QTextStream(stderr) << "klachtdesk-cli not found beside klachtdesk-bench\n";
        return 1;
    }
    const QString pdf = QDir(o.workDir).filePath(QStringLiteral("report-100k.pdf"));
    bool failed = false;
    // The CLI's own stage times (--timings on stderr: "timing STAGE MS"), per run.
    QMap<QString, std::vector<double>> stages;
    const auto samples = sample(std::min(o.repeat, 5), [&] {
        QProcess p;
        p.start(cli, {QStringLiteral("--db"), path, QStringLiteral("report"),
                      QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--workload"),
                      QStringLiteral("--timings"), QStringLiteral("--pdf"), pdf});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            failed = true;
            QTextStream(stderr) << p.readAllStandardError();
            return;
        }
        const QStringList lines = QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 3 && parts[0] == QLatin1String("timing"))
                stages[parts[1]].push_back(parts[2].toDouble());
        }
    });
    table.row(QStringLiteral("report: month PDF via klachtdesk-cli (100,000 complaints)"), samples,
              QStringLiteral("< 3000 ms"),
              failed ? QStringLiteral("FAILED") : QStringLiteral("%1 KB PDF").arg(QFileInfo(pdf).size() / 1024));
    for (auto it = stages.begin(); it != stages.end(); ++it)
        table.row(QStringLiteral("report:   cli stage %1").arg(it.key()), it.value());
    return failed ? 1 : 0;
}

const bool registered = registerBenchmark(
    {QStringLiteral("report"),
     QStringLiteral("monthly report with 100,000 complaints in the month: figures and PDF"),
     runReportBench});

} // namespace
} // namespace kd::bench
