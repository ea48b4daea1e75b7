// The GUI side of sync: starts and stops the background syncer for the window's database, feeds
// the status widget, and opens the connect and conflicts dialogs.
#pragma once

#include "sync/backgroundsync.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace kd {

class Database;
class SyncStatusWidget;

class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(Database &db, SyncStatusWidget *status, QObject *parent = nullptr);
    ~SyncController() override;

    // Starts syncing the window's database in the background with these settings (the database
    // path and user are filled in from the window's database).
    void start(SyncWorkerSettings settings);
    void stop(const QString &reason = {});
    bool isRunning() const { return m_sync != nullptr; }
    BackgroundSync *backgroundSync() const { return m_sync.get(); }

public slots:
    // Recounts what is waiting while no syncer runs (the syncer counts for itself).
    void refreshCounts();
    void syncNow();

signals:
    // Changes from colleagues arrived: views reload.
    void remoteChanges();
    void stateChanged(const kd::SyncState &state);

private:
    Database &m_db;
    QPointer<SyncStatusWidget> m_status;
    std::unique_ptr<BackgroundSync> m_sync;
    QTimer *m_counts = nullptr;
    QString m_reason;
};

} // namespace kd
