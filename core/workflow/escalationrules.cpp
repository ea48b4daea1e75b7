// Escalation rules as synced rows, with built-in defaults for kinds that have no row.
#include "escalationrules.h"

#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::EscalationRules", text);
}

constexpr qint64 kRepeatWindowMs = 90LL * 24 * 3600 * 1000;

} // namespace

EscalationRules::EscalationRules(Database &db) : m_db(db) {}

QStringList EscalationRules::kinds()
{
    return {QStringLiteral("critical"), QStringLiteral("claim_risk"), QStringLiteral("public"),
            QStringLiteral("repeat_complainant"), QStringLiteral("missed_target")};
}

EscalationRule EscalationRules::defaultRule(const QString &kind)
{
    EscalationRule r;
    r.kind = kind;
    if (kind == QLatin1String("repeat_complainant"))
        r.parameter = 3;
    return r;
}

Result<QList<EscalationRule>> EscalationRules::rules()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id, kind, enabled, parameter, escalate_to FROM "
                                           "escalation_rule WHERE deleted_at IS NULL"));
    if (!q)
        return q.error();
    QHash<QString, EscalationRule> stored;
    while (q->next()) {
        EscalationRule r;
        r.id = q->value(0).toString();
        r.kind = q->value(1).toString();
        r.enabled = q->value(2).toBool();
        r.parameter = q->value(3).isNull() ? defaultRule(r.kind).parameter : q->value(3).toInt();
        r.escalateTo = q->value(4).toString();
        stored.insert(r.kind, r);
    }
    QList<EscalationRule> out;
    for (const QString &k : kinds())
        out << stored.value(k, defaultRule(k));
    return out;
}

Result<EscalationRule> EscalationRules::rule(const QString &kind)
{
    auto all = rules();
    if (!all)
        return all.error();
    for (const EscalationRule &r : *all)
        if (r.kind == kind)
            return r;
    return invalid(QStringLiteral("kind"), tr("\"%1\" is not an escalation rule; rules: %2.")
                                               .arg(kind, kinds().join(QStringLiteral(", "))));
}

Status EscalationRules::setRule(const EscalationRule &rule)
{
    auto current = this->rule(rule.kind);
    if (!current)
        return current.error();
    const QVariantMap columns{{QStringLiteral("kind"), rule.kind},
                              {QStringLiteral("enabled"), rule.enabled ? 1 : 0},
                              {QStringLiteral("parameter"), rule.parameter},
                              {QStringLiteral("escalate_to"), rule.escalateTo}};
    RowWriter writer(m_db);
    if (!current->id.isEmpty()) {
        auto r = writer.update(QStringLiteral("escalation_rule"), current->id, columns);
        if (!r)
            return r.error();
        return {};
    }
    return writer.insert(QStringLiteral("escalation_rule"), uuid::v7(m_db.clock()), columns);
}

Result<std::optional<EscalationMatch>> EscalationRules::match(const Complaint &c,
                                                              const WorkflowState &state,
                                                              const Channel &channel)
{
    auto all = rules();
    if (!all)
        return all.error();
    for (const EscalationRule &r : *all) {
        if (!r.enabled)
            continue;
        if (r.kind == QLatin1String("critical") && c.severity == Severity::Critical)
            return std::optional(EscalationMatch{r, tr("critical severity")});
        if (r.kind == QLatin1String("claim_risk") && state.claimRisk)
            return std::optional(EscalationMatch{r, tr("claim risk")});
        if (r.kind == QLatin1String("public") && (channel.isPublic || !c.publicUrl.isEmpty()))
            return std::optional(EscalationMatch{r, tr("public complaint")});
        if (r.kind == QLatin1String("repeat_complainant") && r.parameter > 1) {
            const qint64 received = c.receivedAt.toMSecsSinceEpoch();
            auto q = runQuery(m_db,
                              QStringLiteral("SELECT count(*) FROM complaint WHERE customer_id = ? "
                                             "AND deleted_at IS NULL AND received_at > ? AND "
                                             "received_at <= ?"),
                              {c.customerId, received - kRepeatWindowMs, received});
            if (!q)
                return q.error();
            q->next();
            const int n = q->value(0).toInt();
            if (n >= r.parameter)
                return std::optional(EscalationMatch{
                    r, tr("repeat complainant (%1 complaints in 90 days)").arg(n)});
        }
    }
    return std::optional<EscalationMatch>();
}

Result<QString> EscalationRules::supervisorFor(const EscalationRule &rule, const QString &team)
{
    if (!rule.escalateTo.isEmpty())
        return rule.escalateTo;
    // A supervisor of the complaint's team first, then any supervisor, by login for stability.
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT login FROM app_user WHERE role = 'supervisor' AND "
                                     "deleted_at IS NULL ORDER BY (team = ? AND team <> '') DESC, "
                                     "login LIMIT 1"),
                      {team});
    if (!q)
        return q.error();
    if (q->next())
        return q->value(0).toString();
    return QString();
}

} // namespace kd
