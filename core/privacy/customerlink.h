// The link from a customer to their record in the customer-service system (CRM): a URL template
// an administrator sets once for the team, e.g. https://crm.example/customers/{external_id}.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"

#include <QUrl>

namespace kd {

class Database;

// The setting key in privacy_setting.
inline QString customerLinkSettingKey()
{
    return QStringLiteral("customer_link.url_template");
}

// Fills {external_id}, {customer_number}, {id}, {email} (each percent-encoded). Empty when the
// template is empty, or a placeholder it uses has no value for this customer (no half links).
QUrl resolveCustomerLink(const QString &urlTemplate, const Customer &customer);

// The link for a customer with the team's template: what the history panel shows.
QUrl customerLink(Database &db, const Customer &customer);
Status setCustomerLinkTemplate(Database &db, const QString &urlTemplate);
QString customerLinkTemplate(Database &db);

} // namespace kd
