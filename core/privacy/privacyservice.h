// Privacy (AVG/GDPR) use cases: everything about one customer (access request), erasure,
// the retention rule, and the log of every such action.
#pragma once

#include "anonymiser.h"
#include "domain/entities.h"
#include "domain/error.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace kd {

class Database;

struct ErasureReport
{
    QString customerId;
    AnonymiseCounts counts;
    QStringList residue;  // identifying texts still found in the database file: should be empty
    QString scrubError;   // set when compacting the file failed (the data is overwritten anyway)
};

struct RetentionRule
{
    int closedComplaintYears = 0; // 0: no rule; otherwise anonymise complaints closed longer ago
};

struct RetentionReport
{
    int years = 0;
    QDateTime cutoff;
    int complaints = 0; // complaints anonymised
    int customers = 0;  // customers erased because nothing of theirs is left to keep
    bool dryRun = false;
};

struct PrivacyAction
{
    QString id;
    QString action;     // dsar_export, erase, retention_set, retention_apply, import, export
    QString customerId;
    QJsonObject detail;
    QDateTime at;
    QString actor;
};

class PrivacyService
{
public:
    explicit PrivacyService(Database &db);

    // A customer by id, external id, customer number, e-mail, phone or handle; an erased one by
    // the external id they had (kept as a hash), so that their log can still be shown.
    Result<Customer> findCustomer(const QString &key);
    // When the customer was erased; nullopt when they were not.
    Result<std::optional<QDateTime>> erasedAt(const QString &customerId);

    // Everything stored about the customer (art. 15): the customer, handles, every complaint with
    // its interactions, audit trail and promises, loose contact, and the privacy log about them.
    // Records a dsar_export action.
    Result<QJsonObject> accessRequest(const QString &customerId);

    // Ok when this desktop's user may erase (a supervisor or administrator, or the owner of a
    // desktop that syncs with no server); the refusal names the role needed.
    Status mayErase();
    // Anonymises the customer (art. 17): name, contact data, handles and every free text of
    // their complaints and contact, through RowWriter so the erasure syncs; counts, categories,
    // channels, dates and statuses stay, so reports do not change. Then scrubs the change log
    // and the file, and checks the file for what was erased. Refused as mayErase() says.
    Result<ErasureReport> erase(const QString &customerId);

    Result<RetentionRule> retentionRule();
    Status setRetentionRule(const RetentionRule &rule);
    // trial: for a dry run, the rule to count with instead of the one stored ("what would 2 years
    // do?" must not set the rule); ignored when not a dry run.
    Result<RetentionReport> applyRetention(bool dryRun = false,
                                           std::optional<RetentionRule> trial = std::nullopt);
    // Applies the rule when it has not run today on this desktop; for the start of the program.
    Result<RetentionReport> applyRetentionIfDue();

    Result<QList<PrivacyAction>> actions(const QString &customerId = {}, int limit = 500);
    Status record(const QString &action, const QString &customerId, const QJsonObject &detail);

    // A team-wide setting (privacy_setting), synced.
    QString setting(const QString &key, const QString &fallback = {});
    Status setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace kd
