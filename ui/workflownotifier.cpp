// Periodic check and desktop notifications through the system tray.
#include "workflownotifier.h"

#include "storage/database.h"
#include "workflow/notificationcenter.h"
#include "workflow/workflowservice.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace kd {

WorkflowNotifier::WorkflowNotifier(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &WorkflowNotifier::poll);
}

void WorkflowNotifier::start(int intervalMs)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && !m_tray) {
        m_tray = new QSystemTrayIcon(qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation),
                                     this);
        m_tray->setToolTip(tr("Klachtdesk"));
        m_tray->show();
    }
    m_timer->start(intervalMs);
    QTimer::singleShot(0, this, &WorkflowNotifier::poll);
}

int WorkflowNotifier::poll()
{
    auto report = WorkflowService(m_db).check();
    if (report && (report->missedTargets > 0 || report->escalations > 0 || report->pauseLimits > 0))
        emit queueChanged();
    NotificationCenter center(m_db);
    auto pending = center.pending(m_db.user());
    if (!pending)
        return 0;
    int shown = 0;
    for (const Notification &n : *pending) {
        if (m_tray)
            m_tray->showMessage(n.title, n.body,
                                n.kind == QLatin1String("escalated")
                                        || n.kind == QLatin1String("target_missed")
                                    ? QSystemTrayIcon::Warning
                                    : QSystemTrayIcon::Information);
        emit notified(n.title, n.body);
        Transaction tx(m_db);
        if (!tx.begin())
            break;
        if (!center.markSeen(n.id) || !tx.commit())
            break;
        ++shown;
    }
    return shown;
}

} // namespace kd
