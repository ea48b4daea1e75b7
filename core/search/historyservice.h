// A customer's whole history on every channel, newest first, so nobody has to explain again.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kd {

class Database;

struct HistoryEntry
{
    enum class Kind { Complaint, Interaction, Promise };
    Kind kind = Kind::Complaint;
    QString id;
    QDateTime when;        // received, occurred, or (promises) due
    QString complaintId;
    QString reference;
    QString channelCode;
    QString channelName;
    QString title;         // subject; "inbound message", "outbound reply"; the promise
    QString body;          // description, message text, promise text
    QString status;        // complaint status, promise state
    QString direction;     // interactions: inbound, outbound, internal
    QString kindCode;      // interactions: message, call_note, reply, note
    bool open = false;     // an open complaint or an open promise: highlighted
    bool overdue = false;  // an open promise past its due time
};
QString toString(HistoryEntry::Kind kind);

struct CustomerHistory
{
    Customer customer;
    QString preferredChannelName;  // empty when not recorded
    int complaintsLast12Months = 0;
    int complaintsTotal = 0;
    int openComplaints = 0;
    QList<HistoryEntry> openPromises; // open promises, soonest due first (also in entries)
    QList<HistoryEntry> entries;      // everything, newest first
    bool truncated = false;           // more entries exist than the limit
};

class HistoryService
{
public:
    // What a panel shows first (docs/benchmarks.md: a heavy repeat complainant has hundreds of
    // entries; reading them all costs more than opening a complaint may take). More on demand.
    static constexpr int kFirstPaintEntries = 50;

    explicit HistoryService(Database &db);

    // The customer by id, customer number, e-mail, phone (any formatting) or social handle.
    Result<Customer> resolveCustomer(const QString &key);

    // Complaints, interactions (on the customer or on their complaints) and promises, newest
    // first, at most limit entries; counts cover everything. language picks channel names.
    Result<CustomerHistory> forCustomer(const QString &customerId, int limit = 300,
                                        const QString &language = QStringLiteral("en"));

private:
    Database &m_db;
};

} // namespace kd
