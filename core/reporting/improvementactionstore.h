// Storing improvement actions and their links to complaints, as synced rows through RowWriter.
#pragma once

#include "improvementaction.h"

#include "domain/error.h"

#include <QList>

namespace kd {

class Database;

class ImprovementActionStore
{
public:
    explicit ImprovementActionStore(Database &db);

    // Validates and stores a new action with its complaint links, in one transaction.
    Result<ImprovementAction> add(ImprovementAction action);
    // Writes the changed fields and link set; setting the state to done stamps doneAt (now)
    // unless it is given, and leaving done clears it.
    Status update(const ImprovementAction &action);
    // Links the complaints (by id), ignoring those already linked.
    Status link(const QString &actionId, const QStringList &complaintIds);
    Status remove(const QString &id);

    Result<ImprovementAction> byId(const QString &id);
    // All actions that are not deleted, open ones first, then by due date.
    Result<QList<ImprovementAction>> all();

private:
    Status validate(const ImprovementAction &action);
    Status writeLinks(const QString &actionId, const QStringList &complaintIds);

    Database &m_db;
};

} // namespace kd
