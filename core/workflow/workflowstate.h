// The workflow's columns of one complaint (migration 0003): assessment, moments, targets, pauses.
#pragma once

#include <QString>

#include <optional>

namespace kd {

struct WorkflowState
{
    QString complaintId;
    // Assessment and resolution.
    bool claimRisk = false;
    QString cause;
    QString team;
    QString solution;
    QString noReplyReason;
    std::optional<int> satisfaction;
    std::optional<bool> closedPublicly;
    // Moments (ms since epoch UTC).
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    int reopenedCount = 0;
    std::optional<qint64> escalatedAt;
    QString escalatedTo;
    QString escalationReason;
    // Response-time targets.
    std::optional<qint64> slaStartAt;
    std::optional<qint64> firstResponseTargetMin;
    std::optional<qint64> resolutionTargetMin;
    std::optional<qint64> firstResponseDueAt;
    std::optional<qint64> resolutionDueAt;
    std::optional<qint64> nextDueAt;
    bool firstResponseMissed = false;
    bool resolutionMissed = false;
    // Pauses.
    std::optional<qint64> pausedAt;
    QString pauseReason;
    std::optional<qint64> pausedLeftMs;
    qint64 pausedWorkingMs = 0;
    std::optional<qint64> closeSuggestedAt;

    bool paused() const { return pausedAt.has_value(); }
};

} // namespace kd
