// klachtdesk-uibench DB [--startup-only]: the GUI's own figures on a (large) database, measured
// in the real main window: start to a usable window, then the queue scrolled end to end (time
// per page at the top and at the bottom, resident memory). Run with QT_QPA_PLATFORM=offscreen;
// KLACHTDESK_SLOW_SQL_MS=N lists the statements that take N ms or more (core/storage/database.cpp).
#include "complaintqueuemodel.h"
#include "mainwindow.h"

#include "service/session.h"
#include "service/translation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <unistd.h>

namespace {

double residentMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Milliseconds since the kernel started this process (exec, dynamic linking and static
// initialisation included), from /proc/self/stat and /proc/uptime; 10 ms resolution.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat")), up(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !up.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall: starttime
    const double uptime = up.readAll().split(' ').first().toDouble();
    return (uptime - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KlachtdeskBench"));
    QApplication::setApplicationName(QStringLiteral("klachtdesk"));
    kd::installTranslations(app);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: klachtdesk-uibench DB [--startup-only]\n";
        return 2;
    }
    auto db = kd::openWorkstation(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().toString() << '\n';
        return 1;
    }
    const double openMs = sinceMain.nsecsElapsed() / 1e6;
    kd::MainWindow window(**db);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents(); // layout, the first page's rows painted
    window.grab();                 // make sure a frame was really rendered
    const double usableMs = sinceMain.nsecsElapsed() / 1e6;
    const double sinceExecMs = msSinceProcessStart();
    out << "| start to a usable main window (from main()) | " << QString::number(usableMs, 'f', 0)
        << " ms | | < 1 s | database opened after " << QString::number(openMs, 'f', 0) << " ms |\n";
    out << "| start to a usable main window (from exec) | " << QString::number(sinceExecMs, 'f', 0)
        << " ms | | < 1 s | includes loading the Qt libraries |\n";
    out << "| resident memory with the main window open | "
        << QString::number(residentMemoryMb(), 'f', 0) << " MB | | | |\n";
    out.flush();
    if (args.contains(QStringLiteral("--startup-only")))
        return 0;

    // Scroll the queue to the end the way a user dragging the scroll bar down does: the view
    // asks for more at the bottom; every new page is painted.
    QTableView *view = window.queueView();
    kd::ComplaintQueueModel *model = window.queueModel();
    // The whole queue, not the default view of open complaints: every complaint in the file.
    kd::QueueFilter everything = model->filter();
    everything.statuses.clear();
    everything.workflowView.clear();
    everything.sortByTimeLeft = false;
    model->setFilter(everything);
    std::vector<double> firstPages, lastPages;
    std::vector<double> all;
    QElapsedTimer total;
    total.start();
    double peakMb = residentMemoryMb();
    int pages = 0;
    while (model->canFetchMore({})) {
        QElapsedTimer t;
        t.start();
        const int before = model->rowCount();
        view->scrollToBottom();
        if (model->rowCount() == before) // the view did not ask (no layout yet): ask for it
            model->fetchMore({});
        view->scrollToBottom();
        if (pages % 25 == 0) // paint now and then: painting every page would time the painter
            view->viewport()->repaint();
        all.push_back(t.nsecsElapsed() / 1e6);
        if (++pages % 500 == 0)
            peakMb = std::max(peakMb, residentMemoryMb());
    }
    const double scrollSeconds = total.elapsed() / 1000.0;
    const size_t n = std::min<size_t>(50, all.size());
    firstPages.assign(all.begin(), all.begin() + n);
    lastPages.assign(all.end() - n, all.end());
    // And back to the top: the first page was dropped long ago and is read again.
    QElapsedTimer back;
    back.start();
    view->scrollToTop();
    view->viewport()->repaint();
    const double backMs = back.nsecsElapsed() / 1e6;
    peakMb = std::max(peakMb, residentMemoryMb());
    out << "| queue: scroll one page down, first 50 pages (median) | "
        << QString::number(median(firstPages), 'f', 2) << " ms | | | keyset page of "
        << kd::ComplaintQueueModel::kPageSize << " rows; every 25th page painted |\n";
    out << "| queue: scroll one page down, last 50 pages (median) | "
        << QString::number(median(lastPages), 'f', 2) << " ms | | | as fast as the first |\n";
    out << "| queue: scrolled end to end | " << QString::number(scrollSeconds, 'f', 1) << " s | | | "
        << model->rowCount() << " rows in " << pages << " pages; back to the top in "
        << QString::number(backMs, 'f', 1) << " ms |\n";
    out << "| resident memory with the queue scrolled end to end | "
        << QString::number(residentMemoryMb(), 'f', 0) << " MB | | < 250 MB | peak "
        << QString::number(peakMb, 'f', 0) << " MB, " << model->cachedPageCount()
        << " pages in memory |\n";
    return 0;
}
