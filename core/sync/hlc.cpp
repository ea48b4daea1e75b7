// HLC arithmetic after Kulkarni et al.: max of wall clocks, counter breaks ties.
#include "hlc.h"

#include <QStringList>

#include <algorithm>

namespace kd {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'))
        .arg(site);
}

std::optional<HlcStamp> HlcStamp::parse(const QString &text)
{
    const int first = text.indexOf(QLatin1Char('-'));
    const int second = first < 0 ? -1 : text.indexOf(QLatin1Char('-'), first + 1);
    if (second < 0)
        return std::nullopt;
    bool okWall = false, okCounter = false;
    HlcStamp s;
    s.wallMs = text.left(first).toLongLong(&okWall);
    s.counter = text.mid(first + 1, second - first - 1).toInt(&okCounter);
    s.site = text.mid(second + 1);
    if (!okWall || !okCounter)
        return std::nullopt;
    return s;
}

HlcStamp hlcTick(const HlcStamp &last, qint64 nowMs, const QString &site)
{
    HlcStamp next;
    next.site = site;
    if (nowMs > last.wallMs) {
        next.wallMs = nowMs;
        next.counter = 0;
    } else {
        next.wallMs = last.wallMs;
        next.counter = last.counter + 1;
    }
    return next;
}

HlcStamp hlcReceive(const HlcStamp &last, const HlcStamp &remote, qint64 nowMs,
                    const QString &site, qint64 maxDriftMs)
{
    HlcStamp r = remote;
    if (r.wallMs > nowMs + maxDriftMs) {
        r.wallMs = nowMs + maxDriftMs;
        r.counter = 0;
    }
    HlcStamp next;
    next.site = site;
    next.wallMs = std::max({last.wallMs, r.wallMs, nowMs});
    if (next.wallMs == last.wallMs && next.wallMs == r.wallMs)
        next.counter = std::max(last.counter, r.counter) + 1;
    else if (next.wallMs == last.wallMs)
        next.counter = last.counter + 1;
    else if (next.wallMs == r.wallMs)
        next.counter = r.counter + 1;
    else
        next.counter = 0;
    return next;
}

} // namespace kd
