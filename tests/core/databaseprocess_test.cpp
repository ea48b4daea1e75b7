// The single-instance lock and the background sync thread: a second connection inside the
// process that holds the lock, while other programs stay locked out.
#include "testsupport.h"

#include "service/complaintservice.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QThread>

using namespace kd;
using namespace kd::test;

namespace {

Database::Options optionsFor(const QString &path, bool sameProcess)
{
    Database::Options o;
    o.path = path;
    o.user = QStringLiteral("tester");
    o.sameProcess = sameProcess;
    return o;
}

} // namespace

TEST_CASE("a second connection in the same process shares the lock, and another program is "
          "still refused",
          "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    auto gui = Database::open(optionsFor(path, false));
    KD_REQUIRE_OK(gui);

    // Without the option a second connection is refused, as before.
    auto plain = Database::open(optionsFor(path, false));
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().code == ErrorCode::Locked);

    // With it, a thread of this process opens the file and writes; the first connection sees it.
    QString siteInThread;
    Status threadStatus;
    QThread *worker = QThread::create([&] {
        auto second = Database::open(optionsFor(path, true));
        if (!second) {
            threadStatus = second.error();
            return;
        }
        siteInThread = (*second)->siteId();
        threadStatus = (*second)->setStateValue(QStringLiteral("written_by_thread"),
                                                QStringLiteral("yes"));
    });
    worker->start();
    REQUIRE(worker->wait(20000));
    delete worker;
    KD_REQUIRE_OK(threadStatus);
    CHECK(siteInThread == (*gui)->siteId());
    CHECK((*gui)->stateValue(QStringLiteral("written_by_thread")) == QLatin1String("yes"));

    // Another program is refused while this process holds the file, second connection or not.
    auto second = Database::open(optionsFor(path, true));
    KD_REQUIRE_OK(second);
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
    CHECK(run.exitCode == 5);
    CHECK(run.err.contains(QLatin1String("already open")));
    second->reset();
    const CliRun stillLocked = runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
    CHECK(stillLocked.exitCode == 5);

    // Once the holder closes, the file is free for others again.
    gui->reset();
    const CliRun free = runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
    CHECK(free.exitCode == 0);
}

TEST_CASE("a same-process connection in a process that holds no lock takes the lock itself",
          "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alone.sqlite"));
    auto only = Database::open(optionsFor(path, true));
    KD_REQUIRE_OK(only);
    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
    CHECK(run.exitCode == 5);
}
