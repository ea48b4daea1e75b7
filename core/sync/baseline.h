// A fresh copy of every row the server has, for a desktop whose place in the change feed is gone:
// the server was restored from a backup (a new epoch) or removed feed entries this desktop had
// not pulled yet (`server compact`). Paged and resumable like a pull; unsent work stays pending;
// nothing is ever deleted on the server because of it (docs/sync.md, "Baseline").
#pragma once

#include "domain/error.h"
#include "syncengine.h"

#include <QList>

namespace kd {

class Database;
class LocalApplier;
class ServerConnection;
struct RemoteChange;

class Baseline
{
public:
    enum class Reason {
        Restored,  // the server came back from a backup: what it lacks, this desktop sends back
        Compacted, // the feed was cut: what the server no longer has was deleted long ago
    };

    Baseline(Database &local, ServerConnection &server, const SyncOptions &options);

    // Starts one, remembering the rows this desktop had from the server, unless one is under way
    // (a kill in the middle resumes it). `cursorAfter`: the feed position to go on from, taken
    // from the server before the first row is read.
    static Status begin(Database &local, Reason reason, const QString &cursorAfter);
    static bool underWay(Database &local);

    // Runs it (or the rest of it) to the end, one local transaction per page.
    Status run(SyncReport &report);

private:
    QStringList tablesParentsFirst(LocalApplier &applier);
    Status finish(LocalApplier &applier, Reason reason, QStringList order);
    Status resendDeletions(const QString &table, const QList<RemoteChange> &page);

    Database &m_local;
    ServerConnection &m_server;
    const SyncOptions &m_options;
};

} // namespace kd
