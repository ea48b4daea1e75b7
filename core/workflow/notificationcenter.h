// What should be shown to whom: the core's list of notifications that the GUI turns into
// desktop notifications. No rules in the UI: the workflow check and escalation write these.
#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kd {

class Database;

struct Notification
{
    QString id;
    QString recipient; // login, or "@supervisors"
    QString complaintId;
    QString reference;
    QString kind;      // escalated, target_warning, target_missed, promise_overdue, pause_limit
    QString title;
    QString body;
    QDateTime createdAt;
    QDateTime seenAt;
};

class NotificationCenter
{
public:
    explicit NotificationCenter(Database &db);

    static QString supervisors() { return QStringLiteral("@supervisors"); }

    // Adds a notification unless one with the same non-empty dedup key exists. Caller's transaction.
    // Returns whether a new one was added.
    Result<bool> notify(const QString &recipient, const QString &complaintId, const QString &kind,
                        const QString &title, const QString &body, const QString &dedupKey = {});

    // Unseen notifications for a login, oldest first; a supervisor also gets "@supervisors".
    Result<QList<Notification>> pending(const QString &login);
    Result<QList<Notification>> all(int limit = 200);
    Status markSeen(const QString &id);

private:
    Database &m_db;
};

} // namespace kd
