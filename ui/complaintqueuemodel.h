// The queue as a table model that loads rows page by page while the view scrolls, keeping only a
// bounded number of pages in memory (keyset paging: deep pages cost what the first one does).
#pragma once

#include "storage/complaintstore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace kd {

class Database;

class ComplaintQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Received, Customer, Channel, Category, Severity, Status, Assignee,
                  Subject, TimeLeft, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kDefaultCachedPages = 10;

    // WhenFilterSet: the owner sets its filter right after construction, so the model does not
    // first count and read the whole queue for a filter nobody sees (a million rows at start-up).
    enum class Load { Now, WhenFilterSet };
    explicit ComplaintQueueModel(Database &db, QObject *parent = nullptr, Load load = Load::Now);

    // How many pages of rows stay in memory; pages scrolled away from are read again on demand.
    void setCachedPages(int pages);
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    QString idAt(int row) const;
    QString referenceAt(int row) const;
    // Among the rows in memory (never reads pages again); -1 when not there.
    int rowOfId(const QString &id) const;
    int rowOfReference(const QString &reference) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Reads the first page again (after a save, a sync or a filter change).
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    // The row, reading its page again when it was dropped from memory; nullptr past the end.
    const QueueRow *rowAt(int row) const;
    const QList<QueueRow> *page(int index) const;
    void keepPage(int index, QList<QueueRow> rows) const;

    Database &m_db;
    QueueFilter m_filter;
    int m_rowCount = 0;   // rows the view knows about (grows with fetchMore)
    bool m_atEnd = true;  // the last fetch returned a short page
    int m_total = 0;
    int m_maxPages = kDefaultCachedPages;
    // Where page i ends: the sort key of its last row, i.e. the start of page i + 1. A few bytes
    // per 200 rows, so a million rows need 5,000 of them.
    std::vector<QVariantList> m_pageEnds;
    mutable QHash<int, QList<QueueRow>> m_pages;
    mutable std::vector<int> m_recent; // page numbers, least recently used first
};

} // namespace kd
