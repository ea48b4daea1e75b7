// Privacy actions on one customer, for menus and the customer's history: export everything
// (JSON and a readable PDF) and erase after confirmation. The work is core's PrivacyService.
#pragma once

#include <QString>
#include <QUrl>

class QWidget;

namespace kd {

class Database;

// Asks where to save, writes <name>.json and <name>.pdf; false when cancelled or failed (the
// user has been told why).
bool exportCustomerData(Database &db, const QString &customerId, QWidget *parent);
// Explains what erasure does, asks the user to type the customer's name to confirm, erases.
bool eraseCustomer(Database &db, const QString &customerId, QWidget *parent);
// The customer's link into the customer-service system; empty when none is configured.
QUrl customerServiceLink(Database &db, const QString &customerId);

} // namespace kd
