// Search as you type: identifier range scans first, then FTS5 newest-first (or bounded ranking).
#include "searchservice.h"

#include "domain/phone.h"
#include "ftsquery.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/sqlquery.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace kd {

QString toString(HitKind kind)
{
    switch (kind) {
    case HitKind::Complaint: return QStringLiteral("complaint");
    case HitKind::Customer: return QStringLiteral("customer");
    case HitKind::Interaction: return QStringLiteral("interaction");
    }
    return {};
}

namespace {

// Upper bound of a "starts with" range: every string with the prefix sorts below it.
QString rangeEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

bool looksLikePhone(const QString &text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!QStringLiteral("+-() ./").contains(c))
            return false;
    }
    return digits >= 6;
}

// The ORDER BY and window for an FTS query: newest first, or bm25 within the newest matches.
QString ftsSelect(const QString &table, const SearchOptions &o)
{
    if (!o.ranked)
        return QStringLiteral("SELECT rowid AS rid, 0 AS score FROM %1 WHERE %1 MATCH ?1 "
                              "ORDER BY rowid DESC LIMIT ?2")
            .arg(table);
    return QStringLiteral("SELECT rid, score FROM (SELECT rowid AS rid, rank AS score FROM %1 "
                          "WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT ?) "
                          "ORDER BY score LIMIT ?")
        .arg(table);
}

// The bound values for ftsSelect: Qt refuses a statement with more values than placeholders.
QVariantList ftsValues(const QString &match, int limit, const SearchOptions &o)
{
    if (o.ranked)
        return {match, o.rankWindow, limit};
    return {match, limit};
}

} // namespace

SearchService::SearchService(Database &db) : m_db(db) {}

Result<QList<SearchHit>> SearchService::search(const QString &text, const SearchOptions &options)
{
    QList<SearchHit> hits;
    const QString trimmed = text.trimmed().left(200);
    if (trimmed.isEmpty())
        return hits;
    if (auto s = findByIdentifier(trimmed, options, hits); !s)
        return s.error();
    const QStringList tokens = fts::tokens(trimmed);
    const QString match = fts::matchAll(tokens);
    if (!match.isEmpty()) {
        if (options.customers)
            if (auto s = findCustomers(match, options, hits); !s)
                return s.error();
        if (options.complaints)
            if (auto s = findComplaints(match, options, hits); !s)
                return s.error();
        if (options.interactions)
            if (auto s = findInteractions(match, options, hits); !s)
                return s.error();
    }
    // One hit per thing: an identifier hit wins over the same row found by its words.
    QSet<QString> seen;
    QList<SearchHit> unique;
    for (SearchHit &h : hits) {
        const QString key = toString(h.kind) + QLatin1Char(':') + h.id;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (h.snippet.isEmpty() && h.matchedOn == QLatin1String("text"))
            h.snippet = h.title;
        unique.append(std::move(h));
    }
    for (SearchHit &h : unique)
        if (h.matchedOn == QLatin1String("text"))
            h.snippet = fts::snippet(h.snippet, tokens);
    return unique;
}

Status SearchService::findByIdentifier(const QString &text, const SearchOptions &o,
                                       QList<SearchHit> &out)
{
    const bool oneWord = !text.contains(QLatin1Char(' '));
    static const QRegularExpression referenceLike(QStringLiteral("^KL-?\\d"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (o.complaints && referenceLike.match(text).hasMatch()) {
        QString ref = text.toUpper();
        if (ref.size() > 2 && ref.at(2) != QLatin1Char('-'))
            ref.insert(2, QLatin1Char('-'));
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT c.id, c.reference, c.subject, c.received_at, "
                                         "c.customer_id, cu.name FROM complaint c "
                                         "LEFT JOIN customer cu ON cu.id = c.customer_id "
                                         "WHERE c.reference >= ?1 AND c.reference < ?2 "
                                         "AND c.deleted_at IS NULL ORDER BY c.reference DESC "
                                         "LIMIT ?3"),
                          {ref, rangeEnd(ref), o.limit});
        if (!q)
            return q.error();
        while (q->next()) {
            SearchHit h;
            h.kind = HitKind::Complaint;
            h.id = q->value(0).toString();
            h.reference = q->value(1).toString();
            h.complaintId = h.id;
            h.title = h.reference + QStringLiteral("  ") + q->value(2).toString();
            h.snippet = q->value(2).toString();
            h.when = fromMs(q->value(3));
            h.customerId = q->value(4).toString();
            h.customerName = q->value(5).toString();
            h.matchedOn = QStringLiteral("reference");
            out.append(h);
        }
    }
    if (!o.customers || (!oneWord && !looksLikePhone(text)))
        return {};

    struct Probe
    {
        QString on;
        QString where;
        QString value;
    };
    QList<Probe> probes;
    if (oneWord) {
        probes.append({QStringLiteral("customer_number"),
                       QStringLiteral("c.customer_number <> '' AND c.customer_number >= ?1 "
                                      "COLLATE NOCASE AND c.customer_number < ?2 COLLATE NOCASE"),
                       text});
        probes.append({QStringLiteral("email"),
                       QStringLiteral("c.email <> '' AND c.email >= ?1 COLLATE NOCASE "
                                      "AND c.email < ?2 COLLATE NOCASE"),
                       text});
        const QString handle = normalizeHandle(text);
        if (handle.size() >= 2)
            probes.append({QStringLiteral("handle"),
                           QStringLiteral("c.id IN (SELECT customer_id FROM customer_handle "
                                          "WHERE handle_norm >= ?1 AND handle_norm < ?2 "
                                          "AND deleted_at IS NULL)"),
                           handle});
    }
    if (looksLikePhone(text)) {
        const QString phone = normalizePhone(text);
        if (phone.size() >= 6)
            probes.append({QStringLiteral("phone"),
                           QStringLiteral("c.phone_norm <> '' AND c.phone_norm >= ?1 "
                                          "AND c.phone_norm < ?2"),
                           phone});
    }
    for (const Probe &p : probes) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT c.id, c.name, c.customer_number, c.email, c.phone, "
                                         "c.created_at FROM customer c WHERE %1 "
                                         "AND c.deleted_at IS NULL LIMIT ?3")
                              .arg(p.where),
                          {p.value, rangeEnd(p.value), o.limit});
        if (!q)
            return q.error();
        while (q->next()) {
            SearchHit h;
            h.kind = HitKind::Customer;
            h.id = q->value(0).toString();
            h.customerId = h.id;
            h.customerName = q->value(1).toString();
            h.title = h.customerName;
            h.snippet = QStringList{q->value(2).toString(), q->value(3).toString(),
                                    q->value(4).toString()}
                            .filter(QRegularExpression(QStringLiteral(".")))
                            .join(QStringLiteral("  "));
            h.when = fromMs(q->value(5));
            h.matchedOn = p.on;
            out.append(h);
        }
    }
    return {};
}

