// Paged queue rows from core; the view asks for more as it scrolls.
#include "complaintqueuemodel.h"

#include "storage/database.h"
#include "timelefttext.h"
#include "uitext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kd {

ComplaintQueueModel::ComplaintQueueModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    m_filter.language = QLocale().name().left(2);
    reload();
}

void ComplaintQueueModel::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    reload();
}

void ComplaintQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    // One "now" per load: time left and the overdue view are computed in SQL against it.
    m_filter.nowMs = m_db.clock().nowMs();
    ComplaintStore store(m_db);
    auto total = store.count(m_filter);
    m_total = total ? *total : 0;
    auto page = store.queue(m_filter, 0, kPageSize);
    if (page)
        m_rows = *page;
    endResetModel();
    if (!total)
        emit loadFailed(total.error().toString());
    else if (!page)
        emit loadFailed(page.error().toString());
}

QString ComplaintQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString ComplaintQueueModel::referenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).reference : QString();
}

int ComplaintQueueModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ComplaintQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplaintQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComplaintQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ComplaintQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    auto page = ComplaintStore(m_db).queue(m_filter, static_cast<int>(m_rows.size()), kPageSize);
    if (!page) {
        emit loadFailed(page.error().toString());
        return;
    }
    if (page->isEmpty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()),
                    static_cast<int>(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

QVariant ComplaintQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QueueRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference: return r.reference;
        case Received: return QLocale().toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat);
        case Customer: return r.customerName;
        case Channel: return r.channelName;
        case Category: return r.categoryName;
        case Severity: return uitext::severity(r.severity);
        case Status: return uitext::status(r.status);
        case Assignee: return r.assignee.isEmpty() ? tr("unassigned") : r.assignee;
        case Subject: return r.subject;
        case TimeLeft: return timeleft::text(r, m_db.clock().nowMs());
        }
    } else if (role == Qt::BackgroundRole && index.column() == TimeLeft) {
        if (auto c = timeleft::background(r, m_db.clock().nowMs()))
            return QBrush(*c);
    } else if (role == Qt::ToolTipRole && index.column() == TimeLeft) {
        return timeleft::toolTip(r);
    } else if (role == Qt::DecorationRole && index.column() == Reference && r.overduePromises > 0) {
        // Counted in the page's SQL (QueueRow::overduePromises), so painting does no lookups.
        return timeleft::overduePromiseIcon();
    } else if (role == Qt::ToolTipRole && index.column() == Reference && r.overduePromises > 0) {
        return tr("%n promise(s) to the customer overdue", nullptr, r.overduePromises);
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Severity && r.severity == kd::Severity::Critical)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (index.column() == Assignee && r.assignee.isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
    } else if (role == Qt::UserRole) {
        return r.id;
    }
    return {};
}

QVariant ComplaintQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference: return tr("Reference");
    case Received: return tr("Received");
    case Customer: return tr("Customer");
    case Channel: return tr("Channel");
    case Category: return tr("Category");
    case Severity: return tr("Severity");
    case Status: return tr("Status");
    case Assignee: return tr("Assignee");
    case Subject: return tr("Subject");
    case TimeLeft: return tr("Time left");
    }
    return {};
}

} // namespace kd
