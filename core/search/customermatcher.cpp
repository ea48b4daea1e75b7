// Range scans over the identifier indexes and FTS5 over names; no LIKE scans.
#include "customermatcher.h"

#include "domain/phone.h"
#include "ftsquery.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSet>

namespace kd {
namespace {

QString rangeEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

// Every word as a prefix (two letters or more), so "s de vri" finds "Sanne de Vries".
QString allWordsAsPrefixes(const QStringList &tokens)
{
    QStringList parts;
    for (const QString &t : tokens)
        parts << QLatin1Char('"') + t + (t.size() >= 2 ? QStringLiteral("\"*") : QStringLiteral("\""));
    return parts.join(QLatin1Char(' '));
}

} // namespace

CustomerMatcher::CustomerMatcher(Database &db) : m_db(db) {}

Result<QList<CustomerMatch>> CustomerMatcher::suggest(const QString &text, int limit)
{
    QList<CustomerMatch> out;
    const QString t = text.trimmed().left(200);
    if (t.isEmpty() || limit <= 0)
        return out;
    QStringList ids, matchedOn;
    QSet<QString> seen;
    auto collect = [&](const QString &sql, const QVariantList &values, const QString &on) -> Status {
        if (ids.size() >= limit)
            return {};
        auto q = runQuery(m_db, sql, values);
        if (!q)
            return q.error();
        while (q->next() && ids.size() < limit) {
            const QString id = q->value(0).toString();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            ids << id;
            matchedOn << on;
        }
        return {};
    };

    const bool oneWord = !t.contains(QLatin1Char(' '));
    if (oneWord) {
        if (auto s = collect(QStringLiteral("SELECT id FROM customer WHERE customer_number <> '' "
                                            "AND customer_number >= ?1 COLLATE NOCASE AND "
                                            "customer_number < ?2 COLLATE NOCASE AND deleted_at IS "
                                            "NULL LIMIT ?3"),
                             {t, rangeEnd(t), limit}, QStringLiteral("customer_number"));
            !s)
            return s.error();
        if (auto s = collect(QStringLiteral("SELECT id FROM customer WHERE email <> '' AND "
                                            "email >= ?1 COLLATE NOCASE AND email < ?2 COLLATE "
                                            "NOCASE AND deleted_at IS NULL LIMIT ?3"),
                             {t, rangeEnd(t), limit}, QStringLiteral("email"));
            !s)
            return s.error();
    }
    const QString phone = normalizePhone(t);
    int digits = 0;
    for (const QChar c : t)
        digits += c.isDigit() ? 1 : 0;
    if (digits >= 4 && phone.size() >= 4) {
        if (auto s = collect(QStringLiteral("SELECT id FROM customer WHERE phone_norm <> '' AND "
                                            "phone_norm >= ?1 AND phone_norm < ?2 AND deleted_at "
                                            "IS NULL LIMIT ?3"),
                             {phone, rangeEnd(phone), limit}, QStringLiteral("phone"));
            !s)
            return s.error();
    }
    const QString handle = normalizeHandle(t);
    if (oneWord && handle.size() >= 2) {
        if (auto s = collect(QStringLiteral("SELECT h.customer_id FROM customer_handle h JOIN "
                                            "customer c ON c.id = h.customer_id WHERE "
                                            "h.handle_norm >= ?1 AND h.handle_norm < ?2 AND "
                                            "h.deleted_at IS NULL AND c.deleted_at IS NULL LIMIT ?3"),
                             {handle, rangeEnd(handle), limit}, QStringLiteral("handle"));
            !s)
            return s.error();
    }
    const QStringList words = fts::tokens(t);
    if (!words.isEmpty()) {
        if (auto s = collect(QStringLiteral("SELECT c.id FROM (SELECT rowid AS rid FROM customer_fts "
                                            "WHERE customer_fts MATCH ?1 ORDER BY rowid DESC "
                                            "LIMIT ?2) m JOIN customer c ON c.local_id = m.rid "
                                            "WHERE c.deleted_at IS NULL"),
                             {allWordsAsPrefixes(words), limit * 2}, QStringLiteral("name"));
            !s)
            return s.error();
        // A similar name: some of the longer words in common, best first.
        QStringList longer;
        for (const QString &w : words)
            if (w.size() >= 3)
                longer << w;
        if (longer.size() >= 2) {
            if (auto s = collect(QStringLiteral("SELECT c.id FROM (SELECT rid, score FROM (SELECT "
                                                "rowid AS rid, rank AS score FROM customer_fts "
                                                "WHERE customer_fts MATCH ?1 ORDER BY rowid DESC "
                                                "LIMIT 2000) ORDER BY score LIMIT ?2) m "
                                                "JOIN customer c ON c.local_id = m.rid "
                                                "WHERE c.deleted_at IS NULL ORDER BY m.score"),
                                 {fts::matchAny(longer), limit * 2}, QStringLiteral("name"));
                !s)
                return s.error();
        }
    }

    CustomerStore store(m_db);
    for (int i = 0; i < ids.size(); ++i) {
        auto c = store.get(ids.at(i));
        if (!c)
            return c.error();
        out.append({*c, matchedOn.at(i)});
    }
    return out;
}

} // namespace kd
