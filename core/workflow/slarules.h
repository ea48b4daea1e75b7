// Response-time targets per channel and severity, as an administrator set them up.
#pragma once

#include "domain/enums.h"
#include "domain/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace kd {

class Database;

struct SlaRule
{
    QString id;
    QString channelId;                 // empty: any channel
    std::optional<Severity> severity;  // none: any severity
    std::optional<int> firstResponseMinutes; // none: the channel's first_response_minutes
    int resolutionMinutes = 2400;
};

struct SlaTargets
{
    int firstResponseMinutes = 480; // working minutes
    int resolutionMinutes = 2400;
};

class SlaRules
{
public:
    explicit SlaRules(Database &db);

    // Built-in resolution targets when no rule says otherwise (working minutes).
    static int defaultResolutionMinutes(Severity severity);

    // The most specific rule wins: channel+severity, channel, severity, neither; then defaults.
    Result<SlaTargets> targetsFor(const QString &channelId, Severity severity);

    Result<QList<SlaRule>> rules();
    // Adds or replaces the rule for exactly this channel/severity pair.
    Status setRule(SlaRule rule);
    Status removeRule(const QString &id);

private:
    Database &m_db;
};

} // namespace kd
