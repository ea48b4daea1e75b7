// Field names here are a public interface: scripts read them. Add fields; never rename.
#include "jsonview.h"

#include <QJsonArray>

namespace kd {
namespace {

void putMeta(QJsonObject &o, const RowMeta &m)
{
    o[u"id"] = m.id;
    o[u"created_at"] = isoTime(m.createdAt);
    o[u"updated_at"] = isoTime(m.updatedAt);
    o[u"created_by"] = m.createdBy;
    o[u"updated_by"] = m.updatedBy;
}

} // namespace

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const Customer &c)
{
    QJsonObject o;
    putMeta(o, c.meta);
    o[u"name"] = c.name;
    o[u"customer_number"] = c.customerNumber;
    o[u"email"] = c.email;
    o[u"phone"] = c.phone;
    QJsonArray handles;
    for (const SocialHandle &h : c.handles)
        handles.append(QJsonObject{{QStringLiteral("platform"), h.platform},
                                   {QStringLiteral("handle"), h.handle}});
    o[u"handles"] = handles;
    o[u"language"] = c.language;
    o[u"form_of_address"] = toString(c.formOfAddress);
    o[u"external_id"] = c.externalId;
    return o;
}

QJsonObject toJson(const Interaction &i)
{
    QJsonObject o;
    putMeta(o, i.meta);
    o[u"direction"] = toString(i.direction);
    o[u"kind"] = toString(i.kind);
    o[u"occurred_at"] = isoTime(i.occurredAt);
    o[u"author"] = i.author;
    o[u"body"] = i.body;
    return o;
}

QJsonObject toJson(const ComplaintDetails &d)
{
    const Complaint &c = d.complaint;
    QJsonObject o;
    putMeta(o, c.meta);
    o[u"reference"] = c.reference;
    o[u"customer"] = toJson(d.customer);
    o[u"channel"] = d.channel.code;
    o[u"received_at"] = isoTime(c.receivedAt);
    o[u"subject"] = c.subject;
    o[u"description"] = c.description;
    o[u"category"] = d.category ? (d.category->code.isEmpty() ? d.category->nameEn : d.category->code)
                                : QString();
    o[u"severity"] = toString(c.severity);
    o[u"justified"] = toString(c.justified);
    o[u"status"] = toString(c.status);
    o[u"assignee"] = c.assignee;
    o[u"product_ref"] = c.productRef;
    o[u"public_url"] = c.publicUrl;
    o[u"tags"] = QJsonArray::fromStringList(c.tags);
    QJsonArray interactions;
    for (const Interaction &i : d.interactions)
        interactions.append(toJson(i));
    o[u"interactions"] = interactions;
    return o;
}

QJsonObject toJson(const QueueRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("received_at"), isoTime(r.receivedAt)},
            {QStringLiteral("customer"), r.customerName},
            {QStringLiteral("channel"), r.channelName},
            {QStringLiteral("category"), r.categoryName},
            {QStringLiteral("severity"), toString(r.severity)},
            {QStringLiteral("status"), toString(r.status)},
            {QStringLiteral("assignee"), r.assignee},
            {QStringLiteral("subject"), r.subject}};
}

} // namespace kd
