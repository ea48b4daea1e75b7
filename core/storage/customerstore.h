// Customers and their social handles: storing, finding while typing, and matching on registration.
#pragma once

#include "domain/entities.h"
#include "domain/error.h"

#include <QList>
#include <optional>

namespace kd {

class Database;

struct CustomerMatch
{
    Customer customer;
    QString matchedOn; // "customer_number", "email", "phone", "handle", "name"
};

class CustomerStore
{
public:
    explicit CustomerStore(Database &db);

    Status add(Customer &customer);          // sets customer.meta.id
    Status update(const Customer &customer); // handles are replaced as a set
    Status remove(const QString &id);        // tombstone
    Result<Customer> get(const QString &id);

    // Exact lookup by customer number, e-mail, phone (any formatting) or social handle, in that
    // order. Used by the CLI ("history 06-12345678") and by registration to avoid duplicates.
    Result<std::optional<CustomerMatch>> findExact(const QString &key);
    // The live customer a merged (tombstoned) one was merged into, following later merges;
    // empty when there is none.
    Result<QString> customerMergedInto(const QString &mergedId);

    // Customers whose name, number, e-mail, phone or handle starts with the text, for the
    // registration form's completer. Cheap: index range scans only.
    Result<QList<CustomerMatch>> suggest(const QString &text, int limit = 10);

private:
    Result<QList<SocialHandle>> handlesOf(const QString &customerId);
    Status writeHandles(const Customer &customer, bool replace);

    Database &m_db;
};

} // namespace kd
