// Owns the sync worker's thread for the GUI: starts it, forwards its state, stops it cleanly
// (a running sync ends at the next batch boundary) before the GUI's database closes.
#pragma once

#include "syncworker.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace kd {

class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundSync(SyncWorkerSettings settings, QObject *parent = nullptr);
    ~BackgroundSync() override;

    void start();
    // Waits for the worker thread to end; safe to call twice.
    void stop();
    bool isRunning() const;
    const SyncState &state() const { return m_state; }
    const SyncWorkerSettings &settings() const { return m_settings; }

public slots:
    void syncNow();

signals:
    void stateChanged(const kd::SyncState &state);
    void synced(const kd::SyncReport &report);

private:
    SyncWorkerSettings m_settings;
    QThread *m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
    SyncState m_state;
};

} // namespace kd
