// Hybrid logical clock stamps: wall time that never runs backwards, plus a counter and the site.
#pragma once

#include <QString>

#include <optional>

namespace kd {

struct HlcStamp
{
    qint64 wallMs = 0;
    int counter = 0;
    QString site;

    // Fixed-width text, so stamps sort as strings in SQLite and PostgreSQL alike.
    QString toString() const;
    static std::optional<HlcStamp> parse(const QString &text);

    friend bool operator<(const HlcStamp &a, const HlcStamp &b)
    {
        if (a.wallMs != b.wallMs)
            return a.wallMs < b.wallMs;
        if (a.counter != b.counter)
            return a.counter < b.counter;
        return a.site < b.site;
    }
};

// The next stamp after last for a local event at physical time nowMs.
HlcStamp hlcTick(const HlcStamp &last, qint64 nowMs, const QString &site);

// Merges a received stamp. A remote wall time further than maxDriftMs ahead of nowMs is clamped
// to nowMs + maxDriftMs, so one desktop with a clock a year ahead cannot win every later edit.
HlcStamp hlcReceive(const HlcStamp &last, const HlcStamp &remote, qint64 nowMs,
                    const QString &site, qint64 maxDriftMs);

} // namespace kd
