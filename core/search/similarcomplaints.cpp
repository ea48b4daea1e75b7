// Candidates from FTS5 (the newest matches of each salient word, plus the same product), then
// rescored in C++ so that the score means the same on any database size.
#include "similarcomplaints.h"

#include "ftsquery.h"
#include "storage/complaintrow.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace kd {
namespace {

constexpr double kTextWeight = 0.6;
constexpr double kCategoryWeight = 0.25;
constexpr double kProductWeight = 0.15;

struct Term
{
    QString text;
    qint64 df = 0;
    double weight = 0;
};

// Document frequencies change slowly; a small cache per database file saves the vocabulary
// lookups (each walks the word's list of rows) when the same complaint is opened again. An entry
// holds while the complaint table has grown by less than 1% since it was read: on a small
// database every new complaint refreshes it (a word's second use must count), on a million
// rows it lasts ten thousand registrations.
class FrequencyCache
{
public:
    std::optional<qint64> get(const QString &key, qint64 rows)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_values.constFind(key);
        if (it == m_values.cend() || rows < it->rows || rows > it->rows + it->rows / 100)
            return std::nullopt;
        return it->df;
    }
    void put(const QString &key, qint64 df, qint64 rows)
    {
        QMutexLocker lock(&m_mutex);
        if (m_values.size() > 50000)
            m_values.clear();
        m_values.insert(key, {df, rows});
    }

private:
    struct Entry
    {
        qint64 df;
        qint64 rows;
    };
    QMutex m_mutex;
    QHash<QString, Entry> m_values;
};

FrequencyCache &frequencyCache()
{
    static FrequencyCache cache;
    return cache;
}

QSet<QString> foldedWords(const QString &text)
{
    QSet<QString> out;
    for (const QString &t : fts::tokens(text, 100000))
        out.insert(fts::fold(t));
    return out;
}

bool hasColumn(Database &db, const QString &table, const QString &column)
{
    auto q = runQuery(db, QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"),
                      {table, column});
    return q && q->next();
}

} // namespace

SimilarComplaints::SimilarComplaints(Database &db) : m_db(db) {}

Result<qint64> SimilarComplaints::complaintRows()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT coalesce(max(local_id), 0) FROM complaint"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<qint64> SimilarComplaints::documentFrequency(const QString &term, qint64 rows,
                                                    int exactUpTo)
{
    const QString key = m_db.path() + QLatin1Char('\n') + QString::number(exactUpTo)
                        + QLatin1Char('\n') + term;
    if (auto cached = frequencyCache().get(key, rows))
        return *cached;
    // fts5vocab counts a word's documents by walking its whole list of rows: 50 ms for a word in
    // a third of a million complaints, paid for every common word of every complaint opened.
    // Only the rare words are ever picked, so the walk stops after the newest exactUpTo rows;
    // for a word with more, its frequency is extrapolated from how far back in arrival order
    // (rowid) those rows reach. Exact below that count, which is every word of a small database.
    const qint64 cap = std::max(1, exactUpTo);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT count(*), min(rid) FROM (SELECT rowid AS rid FROM "
                                     "complaint_fts WHERE complaint_fts MATCH ?1 "
                                     "ORDER BY rowid DESC LIMIT ?2)"),
                      {fts::matchAny({term}), cap});
    if (!q)
        return q.error();
    qint64 df = 0;
    if (q->next()) {
        df = q->value(0).toLongLong();
        if (df >= cap) {
            const qint64 reach = std::max<qint64>(1, rows - q->value(1).toLongLong() + 1);
            df = std::max(df, qint64(double(df) * double(rows) / double(reach)));
        }
    }
    frequencyCache().put(key, df, rows);
    return df;
}

Result<QList<SimilarComplaint>> SimilarComplaints::forComplaint(const QString &complaintId,
                                                                const SimilarOptions &options)
{
    auto q = complaintRow(m_db,
                          QStringLiteral("SELECT subject, description, category_id, product_ref "
                                         "FROM complaint WHERE id = ?"),
                          complaintId);
    if (!q)
        return q.error();
    SimilarQuery sq;
    sq.excludeId = complaintId;
    sq.subject = q->value(0).toString();
    sq.description = q->value(1).toString();
    sq.categoryId = q->value(2).toString();
    sq.productRef = q->value(3).toString();
    return find(sq, options);
}

