// Earlier complaints like this one (by text, category and product), each with how it was
// solved and the reply that was sent, so an agent can reuse what worked.
#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

class Database;

struct SimilarComplaint
{
    QString id;
    QString reference;
    QString subject;
    QString description;
    QString status;
    QString categoryId;
    QString productRef;
    QDateTime receivedAt;
    double score = 0;          // 0..1: shared salient words, same category, same product
    double textScore = 0;      // the share of the salient words' weight found in this one
    bool sameCategory = false;
    bool sameProduct = false;
    QStringList sharedTerms;
    bool known = false;        // already marked as a known complaint
    QString knownGroupId;
    QString solution;          // how it was solved, when recorded (workflow's solution field)
    QString reply;             // the last reply sent to the customer
    QDateTime repliedAt;
};

// What to compare: a stored complaint, or a text being registered.
struct SimilarQuery
{
    QString excludeId;         // the complaint itself
    QString subject;
    QString description;
    QString categoryId;
    QString productRef;
};

struct SimilarOptions
{
    int limit = 5;
    double minScore = 0.2;
    int salientTerms = 8;      // rarest meaningful words of the text used to find candidates
    int window = 2000;         // the newest matches of each of those words (bounded cost)
    int candidates = 100;      // those sharing the most weight, rescored in full
    // A word's frequency is counted exactly up to this many complaints and estimated above it
    // (SimilarComplaints::documentFrequency); only the rarest words are used, so the estimate
    // only has to order common words among themselves.
    int exactFrequencyUpTo = 2000;
    QDateTime receivedFrom;    // optional window on the candidates' received time
    QDateTime receivedUntil;
    bool withSolutions = true; // also read the solution and the last reply
};

class SimilarComplaints
{
public:
    explicit SimilarComplaints(Database &db);

    Result<QList<SimilarComplaint>> forComplaint(const QString &complaintId,
                                                 const SimilarOptions &options = {});
    Result<QList<SimilarComplaint>> find(const SimilarQuery &query,
                                         const SimilarOptions &options = {});

private:
    Result<qint64> complaintRows(); // max(local_id): the size the frequencies are relative to
    Result<qint64> documentFrequency(const QString &term, qint64 rows, int exactUpTo);
    Status readSolutions(QList<SimilarComplaint> &list);

    Database &m_db;
};

} // namespace kd
