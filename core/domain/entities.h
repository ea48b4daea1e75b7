// The stored entities as plain values. Every row carries RowMeta: a UUIDv7 key, who and when.
#pragma once

#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

struct RowMeta
{
    QString id;         // UUIDv7, made where the row was made (any desktop, offline)
    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;  // login of the user
    QString updatedBy;
    bool deleted = false; // a tombstone: deleted rows stay so that sync can carry the deletion
};

struct SocialHandle
{
    QString platform; // channel code of the platform: "twitter", "facebook", ...
    QString handle;   // as the customer writes it, "@janjansen"
};

struct Customer
{
    RowMeta meta;
    QString name;
    QString customerNumber;
    QString email;
    QString phone;          // as entered; search normalises it
    QList<SocialHandle> handles;
    QString preferredChannelId;
    QString language;       // "nl", "en", ... empty when not known
    FormOfAddress formOfAddress = FormOfAddress::Unknown;
    QString externalId;     // the customer's id in the customer-service system
    QString notes;
};

struct Category
{
    RowMeta meta;
    QString code;     // stable key of default categories ("delivery_time"); empty for user-made ones
    QString parentId;
    QString nameEn;
    QString nameNl;
    CategoryKind kind = CategoryKind::Organisational;
    int sortOrder = 0;

    QString displayName(const QString &language) const
    {
        return (language.startsWith(QLatin1String("nl")) && !nameNl.isEmpty()) ? nameNl : nameEn;
    }
};

struct Channel
{
    RowMeta meta;
    QString code;    // "email", "phone", "twitter", ...
    QString nameEn;
    QString nameNl;
    bool isPublic = false;
    std::optional<int> replyLimit;         // characters a reply may have on this channel
    int firstResponseMinutes = 8 * 60;     // working minutes until a first reaction is due
    bool active = true;

    QString displayName(const QString &language) const
    {
        return (language.startsWith(QLatin1String("nl")) && !nameNl.isEmpty()) ? nameNl : nameEn;
    }
};

struct Complaint
{
    RowMeta meta;
    QString reference;   // "KL-2026-000123", unique, never reused
    QString customerId;
    QString channelId;
    QDateTime receivedAt;
    QString subject;
    QString description; // the customer's own words
    QString categoryId;
    Severity severity = Severity::Normal;
    Justified justified = Justified::Unknown;
    ComplaintStatus status = ComplaintStatus::New;
    QString assignee;    // login, empty when unassigned
    QString productRef;  // product or order reference
    QString publicUrl;   // where it was posted publicly
    QStringList tags;
};

struct Interaction
{
    RowMeta meta;
    QString complaintId; // empty for contact that belongs to no complaint
    QString customerId;
    QString channelId;
    Direction direction = Direction::Inbound;
    InteractionKind kind = InteractionKind::Message;
    QDateTime occurredAt;
    QString author;      // login of the agent, or the customer's name for inbound messages
    QString body;
};

} // namespace kd
