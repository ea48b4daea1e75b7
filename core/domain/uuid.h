// Time-ordered UUIDs (version 7, RFC 9562) as the key of every row, made on any desktop offline.
#pragma once

#include <QString>

namespace kd {

class Clock;

namespace uuid {

// A new UUIDv7 in its canonical lower-case text form. The 48-bit prefix is the clock's Unix time
// in milliseconds; within one millisecond a counter keeps keys made by this process increasing.
QString v7(const Clock &clock);
QString v7();

bool isValid(const QString &text);

} // namespace uuid
} // namespace kd
