// Reads and writes the workflow columns of complaints, and the pause rows, through RowWriter.
#pragma once

#include "domain/error.h"
#include "storage/rowwriter.h"
#include "workflowstate.h"

#include <QList>

namespace kd {

class Database;

struct PauseSpan
{
    QString id;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt; // open while the pause lasts
    QString reason;
    QString status;
    std::optional<qint64> workingMs;
};

class WorkflowStore
{
public:
    explicit WorkflowStore(Database &db);

    Result<WorkflowState> get(const QString &complaintId);
    // Writes the columns that differ; returns them (RowWriter::update), in the caller's transaction.
    Result<QList<FieldChange>> update(const WorkflowState &state);

    Result<QList<PauseSpan>> pauses(const QString &complaintId);
    Status addPause(PauseSpan &pause, const QString &complaintId);
    Status endPause(const QString &pauseId, qint64 endedAt, qint64 workingMs);

    // Outbound interactions that reached the customer (not internal, not notes).
    Result<int> repliesToCustomer(const QString &complaintId);

private:
    Database &m_db;
};

} // namespace kd
