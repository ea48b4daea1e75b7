// Renders SyncState as short status-bar text; a one-second tick keeps "retry in N s" and
// "synced N min ago" honest between reports.
#include "syncstatuswidget.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace kd {

SyncStatusWidget::SyncStatusWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_link = new QToolButton(this);
    m_link->setObjectName(QStringLiteral("syncLink"));
    m_link->setAutoRaise(true);
    m_link->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_link, &QToolButton::clicked, this, &SyncStatusWidget::linkClicked);
    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("syncLast"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setStyleSheet(QStringLiteral("QToolButton { color: #b35900; font-weight: bold; }"));
    m_conflicts->setToolTip(tr("Edits that met a colleague's edit of the same field: look at them "
                               "and restore a kept value in one click"));
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsClicked);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setFormat(tr("Receiving %p%"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addWidget(m_link);
    layout->addWidget(m_last);
    layout->addWidget(m_pending);
    layout->addWidget(m_conflicts);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SyncStatusWidget::render);
    m_tick->start();
    render();
}

void SyncStatusWidget::setState(const SyncState &state)
{
    m_connected = true;
    m_demo = false;
    m_state = state;
    render();
}

void SyncStatusWidget::setNotConnected(int pending, int conflicts, const QString &reason)
{
    m_connected = false;
    m_demo = false;
    m_state = SyncState{};
    m_state.link = SyncState::Link::Offline;
    m_state.pending = pending;
    m_state.openConflicts = conflicts;
    m_reason = reason;
    render();
}

void SyncStatusWidget::setDemo(const QString &why)
{
    m_connected = false;
    m_demo = true;
    m_state = SyncState{};
    m_reason = why;
    render();
}

QString SyncStatusWidget::text() const
{
    QStringList parts{m_link->text()};
    if (!m_demo)
        parts << m_last->text() << m_pending->text();
    if (!m_conflicts->isHidden())
        parts << m_conflicts->text();
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" | "));
}

void SyncStatusWidget::render()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString linkText, color, tip;
    if (m_demo) {
        linkText = tr("Demo data, never synced");
        color = QStringLiteral("#888888");
        tip = m_reason;
    } else if (!m_connected) {
        linkText = tr("Not connected");
        color = QStringLiteral("#888888");
        tip = m_reason.isEmpty() ? tr("Click to connect to the team's server.") : m_reason;
    } else if (m_state.syncing) {
        linkText = tr("Syncing...");
        color = QStringLiteral("#2a7ab0");
    } else {
        switch (m_state.link) {
        case SyncState::Link::Connecting:
            linkText = tr("Connecting...");
            color = QStringLiteral("#888888");
            break;
        case SyncState::Link::Online:
            linkText = tr("Online");
            color = QStringLiteral("#2e8b3a");
            tip = tr("Changes go up and come down by themselves. Click to sync now.");
            break;
        case SyncState::Link::Offline: {
            const qint64 wait = std::max<qint64>(0, (m_state.nextAttemptMs - now + 999) / 1000);
            linkText = wait > 0 ? tr("Offline, retrying in %n s", nullptr, int(wait))
                                : tr("Offline, retrying");
            color = QStringLiteral("#c0392b");
            tip = tr("%1\nYour work is kept here and goes up when the server answers. Click to "
                     "try now.")
                      .arg(m_state.lastError);
            break;
        }
        case SyncState::Link::UpgradeNeeded:
            linkText = tr("Update needed");
            color = QStringLiteral("#c0392b");
            tip = tr("%1\nYour work is kept here and goes up once Klachtdesk is updated.")
                      .arg(m_state.lastError);
            break;
        }
    }
    // A coloured dot and word: the colour helps, the word says it (colour-blind users).
    m_link->setText(QString(QChar(0x25CF)) + QLatin1Char(' ') + linkText);
    m_link->setToolTip(tip);
    m_link->setStyleSheet(QStringLiteral("QToolButton { color: %1; }").arg(color));

    // The demo's changes never go up: no "never synced" or count beside the word.
    m_last->setVisible(!m_demo);
    m_pending->setVisible(!m_demo);
    if (m_state.lastSuccessMs > 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_state.lastSuccessMs).toLocalTime();
        const qint64 ago = (now - m_state.lastSuccessMs) / 1000;
        QString when;
        if (ago < 60)
            when = tr("just now");
        else if (at.date() == QDate::currentDate())
            when = QLocale().toString(at.time(), QLocale::ShortFormat);
        else
            when = QLocale().toString(at, QLocale::ShortFormat);
        m_last->setText(tr("Last sync %1").arg(when));
        m_last->setToolTip(QLocale().toString(at, QLocale::LongFormat));
    } else {
        m_last->setText(tr("Never synced"));
        m_last->setToolTip(QString());
    }
    m_pending->setText(m_state.pending == 0 ? tr("Nothing waiting to go up")
                                            : tr("%n change(s) waiting to go up", nullptr,
                                                 m_state.pending));
    m_conflicts->setText(tr("%n conflict(s)", nullptr, m_state.openConflicts));
    m_conflicts->setVisible(m_state.openConflicts > 0);

    const bool showProgress = m_state.syncing && m_state.progressTotal > 0;
    if (showProgress) {
        m_progress->setMaximum(int(std::min<qint64>(m_state.progressTotal, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(m_state.progressDone, INT_MAX)));
        m_progress->setToolTip(tr("%1 of about %2 changes received")
                                   .arg(QLocale().toString(m_state.progressDone),
                                        QLocale().toString(m_state.progressTotal)));
    }
    m_progress->setVisible(showProgress);
}

} // namespace kd
