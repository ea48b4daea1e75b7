// klachtdesk-bench [--dir DIR] [--complaints N] [--repeat N] [NAME ...]: runs the benchmarks.
#include "bench.h"

#include <ctime>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <cmath>

namespace kd::bench {

namespace {
QList<Benchmark> &registry()
{
    static QList<Benchmark> list;
    return list;
}
} // namespace

bool registerBenchmark(Benchmark benchmark)
{
    registry().append(std::move(benchmark));
    return true;
}

const QList<Benchmark> &benchmarks()
{
    return registry();
}

std::vector<double> sample(int n, const std::function<void()> &f)
{
    std::vector<double> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        out.push_back(t.nsecsElapsed() / 1e6);
    }
    return out;
}

std::vector<double> sampleCpu(int n, const std::function<void()> &f)
{
#ifdef Q_OS_UNIX
    auto now = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    };
    std::vector<double> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double start = now();
        f();
        out.push_back(now() - start);
    }
    return out;
#else
    return sample(n, f);
#endif
}

namespace {
// A "Vm...:" line of /proc/self/status in MB, or -1 where there is none.
double statusMb(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}
} // namespace

double residentMemoryMb()
{
    return statusMb("VmRSS:");
}

double peakMemoryMb()
{
    return statusMb("VmHWM:");
}

void Table::row(const QString &what, std::vector<double> s, const QString &target,
                const QString &note)
{
    std::sort(s.begin(), s.end());
    const double median = s.empty() ? 0 : s[s.size() / 2];
    const double p95 = s.empty() ? 0 : s[std::min(s.size() - 1, size_t(std::ceil(s.size() * 0.95)) - 1)];
    m_out << QStringLiteral("| %1 | %2 ms | %3 ms | %4 | %5 |\n")
                 .arg(what)
                 .arg(median, 0, 'f', median < 10 ? 2 : 1)
                 .arg(p95, 0, 'f', p95 < 10 ? 2 : 1)
                 .arg(target, note);
    m_out.flush();
}

void Table::figure(const QString &what, double value, const QString &unit, const QString &target,
                   const QString &note)
{
    m_out << QStringLiteral("| %1 | %2 %3 | | %4 | %5 |\n")
                 .arg(what)
                 .arg(value, 0, 'f', value < 10 ? 2 : 0)
                 .arg(unit, target, note);
    m_out.flush();
}

} // namespace kd::bench

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Klachtdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("klachtdesk-bench"));
    using namespace kd::bench;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measures Klachtdesk's speed on generated data and prints a Markdown table "
        "(median and p95 per operation). Names select benchmarks; none runs them all."));
    p.addHelpOption();
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Work folder for the "
                                 "generated databases (default /tmp/klachtdesk-bench)."),
                                 QStringLiteral("DIR"), QStringLiteral("/tmp/klachtdesk-bench"));
    const QCommandLineOption size(QStringLiteral("complaints"), QStringLiteral("Complaints in the "
                                  "large database (default 1000000)."), QStringLiteral("N"),
                                  QStringLiteral("1000000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Samples per "
                                    "operation (default 20)."), QStringLiteral("N"),
                                    QStringLiteral("20"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the benchmarks."));
    p.addOptions({dir, size, repeat, list});
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("Benchmarks to run."));
    p.process(app);

    QTextStream out(stdout);
    if (p.isSet(list)) {
        for (const Benchmark &b : benchmarks())
            out << b.name.leftJustified(16) << b.summary << '\n';
        return 0;
    }
    Options o;
    o.workDir = p.value(dir);
    o.complaints = p.value(size).toInt();
    o.repeat = std::max(1, p.value(repeat).toInt());
    QDir().mkpath(o.workDir);
    const QStringList wanted = p.positionalArguments();
    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " cores, " << QSysInfo::currentCpuArchitecture() << "; complaints: " << o.complaints
        << "\n\n| operation | median | p95 | target | note |\n|---|---|---|---|---|\n";
    out.flush();
    int failures = 0;
    for (const Benchmark &b : benchmarks()) {
        if (!wanted.isEmpty() && !wanted.contains(b.name))
            continue;
        Table table(out);
        failures += b.run(o, table);
    }
    return failures == 0 ? 0 : 1;
}
