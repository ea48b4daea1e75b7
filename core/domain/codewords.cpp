// The words users see for each code; the codes themselves never reach the screen.
#include "codewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace kd::uitext {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::uitext", text);
}

// A stored code and its words (QT_TRANSLATE_NOOP source text, context kd::uitext).
struct CodeText
{
    const char *code;
    const char *text;
};

// The words of `code` in `table`, translated; otherwise `otherwise`.
template<std::size_t N>
QString lookUp(const QString &code, const CodeText (&table)[N], const QString &otherwise)
{
    for (const CodeText &entry : table)
        if (code == QLatin1String(entry.code))
            return tr(entry.text);
    return otherwise;
}

QString withSpaces(QString code)
{
    return code.replace(u'_', u' ');
}

bool isFlag(const QString &field)
{
    static const QStringList flags{QStringLiteral("known_complaint"), QStringLiteral("claim_risk"),
                                   QStringLiteral("closed_publicly"),
                                   QStringLiteral("first_response_missed"),
                                   QStringLiteral("resolution_missed")};
    return flags.contains(field);
}

} // namespace

QString severity(Severity v)
{
    switch (v) {
    case Severity::Low: return tr("Low");
    case Severity::Normal: return tr("Normal");
    case Severity::High: return tr("High");
    case Severity::Critical: return tr("Critical");
    }
    return {};
}

QString justified(Justified v)
{
    switch (v) {
    case Justified::Unknown: return tr("Not yet known");
    case Justified::Yes: return tr("Justified");
    case Justified::Partly: return tr("Partly justified");
    case Justified::No: return tr("Not justified");
    }
    return {};
}

QString status(ComplaintStatus v)
{
    switch (v) {
    case ComplaintStatus::New: return tr("New");
    case ComplaintStatus::Acknowledged: return tr("Acknowledged");
    case ComplaintStatus::InProgress: return tr("In progress");
    case ComplaintStatus::WaitingForCustomer: return tr("Waiting for customer");
    case ComplaintStatus::Resolved: return tr("Resolved");
    case ComplaintStatus::Closed: return tr("Closed");
    }
    return {};
}

QString direction(Direction v)
{
    switch (v) {
    case Direction::Inbound: return tr("From customer");
    case Direction::Outbound: return tr("To customer");
    case Direction::Internal: return tr("Internal");
    }
    return {};
}

QString kind(InteractionKind v)
{
    switch (v) {
    case InteractionKind::Message: return tr("Message");
    case InteractionKind::CallNote: return tr("Call note");
    case InteractionKind::Reply: return tr("Reply");
    case InteractionKind::Note: return tr("Note");
    }
    return {};
}

QString formOfAddress(FormOfAddress v)
{
    switch (v) {
    case FormOfAddress::Unknown: return tr("Not known");
    case FormOfAddress::Informal: return tr("Informal (je)");
    case FormOfAddress::Formal: return tr("Formal (u)");
    }
    return {};
}

QString actionState(const QString &code)
{
    static const CodeText states[] = {{"planned", QT_TRANSLATE_NOOP("kd::uitext", "planned")},
                                      {"in_progress", QT_TRANSLATE_NOOP("kd::uitext", "in progress")},
                                      {"done", QT_TRANSLATE_NOOP("kd::uitext", "done")},
                                      {"dropped", QT_TRANSLATE_NOOP("kd::uitext", "dropped")}};
    return lookUp(code, states, code);
}