Result<QList<SimilarComplaint>> SimilarComplaints::find(const SimilarQuery &query,
                                                        const SimilarOptions &o)
{
    QList<SimilarComplaint> out;
    // Salient words with their weights (inverse document frequency).
    auto rows = complaintRows();
    if (!rows)
        return rows.error();
    const double n = std::max<qint64>(1, *rows);
    // The complaint itself is in the index when it is stored: a word only it has says nothing.
    const qint64 minDf = query.excludeId.isEmpty() ? 1 : 2;

    QList<Term> terms;
    {
        QSet<QString> seen;
        for (const QString &t : fts::tokens(query.subject + QLatin1Char(' ') + query.description, 400)) {
            const QString f = fts::fold(t);
            if (seen.contains(f) || fts::isStopWord(f) || f.front().isDigit())
                continue;
            seen.insert(f);
            auto df = documentFrequency(f, *rows, o.exactFrequencyUpTo);
            if (!df)
                return df.error();
            if (*df >= minDf)
                terms.append({f, *df, std::log(1.0 + n / double(*df))});
            if (seen.size() >= 60)
                break;
        }
        std::stable_sort(terms.begin(), terms.end(),
                         [](const Term &a, const Term &b) { return a.df < b.df; });
        if (terms.size() > o.salientTerms)
            terms.resize(o.salientTerms);
    }
    double totalWeight = 0;
    QStringList words;
    for (const Term &t : terms) {
        totalWeight += t.weight;
        words << t.text;
    }

    // Candidates: the newest matches of each salient word, scored by the weights of the words
    // they share, which is the text score find() ranks by; plus the same product. (bm25 over the
    // union of the words read every match's length and positions: 22 ms of a 30 ms look-up at a
    // million complaints; a word's list of rows alone is cheap, as only rare words are asked.)
    QList<qint64> rowids;
    {
        QHash<qint64, double> shared;
        for (const Term &t : terms) {
            auto q = runQuery(m_db,
                              QStringLiteral("SELECT rowid FROM complaint_fts WHERE complaint_fts "
                                             "MATCH ?1 ORDER BY rowid DESC LIMIT ?2"),
                              {fts::matchAny({t.text}), o.window});
            if (!q)
                return q.error();
            while (q->next())
                shared[q->value(0).toLongLong()] += t.weight;
        }
        QList<std::pair<double, qint64>> ranked;
        ranked.reserve(shared.size());
        for (auto it = shared.cbegin(); it != shared.cend(); ++it)
            ranked.append({it.value(), it.key()});
        const qsizetype keep = std::min<qsizetype>(o.candidates, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                          [](const auto &a, const auto &b) { return a > b; }); // newest on a tie
        for (qsizetype i = 0; i < keep; ++i)
            rowids << ranked.at(i).second;
    }
    if (!query.productRef.trimmed().isEmpty()) {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT local_id FROM complaint WHERE product_ref = ? "
                                         "AND product_ref <> '' ORDER BY received_at DESC LIMIT 50"),
                          {query.productRef.trimmed()});
        if (!q)
            return q.error();
        while (q->next())
            rowids << q->value(0).toLongLong();
    }
    if (rowids.isEmpty())
        return out;
    std::sort(rowids.begin(), rowids.end());
    rowids.erase(std::unique(rowids.begin(), rowids.end()), rowids.end());

    // Integers from the database itself, so the IN list cannot carry user text.
    QStringList ids;
    for (qint64 r : rowids)
        ids << QString::number(r);
    QString sql = QStringLiteral("SELECT id, reference, subject, description, status, category_id, "
                                 "product_ref, received_at, known_complaint, known_group_id "
                                 "FROM complaint WHERE local_id IN (%1) AND deleted_at IS NULL")
                      .arg(ids.join(u','));
    QVariantList values;
    if (o.receivedFrom.isValid()) {
        sql += QStringLiteral(" AND received_at >= ?");
        values << o.receivedFrom.toMSecsSinceEpoch();
    }
    if (o.receivedUntil.isValid()) {
        sql += QStringLiteral(" AND received_at < ?");
        values << o.receivedUntil.toMSecsSinceEpoch();
    }
    auto q = runQuery(m_db, sql, values);
    if (!q)
        return q.error();
    const QString product = query.productRef.trimmed();
    while (q->next()) {
        SimilarComplaint s;
        s.id = q->value(0).toString();
        if (s.id == query.excludeId)
            continue;
        s.reference = q->value(1).toString();
        s.subject = q->value(2).toString();
        s.description = q->value(3).toString();
        s.status = q->value(4).toString();
        s.categoryId = q->value(5).toString();
        s.productRef = q->value(6).toString();
        s.receivedAt = fromMs(q->value(7));
        s.known = q->value(8).toInt() != 0;
        s.knownGroupId = q->value(9).toString();
        const QSet<QString> have = foldedWords(s.subject + QLatin1Char(' ') + s.description);
        double found = 0;
        for (const Term &t : terms)
            if (have.contains(t.text)) {
                found += t.weight;
                s.sharedTerms << t.text;
            }
        s.textScore = totalWeight > 0 ? found / totalWeight : 0;
        s.sameCategory = !query.categoryId.isEmpty() && s.categoryId == query.categoryId;
        s.sameProduct = !product.isEmpty() && s.productRef.compare(product, Qt::CaseInsensitive) == 0;
        s.score = kTextWeight * s.textScore + (s.sameCategory ? kCategoryWeight : 0)
                  + (s.sameProduct ? kProductWeight : 0);
        if (s.score >= o.minScore)
            out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const SimilarComplaint &a, const SimilarComplaint &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.receivedAt > b.receivedAt;
    });
    if (out.size() > o.limit)
        out.resize(o.limit);
    if (o.withSolutions)
        if (auto s = readSolutions(out); !s)
            return s.error();
    return out;
}

Status SimilarComplaints::readSolutions(QList<SimilarComplaint> &list)
{
    // The workflow's solution column arrives with migration 0003; without it, the reply alone.
    const bool solutionColumn = hasColumn(m_db, QStringLiteral("complaint"), QStringLiteral("solution"));
    for (SimilarComplaint &s : list) {
        auto r = runQuery(m_db,
                          QStringLiteral("SELECT body, occurred_at FROM interaction "
                                         "WHERE complaint_id = ? AND direction = 'outbound' "
                                         "AND kind = 'reply' AND deleted_at IS NULL "
                                         "ORDER BY occurred_at DESC LIMIT 1"),
                          {s.id});
        if (!r)
            return r.error();
        if (r->next()) {
            s.reply = r->value(0).toString();
            s.repliedAt = fromMs(r->value(1));
        }
        if (solutionColumn) {
            auto q = runQuery(m_db, QStringLiteral("SELECT solution FROM complaint WHERE id = ?"),
                              {s.id});
            if (!q)
                return q.error();
            if (q->next())
                s.solution = q->value(0).toString();
        }
    }
    return {};
}

} // namespace kd
