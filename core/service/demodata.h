// A realistic Dutch demo data set: customers with several complaints each across the default
// categories and channels, with replies and call notes, spread over the past thirteen months.
#pragma once

#include "domain/error.h"

#include <QString>

namespace kd {

class Database;

struct DemoSummary
{
    int customers = 0;
    int complaints = 0;
    int interactions = 0;
    int promises = 0;
};

// Deterministic for a given seed and clock. Runs in one transaction: all or nothing. Marks the
// database as holding the demo set (holdsDemoData).
Result<DemoSummary> loadDemoData(Database &db, int complaints = 300, quint32 seed = 20261125);

// A database with the demo set is never synced, and `connect` refuses it: its made-up customers,
// complaints and colleagues would otherwise go to the team's server with the first sync. The
// window offers the demo on a new database, so the first database a user tries is often this one.
bool holdsDemoData(Database &db);
// What the user is told, with the database's file.
QString demoDataNotSyncedMessage(Database &db);

} // namespace kd
