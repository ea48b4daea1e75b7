// UUIDv7 generation: 48 bits of milliseconds, then 74 bits of counter and randomness.
#include "uuid.h"

#include "clock.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace kd::uuid {

QString v7(const Clock &clock)
{
    // A monotonic 12-bit counter in rand_a keeps keys from one process sorted even when many are
    // made in the same millisecond or the clock steps back a little.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;

    qint64 ms = clock.nowMs();
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0FFF) {
                counter = 0;
                ms = ++lastMs;
            }
        } else {
            lastMs = ms;
            counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0200));
        }
    }

    quint8 bytes[16];
    const quint64 msBits = static_cast<quint64>(ms) & 0xFFFFFFFFFFFFULL;
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<quint8>(msBits >> (8 * (5 - i)));
    bytes[6] = static_cast<quint8>(0x70 | ((counter >> 8) & 0x0F));
    bytes[7] = static_cast<quint8>(counter & 0xFF);
    quint64 rnd = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i)
        bytes[i] = static_cast<quint8>(rnd >> (8 * (i - 8)));
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F)); // RFC 4122 variant

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[bytes[i] >> 4]);
        out += QLatin1Char(hex[bytes[i] & 0x0F]);
    }
    return out;
}

QString v7()
{
    return v7(SystemClock::instance());
}

bool isValid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace kd::uuid
