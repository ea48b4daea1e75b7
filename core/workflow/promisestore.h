// Promises made to a customer in a reply: what, by when, and who keeps it.
#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kd {

class Database;

struct Promise
{
    QString id;
    QString complaintId;
    QString customerId;
    QString reference; // of the complaint, for lists
    QString text;
    QDateTime dueAt;
    QString owner;
    QString state = QStringLiteral("open"); // open, kept, broken, cancelled
    QDateTime keptAt;

    bool overdue(const QDateTime &now) const { return state == QLatin1String("open") && dueAt < now; }
};

class PromiseStore
{
public:
    explicit PromiseStore(Database &db);

    // In the caller's transaction.
    Status add(Promise &promise);
    Status setState(const QString &id, const QString &state);

    Result<Promise> get(const QString &id);
    Result<QList<Promise>> forComplaint(const QString &complaintId);
    Result<QList<Promise>> forCustomer(const QString &customerId);
    // Open promises whose due time has passed, oldest first; owner empty: everyone's.
    Result<QList<Promise>> overdue(const QDateTime &now, const QString &owner = {});
    Result<QList<Promise>> open(const QString &owner = {});

    static QStringList states();

private:
    Result<QList<Promise>> select(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace kd
