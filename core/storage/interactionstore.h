// Messages, call notes, replies and notes: append-only, so they never conflict in sync.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"

#include <QList>

namespace kd {

class Database;

class InteractionStore
{
public:
    explicit InteractionStore(Database &db);

    Status add(Interaction &interaction);
    Result<QList<Interaction>> forComplaint(const QString &complaintId);
    Result<QList<Interaction>> forCustomer(const QString &customerId, int limit = 500);

private:
    Result<QList<Interaction>> select(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace kd
