// Translated display names of the domain's codes, so that every screen, the printed papers and the
// command line word them alike. In the core (QtCore only) so that the PDF writer and the CLI use it.
#pragma once

#include "domain/enums.h"

#include <QString>
#include <QVariant>

namespace kd::uitext {

QString severity(Severity v);
QString justified(Justified v);
QString status(ComplaintStatus v);
QString direction(Direction v);
QString kind(InteractionKind v);
QString formOfAddress(FormOfAddress v);

// The words of a stored code, e.g. codeWords<Severity>("high", severity); an unknown code as it is.
template<typename E>
QString codeWords(const QString &code, QString (*words)(E))
{
    const auto v = parse<E>(code);
    return v ? words(*v) : code;
}

// An improvement action's state code (planned, in_progress, done, dropped); the enum lives with
// the reports, so the code it is stored as is what both the report and the CLI have at hand.
QString actionState(const QString &code);

// A stored field (complaint, customer, catalogue) by the name the forms give it; a field without
// one reads as its code with spaces ("pause reason").
QString fieldLabel(const QString &field);
// A stored value of that field as a person reads it: codes by their words (severity "high" is
// "High"), times (epoch milliseconds or ISO text) in the locale's short format, flags as yes or
// no, a JSON list of tags as a list. Empty for an empty value; anything else as it is.
QString fieldValue(const QString &field, const QVariant &value);
// A value stored as JSON text (a sync conflict's sides) in the words of fieldValue; "(empty)"
// for none.
QString jsonFieldValue(const QString &field, const QString &json);
// What a sync conflict is about: the field's label, or for a whole-row conflict its kind in words
// ("deleted elsewhere", "refused by the server", "reference renumbered").
QString conflictSubject(const QString &kind, const QString &field);
// Why the server refused a change, in words for the agent: the server answers with PostgreSQL's
// own English ("new row violates row-level security policy ...") or its short format() texts;
// the known ones are said in the session's language, anything else is shown as the server said it.
QString refusalReason(const QString &serverMessage);
// What an audit entry's action code (docs/workflow.md) means, in a few words.
QString auditAction(const QString &action);
// What a privacy-log action code (privacy_action.action) means, said to the customer it is about.
QString privacyAction(const QString &action);

} // namespace kd::uitext
