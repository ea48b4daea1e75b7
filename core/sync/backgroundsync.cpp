// The worker thread's life: the worker is created here, moved to the thread, and deleted inside
// it when the thread's event loop ends.
#include "backgroundsync.h"

#include <QMetaObject>
#include <QThread>

namespace kd {

BackgroundSync::BackgroundSync(SyncWorkerSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    qRegisterMetaType<kd::SyncState>();
    qRegisterMetaType<kd::SyncReport>();
}

BackgroundSync::~BackgroundSync()
{
    stop();
}

void BackgroundSync::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("kd-sync"));
    m_worker = new SyncWorker(m_settings);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateChanged, this, [this](const SyncState &s) {
        m_state = s;
        emit stateChanged(s);
    });
    connect(m_worker, &SyncWorker::synced, this, &BackgroundSync::synced);
    m_thread->start();
}

void BackgroundSync::stop()
{
    if (!m_thread)
        return;
    if (m_worker)
        m_worker->requestStop();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool BackgroundSync::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundSync::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace kd
