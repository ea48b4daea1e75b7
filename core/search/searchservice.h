// The one search box: complaints, customers and messages by words, reference, customer number,
// e-mail, phone or social handle, fast enough to run on every key press.
#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kd {

class Database;

enum class HitKind { Complaint, Customer, Interaction };
QString toString(HitKind kind);

struct SearchHit
{
    HitKind kind = HitKind::Complaint;
    QString id;          // the complaint's, customer's or interaction's id
    QString title;       // reference + subject, the customer's name, or the message's complaint
    QString snippet;     // the matching text with matched words in [brackets]
    QString matchedOn;   // "reference", "customer_number", "email", "phone", "handle", "name", "text"
    QDateTime when;      // received, created or occurred
    QString complaintId; // the complaint a hit belongs to, when it belongs to one
    QString reference;   // that complaint's reference
    QString customerId;
    QString customerName;
};

struct SearchOptions
{
    int limit = 20;          // hits of each kind
    // Newest-first is the default: FTS5 walks a word's rows in rowid (arrival) order, which is
    // nearly free at any size. ranked = true orders by bm25 within the newest rankWindow matches,
    // so the cost stays bounded however common the word is.
    bool ranked = false;
    int rankWindow = 2000;
    bool complaints = true;
    bool customers = true;
    bool interactions = true;
};

class SearchService
{
public:
    explicit SearchService(Database &db);

    // Any text is safe: it is split into words and quoted, never parsed as a query language.
    // Identifier hits (reference, number, e-mail, phone, handle) come first, then customers by
    // name, then complaints and messages by their words.
    Result<QList<SearchHit>> search(const QString &text, const SearchOptions &options = {});

private:
    Status findByIdentifier(const QString &text, const SearchOptions &o, QList<SearchHit> &out);
    Status findCustomers(const QString &match, const SearchOptions &o, QList<SearchHit> &out);
    Status findComplaints(const QString &match, const SearchOptions &o, QList<SearchHit> &out);
    Status findInteractions(const QString &match, const SearchOptions &o, QList<SearchHit> &out);

    Database &m_db;
};

} // namespace kd
