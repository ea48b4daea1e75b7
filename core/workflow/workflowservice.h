// The workflow's use cases: lifecycle rules, response-time targets with pauses, escalation,
// promises and the audit trail. ComplaintService calls the hooks inside its transactions, so
// every way of changing a complaint (GUI, CLI `set`, import) keeps the rules.
#pragma once

#include "audittrail.h"
#include "domain/entities.h"
#include "domain/error.h"
#include "promisestore.h"
#include "storage/rowwriter.h"
#include "workflowstate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace kd {

class Database;
class BusinessCalendar;

// An assessment: every field is optional, only the given ones change.
struct Assessment
{
    std::optional<Severity> severity;
    std::optional<Justified> justified;
    std::optional<bool> claimRisk;
    std::optional<QString> category;    // id, code or name; empty clears
    std::optional<QString> cause;
    std::optional<bool> known;          // known (recurring) versus unique complaint
    std::optional<QString> solution;
    std::optional<QString> noReplyReason;
    std::optional<int> satisfaction;    // 1-5
    std::optional<bool> closedPublicly;
    std::optional<QString> team;
};

// Where a complaint stands against its targets, for the queue, the panel and the CLI.
struct SlaStatus
{
    ComplaintStatus status = ComplaintStatus::New;
    int firstResponseTargetMin = 0;
    int resolutionTargetMin = 0;
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime nextDue;              // invalid while paused, resolved or closed
    bool respondedYet = false;
    std::optional<qint64> msLeft;   // until nextDue, plain time; negative: overdue
    std::optional<qint64> workingMsLeft; // the same in working time
    bool overdue = false;           // now, or (while paused) when the pause began
    bool paused = false;
    QDateTime pausedAt;
    QString pauseReason;
    std::optional<qint64> pausedLeftMs; // working time left when the pause began
    qint64 pausedWorkingMs = 0;
    bool firstResponseMissed = false;
    bool resolutionMissed = false;
    QDateTime closeSuggestedAt;
    QDateTime escalatedAt;
    QString escalatedTo;
    QString escalationReason;
};

struct CheckReport
{
    int warnings = 0;
    int missedTargets = 0;
    int escalations = 0;
    int overduePromises = 0;
    int pauseLimits = 0;
    QStringList lines; // one per event, for the CLI
};

class WorkflowService
{
public:
    explicit WorkflowService(Database &db);
    ~WorkflowService();

    // --- Hooks, run inside the caller's transaction ---------------------------------------
    // Targets and due times, the "registered" audit entry, escalation rules. May assign the
    // complaint to a supervisor (complaint is updated then).
    Status onRegistered(Complaint &complaint);
    // Refuses an illegal status move with a message that says what to do.
    Status beforeUpdate(const Complaint &before, const Complaint &after);
    // Audit entries, lifecycle moments, pauses, targets after severity/channel changes,
    // escalation rules.
    Status afterUpdate(const Complaint &before, Complaint &after, const QList<FieldChange> &changes);
    // First response, automatic acknowledge, resume on the customer's answer.
    Status onInteraction(const Complaint &complaint, const Interaction &interaction);

    // Workflow fields that `set REF FIELD VALUE` accepts beside ComplaintService's own.
    static QStringList settableFields();
    Result<QList<FieldChange>> setFieldInTransaction(Complaint &complaint, const QString &field,
                                                     const QString &value);

    // --- Use cases with their own transaction ---------------------------------------------
    Result<QList<FieldChange>> assess(const QString &reference, const Assessment &assessment);
    // By hand: assigns to the supervisor (or `to`) and notifies them.
    Status escalate(const QString &reference, const QString &reason, const QString &to = {});
    Result<Promise> addPromise(const QString &reference, const QString &text,
                               const QDateTime &due, const QString &owner = {});
    Status setPromiseState(const QString &promiseId, const QString &state);
    // The same two in the caller's transaction (demo data replays promises this way).
    Result<Promise> addPromiseInTransaction(const Complaint &c, const QString &text,
                                            const QDateTime &due, const QString &owner = {});
    Status setPromiseStateInTransaction(const QString &promiseId, const QString &state);
    // The periodic check at the clock's now: warnings before targets, missed targets (and their
    // escalation), overdue promises, pauses over the limit. Safe to run often: it notifies once.
    Result<CheckReport> check();

    Result<SlaStatus> slaStatus(const QString &reference);
    Result<QList<AuditEntry>> auditTrail(const QString &reference);
    Result<WorkflowState> state(const QString &reference);

    // After the working hours or holidays changed, in the caller's transaction: recomputes the
    // due times of every complaint that is not resolved or closed with the calendar as stored
    // now (targets in minutes stay as they were). Each changed due time is in the audit trail.
    // Returns how many complaints got a different due time.
    Result<int> refreshOpenDueTimes();

    // The text suggested for closing a complaint whose customer did not answer.
    static QString suggestedClosingReply(const QString &language);

private:
    Status computeTargets(const Complaint &c, WorkflowState &s);
    void refreshDue(const Complaint &c, WorkflowState &s);
    Status pause(const Complaint &c, WorkflowState &s, qint64 at, const QString &reason);
    Status resume(const Complaint &c, WorkflowState &s, qint64 at, const QString &why);
    Status markMissed(const Complaint &c, WorkflowState &s, qint64 at);
    Status saveState(const Complaint &c, const WorkflowState &s);
    Status escalateInTransaction(Complaint &c, WorkflowState &s, const QString &reason,
                                 const QString &to, const QString &ruleKind);
    Status applyEscalationRules(Complaint &c, WorkflowState &s);
    Status updateComplaint(const Complaint &before, Complaint &after, const QString &detail);
    BusinessCalendar &calendar();

    Database &m_db;
    std::unique_ptr<BusinessCalendar> m_calendar;
};

} // namespace kd
