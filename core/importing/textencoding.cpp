// Encoding guesses and the Windows-1252 table (Qt has no codec for it without ICU).
#include "textencoding.h"

namespace kd {
namespace {

// 0x80-0x9F of Windows-1252; 0 where the code page leaves a byte undefined (kept as C1 control).
constexpr char16_t kHigh[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

QString toString(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    }
    return {};
}

std::optional<TextEncoding> parseTextEncoding(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n.isEmpty() || n == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252")
        || n == QLatin1String("latin1") || n == QLatin1String("iso88591")
        || n == QLatin1String("ansi"))
        return TextEncoding::Windows1252;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

bool isValidUtf8(const char *data, qsizetype size, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        unsigned int cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size) {
            // The sequence is cut off by the end of the data: fine for a chunk, wrong for a file.
            if (!allowTruncatedEnd)
                return false;
            for (qsizetype k = i + 1; k < size; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond Unicode are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

EncodingGuess guessEncoding(const QByteArray &start)
{
    if (start.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (start.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2};
    if (start.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2};
    const qsizetype n = std::min<qsizetype>(start.size(), 4096);
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (start.at(i) == 0)
            (i % 2 == 0 ? zeroEven : zeroOdd)++;
    if (n >= 4 && zeroOdd > n / 4)
        return {TextEncoding::Utf16LE, 0};
    if (n >= 4 && zeroEven > n / 4)
        return {TextEncoding::Utf16BE, 0};
    if (isValidUtf8(start.constData(), start.size(), true))
        return {TextEncoding::Utf8, 0};
    return {TextEncoding::Windows1252, 0};
}

QString fromWindows1252(const char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x80 && c < 0xA0 && kHigh[c - 0x80] != 0)
            dst[i] = QChar(kHigh[c - 0x80]);
        else
            dst[i] = QChar(c);
    }
    return out;
}

QByteArray toWindows1252(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(static_cast<char>(u));
            continue;
        }
        char b = '?';
        for (int k = 0; k < 32; ++k)
            if (kHigh[k] == u && u != 0)
                b = static_cast<char>(0x80 + k);
        out.append(b);
    }
    return out;
}

} // namespace kd
