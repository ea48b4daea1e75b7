// Wires BackgroundSync to the status widget; recounts locally while not connected.
#include "synccontroller.h"

#include "service/demodata.h"
#include "storage/database.h"
#include "syncstatuswidget.h"

#include <QTimer>

namespace kd {

SyncController::SyncController(Database &db, SyncStatusWidget *status, QObject *parent)
    : QObject(parent), m_db(db), m_status(status)
{
    m_counts = new QTimer(this);
    m_counts->setInterval(2000);
    connect(m_counts, &QTimer::timeout, this, &SyncController::refreshCounts);
    m_counts->start();
    refreshCounts();
}

SyncController::~SyncController()
{
    // The worker's connection shares this process's lock on the file: it closes first.
    m_sync.reset();
}

void SyncController::start(SyncWorkerSettings settings)
{
    m_sync.reset();
    settings.databasePath = m_db.path();
    settings.user = m_db.user();
    if (!settings.clock)
        settings.clock = &m_db.clock();
    m_sync = std::make_unique<BackgroundSync>(settings);
    connect(m_sync.get(), &BackgroundSync::stateChanged, this, [this](const SyncState &s) {
        if (m_status)
            m_status->setState(s);
        emit stateChanged(s);
    });
    connect(m_sync.get(), &BackgroundSync::synced, this, [this](const SyncReport &r) {
        if (r.pulled > 0 || r.conflicts > 0 || r.rejected > 0)
            emit remoteChanges();
    });
    m_counts->stop();
    m_sync->start();
}

void SyncController::stop(const QString &reason)
{
    m_sync.reset();
    m_reason = reason;
    m_counts->start();
    refreshCounts();
}

void SyncController::refreshCounts()
{
    if (m_sync || !m_status)
        return;
    if (holdsDemoData(m_db)) {
        m_status->setDemo(demoDataNotSyncedMessage(m_db));
        return;
    }
    auto st = SyncEngine::status(m_db);
    if (st)
        m_status->setNotConnected(st->pending, st->openConflicts, m_reason);
}

void SyncController::syncNow()
{
    if (m_sync)
        m_sync->syncNow();
}

} // namespace kd
