// Configurable escalation rules: which complaints go to a supervisor at once, and to whom.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"
#include "workflowstate.h"

#include <QList>
#include <QString>

#include <optional>

namespace kd {

class Database;

struct EscalationRule
{
    QString id;        // empty: the built-in default (no row stored)
    QString kind;      // critical, claim_risk, public, repeat_complainant, missed_target
    bool enabled = true;
    int parameter = 0; // repeat_complainant: this many complaints within 90 days (default 3)
    QString escalateTo; // login; empty: the team's supervisor, else any supervisor
};

struct EscalationMatch
{
    EscalationRule rule;
    QString reason; // for the audit trail and the notification
};

class EscalationRules
{
public:
    explicit EscalationRules(Database &db);

    static QStringList kinds();
    static EscalationRule defaultRule(const QString &kind);

    // Every kind, stored settings over the defaults.
    Result<QList<EscalationRule>> rules();
    Status setRule(const EscalationRule &rule);

    // The first enabled rule (in kinds() order, missed_target excluded: the check applies that
    // one) that the complaint meets now.
    Result<std::optional<EscalationMatch>> match(const Complaint &complaint,
                                                 const WorkflowState &state,
                                                 const Channel &channel);
    Result<EscalationRule> rule(const QString &kind);

    // Who gets an escalation: the rule's login, else a supervisor of the team, else any
    // supervisor; empty when the database knows no supervisor (then "@supervisors" is notified).
    Result<QString> supervisorFor(const EscalationRule &rule, const QString &team);

private:
    Database &m_db;
};

} // namespace kd
