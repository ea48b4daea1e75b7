// Marking known complaints: one that matches several recent ones points at a structural problem
// (source article 003) and counts as such in reports.
#pragma once

#include "domain/error.h"
#include "similarcomplaints.h"

#include <QList>
#include <QString>

namespace kd {

class Database;

// A complaint is known when at least minSimilar earlier complaints received in the withinDays
// before it score at least minScore as similar (SimilarComplaints' score).
struct KnownRule
{
    int minSimilar = 3;
    int withinDays = 30;
    double minScore = 0.5;

    // Stored per database in local_state ("known.min_similar", ...); defaults when absent.
    static KnownRule load(Database &db);
    Status save(Database &db) const;
};

struct KnownVerdict
{
    bool known = false;
    QString groupId;                 // the first complaint of the group
    QList<SimilarComplaint> matches; // the recent similar complaints that count
    QStringList markedIds;           // complaints this evaluation marked (itself included)
};

class KnownComplaints
{
public:
    explicit KnownComplaints(Database &db);

    // Decides whether the complaint is known and, when it is, marks it and the complaints it
    // matches with one group id (through RowWriter, so the marks sync). Never unmarks: an agent
    // unmarks by hand in the assessment. Runs in the caller's transaction when one is open.
    Result<KnownVerdict> evaluate(const QString &complaintId, const KnownRule &rule);
    Result<KnownVerdict> evaluate(const QString &complaintId);

    // Whether the complaint carries the known mark (set by evaluate or by hand).
    Result<bool> isMarked(const QString &complaintId);

private:
    Database &m_db;
};

} // namespace kd
