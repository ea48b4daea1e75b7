// The status bar's sync corner: online or offline, the last successful sync, changes waiting to
// go up, conflicts to look at (a button), and the progress of a long first sync.
#pragma once

#include "sync/syncworker.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace kd {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    // What the background syncer reports.
    void setState(const SyncState &state);
    // No server set up (or no password yet): the counts still tell what has not gone up.
    void setNotConnected(int pending, int conflicts, const QString &reason);
    // A database with the demo set (service/demodata.h): it never syncs, so nothing "waits to go
    // up"; the corner says so, and `why` is its tooltip.
    void setDemo(const QString &why);

    bool isOnline() const { return m_connected && m_state.link == SyncState::Link::Online; }
    int pending() const { return m_state.pending; }
    int conflicts() const { return m_state.openConflicts; }
    QString text() const;
    QToolButton *conflictsButton() const { return m_conflicts; }
    QToolButton *linkButton() const { return m_link; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void conflictsClicked();
    // The link label was clicked: connect (not connected) or sync now (connected).
    void linkClicked();

private:
    void render();

    SyncState m_state;
    bool m_connected = false;
    bool m_demo = false;
    QString m_reason;
    QToolButton *m_link = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_pending = nullptr;
    QToolButton *m_conflicts = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace kd
