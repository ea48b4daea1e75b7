// The customer's whole history beside a complaint (and from a customer search): every earlier
// complaint, call note, message, reply and promise, newest first, open promises highlighted.
#pragma once

#include "search/historyservice.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTextBrowser;

namespace kd {

class Database;

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    // Entries on first paint; "Show older entries" reads more on demand. A heavy repeat
    // complainant has hundreds, and reading them all would cost the 10 ms that opening may take.
    static constexpr int kFirstPaintEntries = HistoryService::kFirstPaintEntries;
    static constexpr int kMoreEntries = 1000;

    explicit HistoryPanel(Database &db, QWidget *parent = nullptr);

    QTreeWidget *entryList() const { return m_entries; }
    const CustomerHistory &history() const { return m_history; }

public slots:
    void showCustomer(const QString &customerId);
    // Shows the history of the complaint's customer, with the complaint itself marked.
    void showComplaint(const QString &reference);
    void clear();
    // Shows the current customer again with up to kMoreEntries entries.
    void showMore();

signals:
    void complaintChosen(const QString &reference);

private:
    void load(const QString &customerId, int limit);

    Database &m_db;
    QString m_currentReference;
    int m_limit = kFirstPaintEntries;
    QLabel *m_header = nullptr;
    QLabel *m_promises = nullptr;
    QTreeWidget *m_entries = nullptr;
    QTextBrowser *m_body = nullptr;
    CustomerHistory m_history;
};

} // namespace kd
