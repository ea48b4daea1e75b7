// The sync protocol of a desktop: push the change log in idempotent batches, pull the server's
// change feed from a commit-safe cursor, both resumable after a cut at any point (docs/sync.md).
#pragma once

#include "domain/error.h"

#include <QString>

#include <functional>

namespace kd {

class Database;
class ServerConnection;

struct SyncOptions
{
    int pushBatch = 500;  // changes per server transaction
    int pullPage = 2000;  // server changes per local transaction
    int referenceBlock = 100;
    // A first sync of at least this many server changes into a desktop with at most a tenth as
    // many complaints runs without the big tables' secondary indexes and builds them at its end.
    qint64 suspendIndexesFrom = 50000;
    // Server changes per local transaction in such a first sync. The desktop's sync worker
    // sets its own small pages (SyncWorkerSettings::pullPage), so that a save of the window waits
    // at most for one small page; this size is the command line's, which has no window. With
    // ids in creation order 5,000 and 10,000 took the same time; with random ids 5,000 took 9 %
    // longer (more commits of random index pages).
    int firstSyncPage = 10000;
    // Progress of a pull: server changes applied so far and an estimate of the total.
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;
};

struct SyncReport
{
    int pushed = 0;     // changes the server applied
    int conflicts = 0;  // pushed changes that met a concurrent edit (kept as conflicts)
    int rejected = 0;   // pushed changes the server refused for this user
    int duplicates = 0; // changes the server had already applied (a resent batch)
    int pulled = 0;     // server changes applied locally
    int removed = 0;    // complaints removed here because they moved to another team
    qint64 clockOffsetMs = 0;
    bool rebaselined = false;
    int erasures = 0;   // pulled erasures after which this desktop scrubbed its file
    QString scrubError; // set when compacting the file after one failed
};

// What the status bar shows.
struct SyncStatus
{
    int pending = 0;
    int openConflicts = 0;
    qint64 lastSuccessMs = 0; // 0: never
    QString lastError;
};

class LocalApplier;

class SyncEngine
{
public:
    static constexpr int kProtocolVersion = 1;
    // local_state keys of the feed position: (transaction id, seq) of the last change pulled.
    static constexpr const char *kCursorTxKey = "sync_cursor_tx";
    static constexpr const char *kCursorSeqKey = "sync_cursor_seq";

    SyncEngine(Database &local, ServerConnection &server, SyncOptions options = {});

    // Handshake, every pending change up, every available server change down.
    Result<SyncReport> syncOnce();

    Status handshake(SyncReport &report);
    // Refuses a server other than the one this database has synced with (kd.meta server_id,
    // server schema 9): its rows would go to the wrong server, that server's rows come here.
    // Called by the handshake and by `connect` before it stores a new address.
    Status checkSameServer();
    Status push(SyncReport &report);
    Status pull(SyncReport &report);

    static Result<SyncStatus> status(Database &local);

private:
    // kd.meta as key -> value; a server without the schema is said so.
    Result<QHash<QString, QString>> serverMeta();
    Status checkSameServer(const QHash<QString, QString> &meta);
    Status ensureReferenceBlock();
    // pull() without building suspended indexes again.
    Status pullPages(SyncReport &report);
    Status fetchComplaintRows(LocalApplier &applier, const QString &complaintId);
    Result<QString> serverHorizon();

    Database &m_local;
    ServerConnection &m_server;
    SyncOptions m_options;
};

} // namespace kd
