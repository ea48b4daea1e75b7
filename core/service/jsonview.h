// JSON forms of the entities, as the CLI prints them and exports write them (stable field names).
#pragma once

#include "complaintservice.h"
#include "storage/complaintstore.h"

#include <QJsonObject>

namespace kd {

QString isoTime(const QDateTime &t); // "2026-10-01T07:30:00Z", empty for an invalid time
QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const Interaction &interaction);
QJsonObject toJson(const ComplaintDetails &details);
QJsonObject toJson(const QueueRow &row);

} // namespace kd
