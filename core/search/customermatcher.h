// Finding the existing customer while a complaint is registered, so no duplicate is made:
// by customer number, e-mail, phone (any formatting), handle, or a similar name.
#pragma once

#include "domain/error.h"
#include "storage/customerstore.h"

#include <QList>

namespace kd {

class Database;

class CustomerMatcher
{
public:
    explicit CustomerMatcher(Database &db);

    // Identifiers that start with the text come first (index range scans), then names that
    // contain all its words as word prefixes, then names sharing some of its words (bm25 within
    // the newest 2,000 matches). Any text is safe. CustomerStore::suggest calls this.
    Result<QList<CustomerMatch>> suggest(const QString &text, int limit = 10);

private:
    Database &m_db;
};

} // namespace kd
