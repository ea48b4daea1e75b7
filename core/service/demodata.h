// A realistic Dutch demo data set: customers with several complaints each across the default
// categories and channels, with replies and call notes, spread over the past thirteen months.
#pragma once

#include "domain/error.h"

namespace kd {

class Database;

struct DemoSummary
{
    int customers = 0;
    int complaints = 0;
    int interactions = 0;
    int promises = 0;
};

// Deterministic for a given seed and clock. Runs in one transaction: all or nothing.
Result<DemoSummary> loadDemoData(Database &db, int complaints = 300, quint32 seed = 20261125);

} // namespace kd
