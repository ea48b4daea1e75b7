// Merging a duplicate customer into the one to keep, without losing any history.
#pragma once

#include "domain/error.h"

#include <QString>
#include <QStringList>

namespace kd {

class Database;

struct MergeResult
{
    QString mergeId;         // the customer_merge row that records it
    int movedComplaints = 0;
    int movedInteractions = 0;
    int movedHandles = 0;
    int movedPromises = 0;
    QStringList filledFields; // empty fields of the kept customer taken from the merged one
};

class CustomerMerge
{
public:
    explicit CustomerMerge(Database &db);

    // Re-points the merged customer's complaints, interactions, handles (and promises, when the
    // workflow's table exists) to the kept customer, fills the kept customer's empty fields,
    // tombstones the merged customer and records the merge: all in one transaction, all through
    // RowWriter so sync carries every step.
    Result<MergeResult> merge(const QString &keepId, const QString &mergeId);

private:
    Database &m_db;
};

} // namespace kd
