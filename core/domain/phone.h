// Phone numbers compared in one form: "06-12345678", "0031 6 1234 5678" and "+31612345678" match.
#pragma once

#include <QString>

namespace kd {

// E.164-like digits with a leading '+'. A national number (one leading 0) gets the default
// country code; text without digits gives an empty string.
QString normalizePhone(const QString &input, const QString &defaultCountryCode = QStringLiteral("31"));

// A social handle as stored for lookups: lower case, without a leading '@'.
QString normalizeHandle(const QString &handle);

} // namespace kd
