// The large generated database klachtdesk-bench measures on: realistic Dutch-like (and some
// English) complaints, customers with contact details and handles, and their interactions.
#pragma once

#include "domain/error.h"

#include <QString>

#include <functional>

namespace kd {

class Database;

struct BenchDataSpec
{
    int complaints = 1000000;
    int customers = 200000;
    int interactions = 3000000;
    quint32 seed = 20261125;
};

struct BenchDataInfo
{
    double seconds = 0;
    qint64 bytes = 0;
};

// Fills an empty, migrated database in one transaction with prepared statements reused. The rows
// are not written to change_log: they are test data, never to be synced. Secondary indexes and
// full-text indexes are built once after the inserts (an FTS 'rebuild'), then the FTS triggers
// are put back, so the schema is as migrated. progress(done, total) is called now and then.
Result<BenchDataInfo> generateBenchData(Database &db, const BenchDataSpec &spec,
                                        const std::function<void(qint64, qint64)> &progress = {});

} // namespace kd