QString fieldLabel(const QString &field)
{
    // The forms' words where a form has the field; the workflow's own fields by what they hold.
    static const CodeText labels[] = {
        {"reference", QT_TRANSLATE_NOOP("kd::uitext", "Reference")},
        {"subject", QT_TRANSLATE_NOOP("kd::uitext", "Subject")},
        {"description", QT_TRANSLATE_NOOP("kd::uitext", "Description")},
        {"customer_id", QT_TRANSLATE_NOOP("kd::uitext", "Customer")},
        {"channel_id", QT_TRANSLATE_NOOP("kd::uitext", "Channel")},
        {"category_id", QT_TRANSLATE_NOOP("kd::uitext", "Category")},
        {"received_at", QT_TRANSLATE_NOOP("kd::uitext", "Received")},
        {"severity", QT_TRANSLATE_NOOP("kd::uitext", "Severity")},
        {"justified", QT_TRANSLATE_NOOP("kd::uitext", "Justified")},
        {"status", QT_TRANSLATE_NOOP("kd::uitext", "Status")},
        {"assignee", QT_TRANSLATE_NOOP("kd::uitext", "Assigned to")},
        {"product_ref", QT_TRANSLATE_NOOP("kd::uitext", "Product or order")},
        {"public_url", QT_TRANSLATE_NOOP("kd::uitext", "Posted publicly at")},
        {"tags", QT_TRANSLATE_NOOP("kd::uitext", "Tags")},
        {"known_complaint", QT_TRANSLATE_NOOP("kd::uitext", "Known (recurring) complaint")},
        {"claim_risk", QT_TRANSLATE_NOOP("kd::uitext", "Could lead to a claim")},
        {"cause_text", QT_TRANSLATE_NOOP("kd::uitext", "Cause")},
        {"team", QT_TRANSLATE_NOOP("kd::uitext", "Team")},
        {"solution", QT_TRANSLATE_NOOP("kd::uitext", "Solution")},
        {"no_reply_reason", QT_TRANSLATE_NOOP("kd::uitext", "No reply because")},
        {"satisfaction", QT_TRANSLATE_NOOP("kd::uitext", "Satisfaction (1-5)")},
        {"closed_publicly", QT_TRANSLATE_NOOP("kd::uitext", "Closed off publicly")},
        {"first_response_at", QT_TRANSLATE_NOOP("kd::uitext", "First response")},
        {"resolved_at", QT_TRANSLATE_NOOP("kd::uitext", "Resolved")},
        {"closed_at", QT_TRANSLATE_NOOP("kd::uitext", "Closed")},
        {"escalated_at", QT_TRANSLATE_NOOP("kd::uitext", "Escalated")},
        {"escalated_to", QT_TRANSLATE_NOOP("kd::uitext", "Escalated to")},
        {"escalation_reason", QT_TRANSLATE_NOOP("kd::uitext", "Reason for escalation")},
        {"first_response_due_at", QT_TRANSLATE_NOOP("kd::uitext", "First response due")},
        {"resolution_due_at", QT_TRANSLATE_NOOP("kd::uitext", "Resolution due")},
        {"next_due_at", QT_TRANSLATE_NOOP("kd::uitext", "Next due")},
        {"first_response_missed", QT_TRANSLATE_NOOP("kd::uitext", "First-response target missed")},
        {"resolution_missed", QT_TRANSLATE_NOOP("kd::uitext", "Resolution target missed")},
        {"pause_reason", QT_TRANSLATE_NOOP("kd::uitext", "Reason for the pause")},
        {"external_id", QT_TRANSLATE_NOOP("kd::uitext", "Id in the customer-service system")},
        {"name", QT_TRANSLATE_NOOP("kd::uitext", "Name")},
        {"customer_number", QT_TRANSLATE_NOOP("kd::uitext", "Customer number")},
        {"email", QT_TRANSLATE_NOOP("kd::uitext", "E-mail")},
        {"phone", QT_TRANSLATE_NOOP("kd::uitext", "Phone")},
        {"preferred_channel_id", QT_TRANSLATE_NOOP("kd::uitext", "Preferred channel")},
        {"language", QT_TRANSLATE_NOOP("kd::uitext", "Language")},
        {"form_of_address", QT_TRANSLATE_NOOP("kd::uitext", "Form of address")},
        {"notes", QT_TRANSLATE_NOOP("kd::uitext", "Notes")},
        {"promise", QT_TRANSLATE_NOOP("kd::uitext", "Promise")},
    };
    return lookUp(field, labels, withSpaces(field));
}

QString fieldValue(const QString &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    if (field == QLatin1String("severity"))
        return codeWords<Severity>(text, severity);
    if (field == QLatin1String("justified"))
        return codeWords<Justified>(text, justified);
    if (field == QLatin1String("status"))
        return codeWords<ComplaintStatus>(text, status);
    if (field == QLatin1String("form_of_address"))
        return codeWords<FormOfAddress>(text, formOfAddress);
    if (field == QLatin1String("promise")) {
        static const CodeText states[] = {{"open", QT_TRANSLATE_NOOP("kd::uitext", "open")},
                                          {"kept", QT_TRANSLATE_NOOP("kd::uitext", "kept")},
                                          {"broken", QT_TRANSLATE_NOOP("kd::uitext", "broken")},
                                          {"cancelled", QT_TRANSLATE_NOOP("kd::uitext", "cancelled")}};
        return lookUp(text, states, text);
    }
    if (isFlag(field)) {
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? tr("yes") : tr("no");
        bool number = false;
        const qint64 n = text.toLongLong(&number);
        return number ? (n != 0 ? tr("yes") : tr("no")) : text;
    }
    if (field.endsWith(QLatin1String("_at"))) {
        bool number = false;
        const qint64 ms = text.toLongLong(&number);
        const QDateTime at = number ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                    : QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        return text;
    }
    if (field == QLatin1String("tags") && text.startsWith(u'[')) {
        QStringList tags;
        for (const QJsonValue t : QJsonDocument::fromJson(text.toUtf8()).array())
            tags << t.toString();
        return tags.join(QStringLiteral(", "));
    }
    return text;
}

