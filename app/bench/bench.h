// klachtdesk-bench: speed and memory figures, run by hand, printed as a table. Each area adds its
// benchmarks in its own file through registerBenchmark.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace kd::bench {

struct Options
{
    QString workDir;          // where generated databases live (kept between runs)
    int complaints = 1000000; // size of the large database
    int repeat = 20;          // samples per measured operation
};

class Table
{
public:
    explicit Table(QTextStream &out) : m_out(out) {}
    // One row: what was measured, median and p95 of the samples in ms, the target, and a note.
    void row(const QString &what, std::vector<double> samplesMs, const QString &target = {},
             const QString &note = {});
    // A row with a single figure (a rate, a size) and its unit.
    void figure(const QString &what, double value, const QString &unit, const QString &target = {},
                const QString &note = {});

private:
    QTextStream &m_out;
};

// Times f() n times, returning milliseconds per call.
std::vector<double> sample(int n, const std::function<void()> &f);
// The same in CPU time of the calling thread: on a busy machine this shows what the work costs
// when wall-clock time mostly measures waiting for a core (on Windows it is wall time).
std::vector<double> sampleCpu(int n, const std::function<void()> &f);
double residentMemoryMb();
double peakMemoryMb(); // the most resident memory this process has had

struct Benchmark
{
    QString name;
    QString summary;
    std::function<int(const Options &, Table &)> run;
};

bool registerBenchmark(Benchmark benchmark);
const QList<Benchmark> &benchmarks();

} // namespace kd::bench
