// Response and resolution times net of pauses (time waiting for the customer), for reports.
#pragma once

#include "domain/error.h"
#include "workflowstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kd {

class Database;
class BusinessCalendar;

struct NetTimes
{
    QString complaintId;
    std::optional<qint64> responseMs;          // first_response_at - received_at - pauses between
    std::optional<qint64> resolutionMs;        // resolved_at - received_at - pauses between
    std::optional<qint64> responseWorkingMin;  // the same in working minutes
    std::optional<qint64> resolutionWorkingMin;
    qint64 pausedMs = 0;                       // all pauses up to resolution (or up to now)
    bool firstResponseMissed = false;
    bool resolutionMissed = false;
};

// Milliseconds of [from, to) covered by the pauses; an open pause lasts until openEnd.
qint64 pausedOverlapMs(qint64 from, qint64 to, const QList<PauseSpan> &pauses, qint64 openEnd);
// Working time of [from, to) covered by the pauses.
qint64 pausedOverlapWorkingMs(const BusinessCalendar &calendar, qint64 from, qint64 to,
                              const QList<PauseSpan> &pauses, qint64 openEnd);

// Complaints received in [from, until), not deleted.
Result<QList<NetTimes>> netTimes(Database &db, const QDateTime &from, const QDateTime &until);
Result<NetTimes> netTimesOf(Database &db, const QString &complaintId);

} // namespace kd
