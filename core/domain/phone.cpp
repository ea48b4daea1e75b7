// Normalisation of phone numbers and handles for matching customers.
#include "phone.h"

namespace kd {

QString normalizePhone(const QString &input, const QString &defaultCountryCode)
{
    QString digits;
    bool plus = false;
    for (const QChar c : input.trimmed()) {
        if (c == QLatin1Char('+') && digits.isEmpty())
            plus = true;
        else if (c.isDigit())
            digits += QChar(QLatin1Char(static_cast<char>('0' + c.digitValue())));
    }
    if (digits.isEmpty())
        return {};
    if (plus)
        return QLatin1Char('+') + digits;
    if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')))
        return QLatin1Char('+') + defaultCountryCode + digits.mid(1);
    // Neither international nor national: a fragment typed in a search box, kept as digits.
    return digits;
}

QString normalizeHandle(const QString &handle)
{
    QString h = handle.trimmed().toLower();
    while (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    return h;
}

} // namespace kd