QString auditAction(const QString &action)
{
    static const CodeText actions[] = {
        {"registered", QT_TRANSLATE_NOOP("kd::uitext", "Registered")},
        {"changed", QT_TRANSLATE_NOOP("kd::uitext", "Changed")},
        {"paused", QT_TRANSLATE_NOOP("kd::uitext", "Paused")},
        {"resumed", QT_TRANSLATE_NOOP("kd::uitext", "Resumed")},
        {"escalated", QT_TRANSLATE_NOOP("kd::uitext", "Escalated")},
        {"first_response", QT_TRANSLATE_NOOP("kd::uitext", "First response")},
        {"interaction", QT_TRANSLATE_NOOP("kd::uitext", "Message added")},
        {"promise_added", QT_TRANSLATE_NOOP("kd::uitext", "Promise made")},
        {"promise_kept", QT_TRANSLATE_NOOP("kd::uitext", "Promise kept")},
        {"promise_broken", QT_TRANSLATE_NOOP("kd::uitext", "Promise broken")},
        {"promise_cancelled", QT_TRANSLATE_NOOP("kd::uitext", "Promise cancelled")},
        {"target_missed", QT_TRANSLATE_NOOP("kd::uitext", "Target missed")},
        {"close_suggested", QT_TRANSLATE_NOOP("kd::uitext", "Closing suggested")},
        {"reopened", QT_TRANSLATE_NOOP("kd::uitext", "Reopened")},
        {"due_recomputed", QT_TRANSLATE_NOOP("kd::uitext", "Due time recomputed")},
    };
    return lookUp(action, actions, withSpaces(action));
}

QString privacyAction(const QString &action)
{
    static const CodeText actions[] = {
        {"dsar_export", QT_TRANSLATE_NOOP("kd::uitext", "Everything we hold about you exported at your request")},
        {"export", QT_TRANSLATE_NOOP("kd::uitext", "Included in an export of complaints or customers")},
        {"erase", QT_TRANSLATE_NOOP("kd::uitext", "Your name, contact details and words erased")},
        {"retention_apply", QT_TRANSLATE_NOOP("kd::uitext", "Anonymised under the retention rule")},
        {"import", QT_TRANSLATE_NOOP("kd::uitext", "Imported from a file")},
    };
    return lookUp(action, actions, withSpaces(action));
}

QString jsonFieldValue(const QString &field, const QString &json)
{
    const QJsonValue v = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(json).toUtf8())
                             .array()
                             .at(0);
    const QString empty = tr("(empty)");
    if (v.isNull() || v.isUndefined())
        return empty;
    if (v.isString() || v.isBool() || (v.isDouble() && v.toDouble() == qint64(v.toDouble()))) {
        const QString text =
            fieldValue(field, v.isDouble() ? QVariant(qint64(v.toDouble())) : v.toVariant());
        return text.isEmpty() ? empty : text;
    }
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 15);
    // An object or a list (a whole row kept aside) as compact JSON: there is no one word for it.
    const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString conflictSubject(const QString &kind, const QString &field)
{
    static const CodeText kinds[] = {
        {"edit_vs_delete", QT_TRANSLATE_NOOP("kd::uitext", "deleted elsewhere")},
        {"rejected", QT_TRANSLATE_NOOP("kd::uitext", "refused by the server")},
        {"renumbered", QT_TRANSLATE_NOOP("kd::uitext", "reference renumbered")}};
    return lookUp(kind, kinds, fieldLabel(field));
}

QString refusalReason(const QString &serverMessage)
{
    if (serverMessage.contains(QLatin1String("row-level security")))
        return tr("Your role may not make this change on the server, for example moving a "
                  "complaint to a team you do not see, handing it to someone else or changing a "
                  "colleague's complaint. A supervisor can.");
    if (serverMessage.contains(QLatin1String("is not on the server or not visible to you")))
        return tr("The server did not take this change: the complaint is assigned to a colleague "
                  "or belongs to a team you do not see, or it is gone from the server.");
    if (serverMessage.startsWith(QLatin1String("You may not delete")))
        return tr("Your role may not delete this; a supervisor can.");
    return serverMessage;
}

} // namespace kd::uitext
