// An improvement action (phase 3): a fix for a cause behind complaints, with owner, due date, state.
#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace kd {

enum class ActionState { Planned, InProgress, Done, Dropped };
QString toString(ActionState state);
std::optional<ActionState> parseActionState(const QString &code);
QStringList actionStateCodes();

struct ImprovementAction
{
    RowMeta meta;
    QString categoryId;  // the category whose complaints showed the cause
    QString cause;       // what is structurally wrong, in a sentence
    QString description; // what is being done about it
    QString owner;       // who sees it through (a name or login)
    QDate dueDate;
    ActionState state = ActionState::Planned;
    QDateTime doneAt;    // set when the state becomes done: the before/after split
    QStringList complaintIds; // complaints that showed the cause
};

} // namespace kd
