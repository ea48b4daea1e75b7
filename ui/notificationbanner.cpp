// The in-window notification bar: the newest notification in full, a count of the others.
#include "notificationbanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace kd {

NotificationBanner::NotificationBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("notificationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#notificationBanner { background: #fff3cd; border: 1px solid "
                                 "#e0c36c; border-radius: 3px; } QLabel { color: #664d03; }"));
    setAccessibleName(tr("Notifications"));
    m_icon = new QLabel(this);
    m_icon->setPixmap(qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("notificationText"));
    // One line, elided, with the whole text as tooltip: a wrapped label in a side pane gets less
    // height than it needs (QTBUG-37673) and was cut off at top and bottom.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("dismissNotifications"));
    m_close->setText(tr("Dismiss"));
    m_close->setToolTip(tr("Hide these notifications"));
    connect(m_close, &QToolButton::clicked, this, &NotificationBanner::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    hide();
}

QString NotificationBanner::text() const
{
    return m_fullText;
}

void NotificationBanner::add(const QString &title, const QString &body)
{
    m_titles.prepend(title);
    m_lastBody = body;
    updateText();
    show();
}

void NotificationBanner::dismiss()
{
    m_titles.clear();
    m_lastBody.clear();
    m_fullText.clear();
    m_label->clear();
    hide();
}

void NotificationBanner::updateText()
{
    QString t = m_titles.isEmpty() ? QString() : m_titles.first() + QStringLiteral(": ") + m_lastBody;
    if (m_titles.size() > 1)
        t += QLatin1Char(' ')
             + tr("(and %n more: %1)", nullptr, int(m_titles.size() - 1))
                   .arg(m_titles.mid(1, 3).join(QStringLiteral(", ")));
    m_fullText = t.simplified();
    m_label->setToolTip(m_fullText);
    fitText();
}

void NotificationBanner::fitText()
{
    m_label->setText(m_label->fontMetrics().elidedText(m_fullText, Qt::ElideRight,
                                                        std::max(40, m_label->width())));
}

void NotificationBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitText();
}

} // namespace kd
