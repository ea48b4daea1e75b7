// Turns core's notifications into desktop notifications: a timer runs the workflow check and
// shows what is pending for the logged-in user. The rules live in core.
#pragma once

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace kd {

class Database;

class WorkflowNotifier : public QObject
{
    Q_OBJECT
public:
    WorkflowNotifier(Database &db, QObject *parent = nullptr);

    void start(int intervalMs = 60000);

public slots:
    // Runs the check and shows the pending notifications; returns how many were shown.
    int poll();

signals:
    void notified(const QString &title, const QString &body);
    void queueChanged();

private:
    Database &m_db;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace kd
