// The background syncer's loop: one attempt at a time, driven by timers and notifications in the
// worker thread's event loop.
#include "syncworker.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QTimer>

namespace kd {

namespace {
const QString kChannel = QStringLiteral("klachtdesk_changes");
}

SyncWorker::SyncWorker(SyncWorkerSettings settings) : m_settings(std::move(settings))
{
    m_backoffMs = m_settings.minBackoffMs;
}

SyncWorker::~SyncWorker()
{
    // Runs in the worker thread (deleteLater on the thread's finished signal), so both
    // connections close in the thread that opened them.
    m_server.close();
    m_db.reset();
}

void SyncWorker::start()
{
    m_attemptTimer = new QTimer(this);
    m_attemptTimer->setSingleShot(true);
    connect(m_attemptTimer, &QTimer::timeout, this, &SyncWorker::attempt);
    m_localTimer = new QTimer(this);
    connect(m_localTimer, &QTimer::timeout, this, &SyncWorker::checkLocal);
    m_heartbeatTimer = new QTimer(this);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &SyncWorker::heartbeat);

    Database::Options o;
    o.path = m_settings.databasePath;
    o.user = m_settings.user;
    o.clock = m_settings.clock;
    o.sameProcess = true; // the GUI's connection holds the lock; this one shares it
    auto db = Database::open(o);
    if (!db) {
        // Without the local file there is nothing to sync; say so and stay idle.
        m_state.link = SyncState::Link::Offline;
        m_state.lastError = db.error().toString();
        publish();
        return;
    }
    m_db = std::move(*db);
    recount();
    publish();
    m_localTimer->start(m_settings.localCheckMs);
    m_heartbeatTimer->start(m_settings.heartbeatMs);
    attempt();
}

void SyncWorker::syncSoon()
{
    // While offline the back-off timer decides; hammering a server that is down helps nobody.
    if (!m_attemptTimer || m_stop || m_state.link == SyncState::Link::Offline
        || m_state.link == SyncState::Link::UpgradeNeeded)
        return;
    if (!m_attemptTimer->isActive() || m_attemptTimer->remainingTime() > m_settings.pushDelayMs)
        m_attemptTimer->start(m_settings.pushDelayMs);
}

void SyncWorker::syncNow()
{
    if (m_attemptTimer && !m_stop)
        m_attemptTimer->start(0);
}

void SyncWorker::onNotification(const QString &name, int source)
{
    // Our own push makes the server notify this session too: nothing new to fetch then.
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return;
    if (m_attemptTimer && !m_stop)
        m_attemptTimer->start(0);
}

void SyncWorker::attempt()
{
    if (m_stop || !m_db)
        return;
    m_attemptTimer->stop();
    if (!m_server.isOpen()) {
        if (auto s = m_server.open(m_settings.server); !s)
            return fail(s.error());
        // The notification only says "pull": it carries no data, whoever may listen.
        QSqlDriver *driver = m_server.sql().driver();
        driver->subscribeToNotification(kChannel);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    onNotification(name, int(source));
                });
    }
    m_state.syncing = true;
    publish();

    SyncOptions options;
    options.pullPage = m_settings.pullPage;
    // Small pages in a first sync too: a write of the window waits for the page being written.
    options.firstSyncPage = m_settings.pullPage;
    options.cancelled = [this] { return m_stop.load(); };
    options.progress = [this](qint64 done, qint64 total) {
        m_state.progressDone = done;
        m_state.progressTotal = total;
        emit stateChanged(m_state);
    };
    auto report = SyncEngine(*m_db, m_server, options).syncOnce();
    m_state.syncing = false;
    m_state.progressDone = m_state.progressTotal = 0;
    if (!report) {
        // The connection may be half dead: start from a fresh one next time.
        m_server.close();
        return fail(report.error());
    }
    m_backoffMs = m_settings.minBackoffMs;
    m_state.link = SyncState::Link::Online;
    m_state.failures = 0;
    m_state.nextAttemptMs = 0;
    m_state.lastError.clear();
    recount();
    publish();
    emit synced(*report);
    if (m_stop)
        return;
    // A change made while this sync ran goes up at once; otherwise poll as a fallback.
    m_attemptTimer->start(m_state.pending > 0 ? m_settings.pushDelayMs : m_settings.pollMs);
}

void SyncWorker::fail(const Error &error)
{
    const bool tooOld = error.code == ErrorCode::SchemaTooNew;
    m_state.link = tooOld ? SyncState::Link::UpgradeNeeded : SyncState::Link::Offline;
    if (tooOld)
        m_backoffMs = m_settings.maxBackoffMs;
    m_state.syncing = false;
    m_state.lastError = error.toString();
    ++m_state.failures;
    // Real time, not the database's clock: the status bar counts down to it.
    m_state.nextAttemptMs = QDateTime::currentMSecsSinceEpoch() + m_backoffMs;
    // Retried by the timer alone: no local edit is needed to try again.
    if (!m_stop)
        m_attemptTimer->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_settings.maxBackoffMs);
    recount();
    publish();
}

void SyncWorker::checkLocal()
{
    if (!m_db || m_stop)
        return;
    // data_version changes when another connection (the GUI's) committed to the file.
    auto q = runQuery(*m_db, QStringLiteral("PRAGMA data_version"));
    if (!q || !q->next())
        return;
    const qint64 version = q->value(0).toLongLong();
    q->finish();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    const int before = m_state.pending;
    const int conflictsBefore = m_state.openConflicts;
    recount();
    if (m_state.pending != before || m_state.openConflicts != conflictsBefore)
        publish();
    if (m_state.pending > 0)
        syncSoon();
}

void SyncWorker::heartbeat()
{
    // A server that went away while nobody edited would otherwise look online until the next
    // poll: the status bar must not claim a link that is gone.
    if (m_stop || m_state.link != SyncState::Link::Online)
        return;
    // libpq drops a connection whose socket reached end of file while the driver listened for
    // notifications: then the connection is no longer open at all.
    if (!m_server.isOpen()) {
        m_server.close();
        return fail(makeError(ErrorCode::Network,
                              QCoreApplication::translate("kd::sync",
                                                          "The connection to the server was lost.")));
    }
    if (auto q = m_server.query(QStringLiteral("SELECT 1")); !q) {
        m_server.close();
        fail(q.error());
    }
}

void SyncWorker::recount()
{
    if (!m_db)
        return;
    auto st = SyncEngine::status(*m_db);
    if (!st)
        return;
    m_state.pending = st->pending;
    m_state.openConflicts = st->openConflicts;
    m_state.lastSuccessMs = st->lastSuccessMs;
}

void SyncWorker::publish()
{
    emit stateChanged(m_state);
}

} // namespace kd
