// Known-complaint verdicts written as ordinary field changes.
#include "knowncomplaints.h"

#include "storage/complaintrow.h"
#include "storage/database.h"
#include "storage/rowmeta.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <sqlite3.h>

#include <optional>

namespace kd {

KnownRule KnownRule::load(Database &db)
{
    KnownRule r;
    r.minSimilar = db.stateValue(QStringLiteral("known.min_similar"), QString::number(r.minSimilar)).toInt();
    r.withinDays = db.stateValue(QStringLiteral("known.within_days"), QString::number(r.withinDays)).toInt();
    r.minScore = db.stateValue(QStringLiteral("known.min_score"), QString::number(r.minScore)).toDouble();
    if (r.minSimilar < 1)
        r.minSimilar = 3;
    if (r.withinDays < 1)
        r.withinDays = 30;
    return r;
}

Status KnownRule::save(Database &db) const
{
    if (auto s = db.setStateValue(QStringLiteral("known.min_similar"), QString::number(minSimilar)); !s)
        return s;
    if (auto s = db.setStateValue(QStringLiteral("known.within_days"), QString::number(withinDays)); !s)
        return s;
    return db.setStateValue(QStringLiteral("known.min_score"), QString::number(minScore));
}

KnownComplaints::KnownComplaints(Database &db) : m_db(db) {}

Result<bool> KnownComplaints::isMarked(const QString &complaintId)
{
    auto q = runQuery(m_db, QStringLiteral("SELECT known_complaint FROM complaint WHERE id = ?"),
                      {complaintId});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toInt() != 0;
}

Result<KnownVerdict> KnownComplaints::evaluate(const QString &complaintId)
{
    return evaluate(complaintId, KnownRule::load(m_db));
}

Result<KnownVerdict> KnownComplaints::evaluate(const QString &complaintId, const KnownRule &rule)
{
    KnownVerdict v;
    auto q = complaintRow(m_db,
                          QStringLiteral("SELECT received_at, known_complaint, known_group_id "
                                         "FROM complaint WHERE id = ? AND deleted_at IS NULL"),
                          complaintId);
    if (!q)
        return q.error();
    const QDateTime received = fromMs(q->value(0));
    const bool alreadyKnown = q->value(1).toInt() != 0;
    const QString ownGroup = q->value(2).toString();
    q->finish();

    SimilarOptions o;
    o.limit = std::max(rule.minSimilar * 4, 20);
    o.minScore = rule.minScore;
    o.receivedFrom = received.addDays(-rule.withinDays);
    o.receivedUntil = received.addMSecs(1); // earlier ones, and those received at the same time
    o.withSolutions = false;
    auto similar = SimilarComplaints(m_db).forComplaint(complaintId, o);
    if (!similar)
        return similar.error();
    v.matches = *similar;
    v.known = v.matches.size() >= rule.minSimilar;
    if (!v.known) {
        v.known = alreadyKnown;
        v.groupId = ownGroup;
        return v;
    }

    // The group is the one a match already belongs to, else the earliest complaint matched.
    v.groupId = ownGroup;
    for (const SimilarComplaint &s : v.matches)
        if (v.groupId.isEmpty() && !s.knownGroupId.isEmpty())
            v.groupId = s.knownGroupId;
    if (v.groupId.isEmpty()) {
        const SimilarComplaint *first = &v.matches.first();
        for (const SimilarComplaint &s : v.matches)
            if (s.receivedAt < first->receivedAt)
                first = &s;
        v.groupId = first->id;
    }

    // Our own transaction unless the caller (registration) already has one open.
    std::optional<Transaction> tx;
    if (sqlite3 *h = m_db.handle(); h && sqlite3_get_autocommit(h)) {
        tx.emplace(m_db);
        if (auto s = tx->begin(); !s)
            return s.error();
    }
    RowWriter writer(m_db);
    auto mark = [&](const QString &id) -> Status {
        auto changes = writer.update(QStringLiteral("complaint"), id,
                                     {{QStringLiteral("known_complaint"), 1},
                                      {QStringLiteral("known_group_id"), v.groupId}});
        if (!changes)
            return changes.error();
        if (!changes->isEmpty())
            v.markedIds << id;
        return {};
    };
    if (auto s = mark(complaintId); !s)
        return s.error();
    for (const SimilarComplaint &s : v.matches)
        if (!s.known) // one already in a group keeps its group
            if (auto st = mark(s.id); !st)
                return st.error();
    if (tx)
        if (auto s = tx->commit(); !s)
            return s.error();
    return v;
}

} // namespace kd
