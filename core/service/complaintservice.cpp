// Registration and editing of complaints as single transactions over the stores.
#include "complaintservice.h"

#include "search/knowncomplaints.h"
#include "service/userrole.h"
#include "storage/catalogstore.h"
#include "storage/complaintstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/interactionstore.h"
#include "workflow/workflowservice.h"

#include <QLocale>
#include <QCoreApplication>

namespace kd {
namespace {

// A complaint is registered after it came in. A day of slack covers a desktop clock that runs
// ahead and the zones; beyond that a date is a typing error (2062 for 2026), which would also
// give the complaint a reference of that year (KL-2062-000001) and a due time years away.
std::optional<Error> receivedInFuture(const QDateTime &at, const QDateTime &now)
{
    if (at <= now.addDays(1))
        return std::nullopt;
    return invalid(QStringLiteral("received"),
                   QCoreApplication::translate("kd::ComplaintService",
                                               "%1 is in the future: a complaint is registered "
                                               "once it has been received.")
                       .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ComplaintService", text);
}

template<typename E>
Result<E> parseField(const QString &field, const QString &value)
{
    if (auto v = parse<E>(value))
        return *v;
    return invalid(field, QCoreApplication::translate("kd::ComplaintService", "\"%1\" is not a valid %2; use one of: %3.")
                              .arg(value, field, codes<E>().join(QStringLiteral(", "))));
}

} // namespace

ComplaintService::ComplaintService(Database &db) : m_db(db) {}

Result<Customer> ComplaintService::resolveCustomer(const CustomerInput &input, bool &created,
                                                   QString &matchedOn)
{
    CustomerStore customers(m_db);
    created = false;
    if (!input.id.isEmpty()) {
        auto c = customers.get(input.id);
        if (!c)
            return invalid(QStringLiteral("customer"),
                           tr("The chosen customer no longer exists: choose again."));
        matchedOn = QStringLiteral("id");
        return c;
    }
    // Match on the identifiers that are unique for a person before creating anyone new.
    for (const QString &key : {input.customerNumber, input.email, input.phone}) {
        auto found = customers.findExact(key);
        if (!found)
            return found.error();
        if (found->has_value()) {
            matchedOn = (*found)->matchedOn;
            return (*found)->customer;
        }
    }
    for (const SocialHandle &h : input.handles) {
        auto found = customers.findExact(QLatin1Char('@') + h.handle);
        if (!found)
            return found.error();
        if (found->has_value()) {
            matchedOn = (*found)->matchedOn;
            return (*found)->customer;
        }
    }
    Customer c;
    c.name = input.name;
    c.customerNumber = input.customerNumber;
    c.email = input.email;
    c.phone = input.phone;
    c.handles = input.handles;
    c.language = input.language;
    c.formOfAddress = input.formOfAddress;
    if (auto s = customers.add(c); !s)
        return s.error();
    created = true;
    return c;
}

Result<Registration> ComplaintService::registerComplaint(const NewComplaint &input)
{
    CatalogStore catalog(m_db);
    if (input.channel.trimmed().isEmpty())
        return invalid(QStringLiteral("channel"),
                       tr("A complaint needs the channel it came in on (phone, e-mail, ...)."));
    if (auto s = mayAssign(m_db, input.assignee); !s)
        return s.error();
    auto channel = catalog.findChannel(input.channel);
    if (!channel)
        return channel.error();
    QString categoryId;
    if (!input.category.trimmed().isEmpty()) {
        auto category = catalog.findCategory(input.category);
        if (!category)
            return category.error();
        categoryId = category->meta.id;
    }
    if (input.receivedAt.isValid())
        if (auto e = receivedInFuture(input.receivedAt, m_db.clock().now()))
            return *e;
    const bool hasCustomer = !input.customer.id.isEmpty() || !input.customer.name.trimmed().isEmpty()
                             || !input.customer.email.trimmed().isEmpty()
                             || !input.customer.phone.trimmed().isEmpty()
                             || !input.customer.customerNumber.trimmed().isEmpty()
                             || !input.customer.handles.isEmpty();
    if (!hasCustomer)
        return invalid(QStringLiteral("customer"),
                       tr("A complaint needs a customer: choose one or create a new one."));

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    Registration out;
    auto customer = resolveCustomer(input.customer, out.customerCreated, out.matchedOn);
    if (!customer)
        return customer.error();
    out.customer = *customer;

    Complaint &c = out.complaint;
    c.customerId = out.customer.meta.id;
    c.channelId = channel->meta.id;
    c.receivedAt = input.receivedAt.isValid() ? input.receivedAt.toUTC() : m_db.clock().now();
    c.subject = input.subject;
    c.description = input.description;
    c.categoryId = categoryId;
    c.severity = input.severity;
    c.justified = input.justified;
    c.assignee = input.assignee;
    c.productRef = input.productRef;
    c.publicUrl = input.publicUrl;
    c.tags = input.tags;
    if (auto s = ComplaintStore(m_db).add(c); !s)
        return s.error();
    // Targets, the audit trail's first entry and escalation rules (docs/workflow.md).
    if (auto s = WorkflowService(m_db).onRegistered(c); !s)
        return s.error();
    // A complaint like several recent ones is a known (structural) complaint: marked at once,
    // in this transaction, so every way in (form, CLI, import) marks it the same way.
    auto known = KnownComplaints(m_db).evaluate(c.meta.id);
    if (!known)
        return known.error();
    out.known = known->known;
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

QStringList ComplaintService::settableFields()
{
    const QStringList own{
        QStringLiteral("subject"), QStringLiteral("description"), QStringLiteral("category"),
        QStringLiteral("channel"), QStringLiteral("severity"),    QStringLiteral("justified"),
        QStringLiteral("status"),  QStringLiteral("assignee"),    QStringLiteral("product"),
        QStringLiteral("url"),     QStringLiteral("tags"),        QStringLiteral("received")};
    return own + WorkflowService::settableFields();
}

Result<QList<FieldChange>> ComplaintService::setField(const QString &reference,
                                                      const QString &fieldName,
                                                      const QString &value)
{
    ComplaintStore complaints(m_db);
    CatalogStore catalog(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto found = complaints.byReference(reference);
    if (!found)
        return found.error();
    Complaint c = *found;
    const QString field = fieldName.trimmed().toLower();
    if (field == QLatin1String("subject")) {
        c.subject = value;
    } else if (field == QLatin1String("description")) {
        c.description = value;
    } else if (field == QLatin1String("category")) {
        if (value.trimmed().isEmpty()) {
            c.categoryId.clear();
        } else {
            auto cat = catalog.findCategory(value);
            if (!cat)
                return cat.error();
            c.categoryId = cat->meta.id;
        }
    } else if (field == QLatin1String("channel")) {
        auto ch = catalog.findChannel(value);
        if (!ch)
            return ch.error();
        c.channelId = ch->meta.id;
    } else if (field == QLatin1String("severity")) {
        auto v = parseField<Severity>(field, value);
        if (!v)
            return v.error();
        c.severity = *v;
    } else if (field == QLatin1String("justified")) {
        auto v = parseField<Justified>(field, value);
        if (!v)
            return v.error();
        c.justified = *v;
    } else if (field == QLatin1String("status")) {
        auto v = parseField<ComplaintStatus>(field, value);
        if (!v)
            return v.error();
        c.status = *v;
    } else if (field == QLatin1String("assignee")) {
        c.assignee = value.trimmed();
    } else if (field == QLatin1String("product")) {
        c.productRef = value;
    } else if (field == QLatin1String("url")) {
        c.publicUrl = value;
    } else if (field == QLatin1String("tags")) {
        c.tags.clear();
        for (const QString &t : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.tags << t.trimmed();
    } else if (field == QLatin1String("received")) {
        const QDateTime t = QDateTime::fromString(value, Qt::ISODate);
        if (!t.isValid())
            return invalid(field, tr("\"%1\" is not a date and time; use ISO 8601 like "
                                     "2026-10-01T09:30:00+02:00.").arg(value));
        if (auto e = receivedInFuture(t, m_db.clock().now()))
            return *e;
        c.receivedAt = t.toUTC();
    } else if (WorkflowService::settableFields().contains(field)) {
        auto changes = WorkflowService(m_db).setFieldInTransaction(c, field, value);
        if (!changes)
            return changes.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return changes;
    } else {
        return invalid(QStringLiteral("field"),
                       tr("Unknown field \"%1\"; fields that can be set: %2.")
                           .arg(fieldName, settableFields().join(QStringLiteral(", "))));
    }
    // The lifecycle refuses illegal moves; afterwards the audit trail, pauses and targets follow.
    WorkflowService workflow(m_db);
    if (auto s = workflow.beforeUpdate(*found, c); !s)
        return s.error();
    auto changes = complaints.update(c);
    if (!changes)
        return changes.error();
    if (auto s = workflow.afterUpdate(*found, c, *changes); !s)
        return s.error();
    // New text, category or product can make it match recent complaints: mark it known then.
    static const QStringList kSimilarityFields{QStringLiteral("subject"), QStringLiteral("description"),
                                               QStringLiteral("category"), QStringLiteral("product")};
    if (!changes->isEmpty() && kSimilarityFields.contains(field))
        if (auto known = KnownComplaints(m_db).evaluate(c.meta.id); !known)
            return known.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return changes;
}

Result<ComplaintDetails> ComplaintService::details(const QString &reference)
{
    ComplaintDetails d;
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    d.complaint = *c;
    auto customer = CustomerStore(m_db).get(d.complaint.customerId);
    if (!customer)
        return customer.error();
    d.customer = *customer;
    CatalogStore catalog(m_db);
    auto channel = catalog.channel(d.complaint.channelId);
    if (!channel)
        return channel.error();
    d.channel = *channel;
    if (!d.complaint.categoryId.isEmpty()) {
        auto category = catalog.category(d.complaint.categoryId);
        if (category)
            d.category = *category;
    }
    auto interactions = InteractionStore(m_db).forComplaint(d.complaint.meta.id);
    if (!interactions)
        return interactions.error();
    d.interactions = *interactions;
    return d;
}

Result<Interaction> ComplaintService::addInteraction(const QString &reference,
                                                     Interaction interaction)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto c = ComplaintStore(m_db).byReference(reference);
    if (!c)
        return c.error();
    interaction.complaintId = c->meta.id;
    interaction.customerId = c->customerId;
    if (interaction.channelId.isEmpty())
        interaction.channelId = c->channelId;
    if (!interaction.occurredAt.isValid())
        interaction.occurredAt = m_db.clock().now();
    if (interaction.author.isEmpty())
        interaction.author = m_db.user();
    if (auto s = InteractionStore(m_db).add(interaction); !s)
        return s.error();
    // First response, and the customer's answer resuming a paused complaint.
    if (auto s = WorkflowService(m_db).onInteraction(*c, interaction); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return interaction;
}

} // namespace kd
