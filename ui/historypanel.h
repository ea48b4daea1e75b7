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
    explicit HistoryPanel(Database &db, QWidget *parent = nullptr);

    QTreeWidget *entryList() const { return m_entries; }
    const CustomerHistory &history() const { return m_history; }

public slots:
    void showCustomer(const QString &customerId);
    // Shows the history of the complaint's customer, with the complaint itself marked.
    void showComplaint(const QString &reference);
    void clear();

signals:
    void complaintChosen(const QString &reference);

private:
    Database &m_db;
    QString m_currentReference;
    QLabel *m_header = nullptr;
    QLabel *m_promises = nullptr;
    QTreeWidget *m_entries = nullptr;
    QTextBrowser *m_body = nullptr;
    CustomerHistory m_history;
};

} // namespace kd
