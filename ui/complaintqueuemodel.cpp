// Paged queue rows from core; the view asks for more as it scrolls, and pages scrolled away
// from are dropped and read again by their keyset position when the view comes back.
#include "complaintqueuemodel.h"

#include "storage/database.h"
#include "timelefttext.h"
#include "domain/codewords.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace kd {

ComplaintQueueModel::ComplaintQueueModel(Database &db, QObject *parent, Load load)
    : QAbstractTableModel(parent), m_db(db)
{
    m_filter.language = QLocale().name().left(2);
    if (load == Load::Now)
        reload();
}

void ComplaintQueueModel::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    reload();
}

void ComplaintQueueModel::setCachedPages(int pages)
{
    m_maxPages = std::max(2, pages);
    reload();
}

void ComplaintQueueModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_pageEnds.clear();
    m_rowCount = 0;
    m_atEnd = false;
    // One "now" per load: time left and the overdue view are computed in SQL against it, and the
    // time-left order must not move while pages are read again.
    m_filter.nowMs = m_db.clock().nowMs();
    ComplaintStore store(m_db);
    auto total = store.count(m_filter);
    m_total = total ? *total : 0;
    auto first = store.queueAfter(m_filter, {}, kPageSize);
    if (first) {
        m_atEnd = first->size() < kPageSize;
        m_rowCount = static_cast<int>(first->size());
        if (!first->isEmpty()) {
            m_pageEnds.push_back(first->constLast().sortKey);
            keepPage(0, *first);
        }
    } else {
        m_atEnd = true;
    }
    endResetModel();
    if (!total)
        emit loadFailed(total.error().toString());
    else if (!first)
        emit loadFailed(first.error().toString());
}

void ComplaintQueueModel::keepPage(int index, QList<QueueRow> rows) const
{
    m_pages.insert(index, std::move(rows));
    m_recent.erase(std::remove(m_recent.begin(), m_recent.end(), index), m_recent.end());
    m_recent.push_back(index);
    // Drop the pages used longest ago; the one just kept is the newest and stays.
    while (static_cast<int>(m_pages.size()) > m_maxPages && m_recent.size() > 1) {
        m_pages.remove(m_recent.front());
        m_recent.erase(m_recent.begin());
    }
}

const QList<QueueRow> *ComplaintQueueModel::page(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_pageEnds.size()))
        return nullptr;
    auto it = m_pages.constFind(index);
    if (it != m_pages.constEnd()) {
        if (m_recent.back() != index) {
            m_recent.erase(std::remove(m_recent.begin(), m_recent.end(), index), m_recent.end());
            m_recent.push_back(index);
        }
        return &it.value();
    }
    // Dropped earlier: read it again from where the page before it ended.
    const QVariantList after = index == 0 ? QVariantList() : m_pageEnds.at(size_t(index - 1));
    auto rows = ComplaintStore(m_db).queueAfter(m_filter, after, kPageSize);
    if (!rows)
        return nullptr;
    keepPage(index, std::move(*rows));
    return &m_pages.constFind(index).value();
}

const QueueRow *ComplaintQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<QueueRow> *p = page(row / kPageSize);
    const int i = row % kPageSize;
    // A page read again may be shorter when rows were deleted meanwhile; a reload fixes that.
    return p && i < p->size() ? &p->at(i) : nullptr;
}

QString ComplaintQueueModel::idAt(int row) const
{
    const QueueRow *r = rowAt(row);
    return r ? r->id : QString();
}

QString ComplaintQueueModel::referenceAt(int row) const
{
    const QueueRow *r = rowAt(row);
    return r ? r->reference : QString();
}

int ComplaintQueueModel::rowOfId(const QString &id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        for (int i = 0; i < it.value().size(); ++i)
            if (it.value().at(i).id == id)
                return it.key() * kPageSize + i;
    return -1;
}

int ComplaintQueueModel::rowOfReference(const QString &reference) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        for (int i = 0; i < it.value().size(); ++i)
            if (it.value().at(i).reference == reference)
                return it.key() * kPageSize + i;
    return -1;
}

int ComplaintQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ComplaintQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComplaintQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ComplaintQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QVariantList after = m_pageEnds.empty() ? QVariantList() : m_pageEnds.back();
    auto rows = ComplaintStore(m_db).queueAfter(m_filter, after, kPageSize);
    if (!rows) {
        emit loadFailed(rows.error().toString());
        return;
    }
    m_atEnd = rows->size() < kPageSize;
    if (rows->isEmpty())
        return;
    const int first = m_rowCount;
    beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
    m_pageEnds.push_back(rows->constLast().sortKey);
    m_rowCount += static_cast<int>(rows->size());
    keepPage(static_cast<int>(m_pageEnds.size()) - 1, std::move(*rows));
    endInsertRows();
}

QVariant ComplaintQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const QueueRow &r = *row;
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
