// Time-left text and colours for the queue; the numbers come from SQL (next_due_at), so a repaint
// does only arithmetic.
#include "timelefttext.h"

#include "storage/complaintstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>
#include <QDateTime>
#include <QLocale>

namespace kd::timeleft {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::timeleft", text);
}

QString span(qint64 ms)
{
    const qint64 minutes = std::abs(ms) / 60000;
    if (minutes >= 24 * 60)
        return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

} // namespace

QString text(const QueueRow &row, qint64 nowMs)
{
    if (row.paused)
        return row.pausedLeftMs && *row.pausedLeftMs < 0 ? tr("paused (overdue)") : tr("paused");
    if (!row.nextDueAt)
        return {};
    const qint64 left = *row.nextDueAt - nowMs;
    return left < 0 ? tr("overdue %1").arg(span(left)) : span(left);
}

std::optional<QColor> background(const QueueRow &row, qint64 nowMs)
{
    if (row.paused)
        return row.pausedLeftMs && *row.pausedLeftMs < 0 ? QColor(0xf4, 0xc7, 0xc3)
                                                          : QColor(0xe0, 0xe0, 0xe0);
    if (!row.nextDueAt)
        return std::nullopt;
    const qint64 left = *row.nextDueAt - nowMs;
    if (left < 0)
        return QColor(0xf4, 0xc7, 0xc3);
    if (left < 3600 * 1000)
        return QColor(0xfc, 0xd9, 0xa8);
    if (left < 4 * 3600 * 1000)
        return QColor(0xff, 0xf2, 0xb3);
    return QColor(0xd9, 0xf0, 0xd3);
}

QString toolTip(const QueueRow &row)
{
    QStringList lines;
    if (row.nextDueAt)
        lines << tr("Due %1").arg(QLocale().toString(
                     QDateTime::fromMSecsSinceEpoch(*row.nextDueAt, Qt::UTC).toLocalTime(),
                     QLocale::ShortFormat));
    if (row.paused)
        lines << tr("Clocks stand still while waiting for the customer.");
    if (row.targetMissed)
        lines << tr("A response-time target was missed.");
    if (row.escalated)
        lines << tr("Escalated.");
    if (row.overduePromises > 0)
        lines << QCoreApplication::translate("kd::timeleft", "%n overdue promise(s).", nullptr,
                                             row.overduePromises);
    return lines.join(u'\n');
}

QIcon overduePromiseIcon()
{
    static const QIcon icon = qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return icon;
}

} // namespace kd::timeleft
