// The queue as a table model that loads rows page by page while the view scrolls.
#pragma once

#include "storage/complaintstore.h"

#include <QAbstractTableModel>

namespace kd {

class Database;

class ComplaintQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Received, Customer, Channel, Category, Severity, Status, Assignee,
                  Subject, TimeLeft, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ComplaintQueueModel(Database &db, QObject *parent = nullptr);

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    QString idAt(int row) const;
    QString referenceAt(int row) const;
    int rowOfId(const QString &id) const;

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
    Database &m_db;
    QueueFilter m_filter;
    QList<QueueRow> m_rows;
    int m_total = 0;
};

} // namespace kd
