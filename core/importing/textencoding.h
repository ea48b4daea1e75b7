// Which character encoding a file uses, guessed from its bytes, and decoding Windows-1252.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kd {

enum class TextEncoding { Auto, Utf8, Windows1252, Utf16LE, Utf16BE };

QString toString(TextEncoding e);                                 // "utf-8", "windows-1252", ...
std::optional<TextEncoding> parseTextEncoding(const QString &name); // also "cp1252", "latin1"

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomBytes = 0; // bytes of byte-order mark to skip
};

// A BOM decides; otherwise bytes that are valid UTF-8 are UTF-8 (plain ASCII too) and anything
// else is taken as Windows-1252, what Dutch offices' spreadsheets write. Many zero bytes without
// a BOM mean UTF-16.
EncodingGuess guessEncoding(const QByteArray &start);

// True when the bytes are valid UTF-8; an incomplete sequence at the very end counts as valid
// when allowTruncatedEnd is set (a chunk cut in the middle of a character).
bool isValidUtf8(const char *data, qsizetype size, bool allowTruncatedEnd = false);

// Windows-1252 both ways: 0x80-0x9F hold the euro sign, curly quotes and dashes; the rest is
// Latin-1. Characters without a Windows-1252 byte become '?'.
QString fromWindows1252(const char *data, qsizetype size);
QByteArray toWindows1252(const QString &text);

} // namespace kd
