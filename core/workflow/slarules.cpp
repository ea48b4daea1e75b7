// SLA rules as synced rows; lookups pick the most specific match.
#include "slarules.h"

#include "domain/uuid.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace kd {

SlaRules::SlaRules(Database &db) : m_db(db) {}

int SlaRules::defaultResolutionMinutes(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return 480;  // one working day
    case Severity::High: return 3 * 480;
    case Severity::Normal: return 5 * 480;
    case Severity::Low: return 10 * 480;
    }
    return 5 * 480;
}

Result<QList<SlaRule>> SlaRules::rules()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id, channel_id, severity, first_response_minutes, "
                                           "resolution_minutes FROM sla_rule WHERE deleted_at IS "
                                           "NULL ORDER BY channel_id, severity"));
    if (!q)
        return q.error();
    QList<SlaRule> out;
    while (q->next()) {
        SlaRule r;
        r.id = q->value(0).toString();
        r.channelId = q->value(1).toString();
        if (!q->value(2).isNull())
            r.severity = parse<Severity>(q->value(2).toString());
        if (!q->value(3).isNull())
            r.firstResponseMinutes = q->value(3).toInt();
        r.resolutionMinutes = q->value(4).toInt();
        out << r;
    }
    return out;
}

Result<SlaTargets> SlaRules::targetsFor(const QString &channelId, Severity severity)
{
    auto channel = CatalogStore(m_db).channel(channelId);
    if (!channel)
        return channel.error();
    SlaTargets t;
    t.firstResponseMinutes = channel->firstResponseMinutes;
    t.resolutionMinutes = defaultResolutionMinutes(severity);
    auto all = rules();
    if (!all)
        return all.error();
    int bestScore = -1;
    for (const SlaRule &r : *all) {
        if (!r.channelId.isEmpty() && r.channelId != channelId)
            continue;
        if (r.severity && *r.severity != severity)
            continue;
        const int score = (r.channelId.isEmpty() ? 0 : 2) + (r.severity ? 1 : 0);
        if (score <= bestScore)
            continue;
        bestScore = score;
        t.resolutionMinutes = r.resolutionMinutes;
        t.firstResponseMinutes = r.firstResponseMinutes.value_or(channel->firstResponseMinutes);
    }
    return t;
}

Status SlaRules::setRule(SlaRule rule)
{
    if (rule.resolutionMinutes <= 0 || (rule.firstResponseMinutes && *rule.firstResponseMinutes <= 0))
        return invalid(QStringLiteral("minutes"),
                       QCoreApplication::translate("kd::SlaRules",
                                                   "Targets are working minutes and must be more "
                                                   "than 0."));
    // A first response is part of the resolution: a first-response target later than the
    // resolution target cannot be met by a complaint that is resolved in time.
    if (rule.firstResponseMinutes && *rule.firstResponseMinutes > rule.resolutionMinutes)
        return invalid(QStringLiteral("first_response_minutes"),
                       QCoreApplication::translate("kd::SlaRules",
                                                   "The first-response target (%1 min) is later "
                                                   "than the resolution target (%2 min).")
                           .arg(*rule.firstResponseMinutes)
                           .arg(rule.resolutionMinutes));
    auto all = rules();
    if (!all)
        return all.error();
    const QVariantMap columns{
        {QStringLiteral("channel_id"), rule.channelId.isEmpty() ? QVariant() : QVariant(rule.channelId)},
        {QStringLiteral("severity"), rule.severity ? QVariant(toString(*rule.severity)) : QVariant()},
        {QStringLiteral("first_response_minutes"),
         rule.firstResponseMinutes ? QVariant(*rule.firstResponseMinutes) : QVariant()},
        {QStringLiteral("resolution_minutes"), rule.resolutionMinutes}};
    RowWriter writer(m_db);
    for (const SlaRule &r : *all) {
        if (r.channelId == rule.channelId && r.severity == rule.severity) {
            auto changed = writer.update(QStringLiteral("sla_rule"), r.id, columns);
            if (!changed)
                return changed.error();
            return {};
        }
    }
    return writer.insert(QStringLiteral("sla_rule"), uuid::v7(m_db.clock()), columns);
}

Status SlaRules::removeRule(const QString &id)
{
    return RowWriter(m_db).tombstone(QStringLiteral("sla_rule"), id);
}

} // namespace kd
