// A per-thread override of the workflow's "now", for replaying demo histories.
#include "eventtime.h"

#include "storage/database.h"

#include <optional>

namespace kd {
namespace {

thread_local std::optional<qint64> g_replay;

} // namespace

qint64 eventNowMs(const Database &db)
{
    return g_replay ? *g_replay : db.clock().nowMs();
}

ReplayTime::ReplayTime(qint64 ms)
{
    g_replay = ms;
}

ReplayTime::~ReplayTime()
{
    g_replay.reset();
}

void ReplayTime::set(qint64 ms)
{
    g_replay = ms;
}

} // namespace kd
