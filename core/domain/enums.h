// The domain's closed vocabularies, each with the text code used in the database, JSON and CLI.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

enum class Severity { Low, Normal, High, Critical };
enum class Justified { Unknown, Yes, Partly, No };
enum class ComplaintStatus { New, Acknowledged, InProgress, WaitingForCustomer, Resolved, Closed };
enum class Direction { Inbound, Outbound, Internal };
enum class InteractionKind { Message, CallNote, Reply, Note };
enum class FormOfAddress { Unknown, Informal, Formal }; // Dutch je/jij versus u
enum class CategoryKind { Organisational, ProductTechnical };

// toString gives the stable code ("in_progress"); parse accepts exactly those codes.
QString toString(Severity v);
QString toString(Justified v);
QString toString(ComplaintStatus v);
QString toString(Direction v);
QString toString(InteractionKind v);
QString toString(FormOfAddress v);
QString toString(CategoryKind v);

template<typename E>
std::optional<E> parse(const QString &code);
template<> std::optional<Severity> parse<Severity>(const QString &code);
template<> std::optional<Justified> parse<Justified>(const QString &code);
template<> std::optional<ComplaintStatus> parse<ComplaintStatus>(const QString &code);
template<> std::optional<Direction> parse<Direction>(const QString &code);
template<> std::optional<InteractionKind> parse<InteractionKind>(const QString &code);
template<> std::optional<FormOfAddress> parse<FormOfAddress>(const QString &code);
template<> std::optional<CategoryKind> parse<CategoryKind>(const QString &code);

// All codes of an enum, in order, for help texts and error messages.
template<typename E>
QStringList codes();

} // namespace kd
