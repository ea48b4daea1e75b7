// The moment the workflow stamps on what happens (audit `at`, paused_at, resolved_at,
// escalated_at, ...): the database clock, except while demo data replays a past history.
#pragma once

#include <QtGlobal>

namespace kd {

class Database;

// db.clock().nowMs(), or the replayed moment while a ReplayTime is alive on this thread.
qint64 eventNowMs(const Database &db);

// Demo data (core/service/demodata.cpp) replays months of complaint handling in one go: while
// this object lives, the workflow stamps the story's moments instead of the load time, so the
// audit trail, pauses and resolution times read as they would have happened. Row meta columns
// (created_at, updated_at) keep the real clock: they say when the row was written.
class ReplayTime
{
public:
    explicit ReplayTime(qint64 ms);
    ~ReplayTime();
    ReplayTime(const ReplayTime &) = delete;
    ReplayTime &operator=(const ReplayTime &) = delete;
    void set(qint64 ms);
};

} // namespace kd
