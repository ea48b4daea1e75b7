// Field-level validation: the first broken rule is reported with its field.
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd", text);
}

} // namespace

Status validate(const Complaint &c)
{
    if (c.customerId.isEmpty())
        return invalid(QStringLiteral("customer"),
                       tr("A complaint needs a customer: choose one or create a new one."));
    if (c.channelId.isEmpty())
        return invalid(QStringLiteral("channel"),
                       tr("A complaint needs the channel it came in on (phone, e-mail, ...)."));
    if (!c.receivedAt.isValid())
        return invalid(QStringLiteral("received"), tr("A complaint needs the time it came in."));
    if (c.description.trimmed().isEmpty())
        return invalid(QStringLiteral("description"),
                       tr("A complaint needs the customer's own words: what is the complaint?"));
    if (c.description.size() > 200000)
        return invalid(QStringLiteral("description"),
                       tr("The description is longer than 200,000 characters."));
    if (c.subject.size() > 300)
        return invalid(QStringLiteral("subject"), tr("The subject is longer than 300 characters."));
    return {};
}

Status validate(const Customer &c)
{
    if (c.name.trimmed().isEmpty() && c.email.trimmed().isEmpty() && c.phone.trimmed().isEmpty()
        && c.handles.isEmpty())
        return invalid(QStringLiteral("name"),
                       tr("A customer needs at least a name, an e-mail address, a phone number or "
                          "a social handle."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email.trimmed()).hasMatch())
        return invalid(QStringLiteral("email"),
                       tr("\"%1\" is not an e-mail address.").arg(c.email));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]{6,20}$"));
    if (!c.phone.isEmpty() && !phone.match(c.phone.trimmed()).hasMatch())
        return invalid(QStringLiteral("phone"),
                       tr("\"%1\" is not a phone number.").arg(c.phone));
    return {};
}

Status validate(const Interaction &i)
{
    if (i.customerId.isEmpty() && i.complaintId.isEmpty())
        return invalid(QStringLiteral("customer"),
                       tr("A message or note belongs to a customer or a complaint."));
    if (i.body.trimmed().isEmpty())
        return invalid(QStringLiteral("body"), tr("A message or note cannot be empty."));
    if (!i.occurredAt.isValid())
        return invalid(QStringLiteral("occurred"), tr("A message needs the time it happened."));
    return {};
}

} // namespace kd
