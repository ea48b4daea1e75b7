// A bar inside the main window that keeps the latest workflow notification visible until it is
// dismissed: desktop notifications are easy to miss, and some desktops (or offscreen) have no tray.
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace kd {

class NotificationBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NotificationBanner(QWidget *parent = nullptr);

    QString text() const;
    int count() const { return int(m_titles.size()); }

public slots:
    void add(const QString &title, const QString &body);
    void dismiss();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();
    void fitText();

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    QStringList m_titles;
    QString m_lastBody;
    QString m_fullText; // what text() returns; the label shows it on one line, elided to fit
};

} // namespace kd
