// The desktop's background syncer: lives in its own thread with its own connection to the local
// database file and to the server; syncs on server notifications, on local changes, on a poll
// timer, and retries with back-off while the server is away (docs/sync.md, "Background sync").
#pragma once

#include "domain/clock.h"
#include "serverconnection.h"
#include "syncengine.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QTimer;

namespace kd {

class Database;

struct SyncWorkerSettings
{
    QString databasePath; // the file the GUI has open (this process holds its lock)
    QString user;         // author written on rows the worker writes (refusals)
    ServerAddress server; // with the password; never stored anywhere by the worker
    const Clock *clock = nullptr;
    int pollMs = 30000;      // fallback when a notification is lost (NOTIFY is not durable)
    int localCheckMs = 250;  // how often the file is checked for another connection's commit
    int pushDelayMs = 150;   // after a local change, so that a burst goes up as one batch
    int minBackoffMs = 1000; // first retry after a failure; doubles up to maxBackoffMs
    int maxBackoffMs = 60000;
    // Small pages: a GUI write waits at most for one page's transaction (200 complaints took
    // 1.5 s on a loaded machine; SQLite's busy_timeout is 5 s).
    int pullPage = 200;
    int heartbeatMs = 10000; // an idle connection is checked this often, so "Online" stays true
};

// What the status bar shows; every field comes from the worker's own look at the database.
struct SyncState
{
    // UpgradeNeeded: the server needs a newer Klachtdesk; retried at the longest back-off only,
    // since nothing changes until the program is updated (or the server lets it in again).
    enum class Link { Connecting, Online, Offline, UpgradeNeeded };
    Link link = Link::Connecting;
    bool syncing = false;
    int pending = 0;          // changes in the change log, waiting to go up
    int openConflicts = 0;
    qint64 lastSuccessMs = 0; // 0: never
    QString lastError;        // of the last failed attempt; empty when online
    int failures = 0;         // failed attempts in a row
    qint64 nextAttemptMs = 0; // when offline: when the next retry is due (ms since epoch)
    qint64 progressDone = 0;  // during a pull: server changes applied / estimated total
    qint64 progressTotal = 0;
};

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(SyncWorkerSettings settings);
    ~SyncWorker() override;

    // Thread-safe: ends a running sync at the next batch or page boundary.
    void requestStop() { m_stop = true; }

public slots:
    // In the worker's thread: opens the local connection and starts syncing.
    void start();
    // Sync shortly (a local change); while offline the back-off timer decides.
    void syncSoon();
    // Try at once, also while offline (the user's "Sync now").
    void syncNow();

signals:
    void stateChanged(const kd::SyncState &state);
    void synced(const kd::SyncReport &report);

private:
    void attempt();
    void fail(const Error &error);
    void checkLocal();
    void heartbeat();
    void recount();
    void publish();
    void onNotification(const QString &name, int source);

    SyncWorkerSettings m_settings;
    std::unique_ptr<Database> m_db;
    ServerConnection m_server;
    QTimer *m_attemptTimer = nullptr;
    QTimer *m_localTimer = nullptr;
    QTimer *m_heartbeatTimer = nullptr;
    qint64 m_dataVersion = -1;
    int m_backoffMs = 0;
    std::atomic_bool m_stop = false;
    SyncState m_state;
};

} // namespace kd

Q_DECLARE_METATYPE(kd::SyncState)
Q_DECLARE_METATYPE(kd::SyncReport)