namespace {

// The non-empty parts, joined: a snippet or title without dangling separators.
QString joinFilled(const QStringList &parts, const QString &separator)
{
    QStringList filled;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            filled << p;
    return filled.join(separator);
}

// The one shape of every word search: the FTS matches (newest first or ranked within a window,
// ftsSelect) joined to the rows they index, each row read into a hit. rowsSql selects from
// "(%1) m" and filters tombstones; toHit reads one row of it.
Status collectTextHits(Database &db, const QString &rowsSql, const QString &ftsTable,
                       const QString &match, const SearchOptions &o,
                       const std::function<SearchHit(const QSqlQuery &)> &toHit,
                       QList<SearchHit> &out)
{
    auto q = runQuery(db, rowsSql.arg(ftsSelect(ftsTable, o)), ftsValues(match, o.limit, o));
    if (!q)
        return q.error();
    while (q->next()) {
        SearchHit h = toHit(*q);
        h.matchedOn = QStringLiteral("text");
        out.append(h);
    }
    return {};
}

} // namespace

Status SearchService::findCustomers(const QString &match, const SearchOptions &o,
                                    QList<SearchHit> &out)
{
    // Customers are few next to complaints; a small fixed limit keeps the popup readable.
    SearchOptions co = o;
    co.limit = std::min(o.limit, 10);
    return collectTextHits(
        m_db,
        QStringLiteral("SELECT c.id, c.name, c.customer_number, c.email, c.phone, c.created_at "
                       "FROM (%1) m JOIN customer c ON c.local_id = m.rid "
                       "WHERE c.deleted_at IS NULL"),
        QStringLiteral("customer_fts"), match, co,
        [](const QSqlQuery &q) {
            SearchHit h;
            h.kind = HitKind::Customer;
            h.id = q.value(0).toString();
            h.customerId = h.id;
            h.customerName = q.value(1).toString();
            h.title = h.customerName;
            h.snippet = joinFilled({q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString()},
                                   QStringLiteral("  "));
            h.when = fromMs(q.value(5));
            return h;
        },
        out);
}

Status SearchService::findComplaints(const QString &match, const SearchOptions &o,
                                     QList<SearchHit> &out)
{
    return collectTextHits(
        m_db,
        QStringLiteral("SELECT c.id, c.reference, c.subject, c.received_at, c.customer_id, cu.name, "
                       "c.description, c.product_ref "
                       "FROM (%1) m JOIN complaint c ON c.local_id = m.rid "
                       "LEFT JOIN customer cu ON cu.id = c.customer_id "
                       "WHERE c.deleted_at IS NULL"),
        QStringLiteral("complaint_fts"), match, o,
        [](const QSqlQuery &q) {
            SearchHit h;
            h.kind = HitKind::Complaint;
            h.id = q.value(0).toString();
            h.complaintId = h.id;
            h.reference = q.value(1).toString();
            h.title = h.reference + QStringLiteral("  ") + q.value(2).toString();
            h.when = fromMs(q.value(3));
            h.customerId = q.value(4).toString();
            h.customerName = q.value(5).toString();
            h.snippet = joinFilled({q.value(2).toString(), q.value(6).toString(),
                                    q.value(7).toString()},
                                   QStringLiteral(" \u00b7 "));
            return h;
        },
        out);
}

Status SearchService::findInteractions(const QString &match, const SearchOptions &o,
                                       QList<SearchHit> &out)
{
    return collectTextHits(
        m_db,
        QStringLiteral("SELECT i.id, i.kind, i.direction, i.occurred_at, i.body, i.complaint_id, "
                       "c.reference, coalesce(i.customer_id, c.customer_id), cu.name "
                       "FROM (%1) m JOIN interaction i ON i.local_id = m.rid "
                       "LEFT JOIN complaint c ON c.id = i.complaint_id "
                       "LEFT JOIN customer cu ON cu.id = coalesce(i.customer_id, c.customer_id) "
                       "WHERE i.deleted_at IS NULL"),
        QStringLiteral("interaction_fts"), match, o,
        [](const QSqlQuery &q) {
            SearchHit h;
            h.kind = HitKind::Interaction;
            h.id = q.value(0).toString();
            h.when = fromMs(q.value(3));
            h.snippet = q.value(4).toString();
            h.complaintId = q.value(5).toString();
            h.reference = q.value(6).toString();
            h.customerId = q.value(7).toString();
            h.customerName = q.value(8).toString();
            h.title = joinFilled({h.reference, h.customerName, q.value(1).toString()},
                                 QStringLiteral("  "));
            return h;
        },
        out);
}

} // namespace kd
