// The CSV reader: sniffing (encoding, delimiter, line ends, header), then one record at a time.
#include "csvreader.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QHash>
#include <QIODevice>

#include <algorithm>

namespace kd {
namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr int kSniffRecords = 30;

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::CsvReader", text);
}

// Field counts of the first records of text for one delimiter, quote-aware but forgiving.
QList<int> fieldCounts(QStringView text, QChar delim, int maxRecords)
{
    QList<int> counts;
    bool inQuote = false;
    int fields = 1;
    bool empty = true;
    for (qsizetype i = 0; i < text.size() && counts.size() < maxRecords; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuote = !inQuote;
            empty = false;
        } else if (inQuote) {
            continue;
        } else if (c == delim) {
            ++fields;
            empty = false;
        } else if (c == u'\n' || c == u'\r') {
            if (!empty)
                counts << fields;
            fields = 1;
            empty = true;
        } else {
            empty = false;
        }
    }
    return counts;
}

// The most common count of at least two fields and how often it occurs.
std::pair<int, int> modeOf(const QList<int> &counts)
{
    QHash<int, int> freq;
    for (int c : counts)
        if (c >= 2)
            ++freq[c];
    int best = 1, bestFreq = 0;
    for (auto it = freq.cbegin(); it != freq.cend(); ++it)
        if (it.value() > bestFreq || (it.value() == bestFreq && it.key() > best)) {
            best = it.key();
            bestFreq = it.value();
        }
    return {best, bestFreq};
}

} // namespace

CsvReader::CsvReader(Options options) : m_options(options) {}
CsvReader::CsvReader() : CsvReader(Options{}) {}
CsvReader::~CsvReader() = default;

QString CsvReader::decode(const QByteArray &bytes)
{
    if (m_layout.encoding == TextEncoding::Windows1252)
        return fromWindows1252(bytes.constData(), bytes.size());
    return (*m_decoder)(bytes);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray bytes = m_device->read(kChunk);
    if (bytes.isEmpty()) {
        auto *file = qobject_cast<QFileDevice *>(m_device);
        if (file && file->error() != QFileDevice::NoError)
            m_ioError = file->errorString();
        m_eof = true;
        if (m_decoder)
            m_buf += (*m_decoder)(QByteArray()); // flush a cut-off sequence as U+FFFD
        return false;
    }
    m_bytesRead += bytes.size();
    m_buf += decode(bytes);
    return true;
}

Status CsvReader::open(QIODevice *device)
{
    m_device = device;
    if (!device || !device->isReadable())
        return makeError(ErrorCode::Io, tr("The file is not open for reading."));
    if (!device->isSequential())
        m_totalBytes = device->size();

    // Encoding: from the option, a BOM, or the bytes themselves.
    QByteArray start = device->peek(kChunk);
    // A workbook chosen instead of its CSV export would otherwise be read as text: a screen of
    // binary and "no column is mapped to the description".
    if (start.startsWith("PK\x03\x04"))
        return makeError(ErrorCode::Invalid,
                         tr("This is a spreadsheet workbook or a ZIP archive (.xlsx, .ods, .zip), "
                            "not a CSV file. Open it in the spreadsheet program, save it as CSV "
                            "(UTF-8), and import that file."));
    if (start.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return makeError(ErrorCode::Invalid,
                         tr("This is an old Excel workbook (.xls), not a CSV file. Open it in the "
                            "spreadsheet program, save it as CSV (UTF-8), and import that file."));
    if (start.startsWith("%PDF-"))
        return makeError(ErrorCode::Invalid,
                         tr("This is a PDF document, not a CSV file."));
    EncodingGuess guess = guessEncoding(start);
    if (m_options.encoding != TextEncoding::Auto) {
        const int bom = guess.encoding == m_options.encoding ? guess.bomBytes : 0;
        guess = {m_options.encoding, bom};
        m_layout.encodingNote = tr("chosen by the user");
    } else if (guess.bomBytes > 0) {
        m_layout.encodingNote = tr("byte-order mark");
    } else if (guess.encoding == TextEncoding::Utf8 && !device->isSequential()) {
        // Valid at the start is not enough: a single Windows-1252 byte later on would turn into
        // a replacement character. Check the whole file (cheap next to the import itself).
        qint64 lines = 1;
        const qint64 at = device->pos();
        QByteArray carry;
        bool valid = true;
        while (valid && !device->atEnd()) {
            QByteArray chunk = carry + device->read(4 * kChunk);
            if (chunk.size() == carry.size())
                break;
            // Keep a character cut by the chunk's end for the next round.
            qsizetype cut = chunk.size();
            int back = 0;
            while (cut > 0 && back < 3 && (uchar(chunk.at(cut - 1)) & 0xC0) == 0x80) {
                --cut;
                ++back;
            }
            if (cut > 0 && uchar(chunk.at(cut - 1)) >= 0xC0)
                --cut;
            else
                cut = chunk.size();
            carry = chunk.mid(cut);
            valid = isValidUtf8(chunk.constData(), cut);
            if (valid)
                lines += chunk.left(cut).count('\n');
        }
        if (valid && !carry.isEmpty())
            valid = isValidUtf8(carry.constData(), carry.size());
        if (!valid) {
            guess.encoding = TextEncoding::Windows1252;
            m_layout.encodingNote
                = tr("not valid UTF-8 (near line %1), read as Windows-1252").arg(lines);
        }
        device->seek(at);
        if (guess.encoding == TextEncoding::Utf8)
            m_layout.encodingNote = tr("valid UTF-8");
    } else {
        m_layout.encodingNote = guess.encoding == TextEncoding::Windows1252
                                    ? tr("not valid UTF-8, read as Windows-1252")
                                    : tr("guessed from the bytes");
    }
    m_layout.encoding = guess.encoding;
    m_layout.bom = guess.bomBytes > 0;
    if (guess.bomBytes > 0)
        device->read(guess.bomBytes);
    switch (guess.encoding) {
    case TextEncoding::Utf16LE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Utf16BE:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Windows1252:
        break;
    default:
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf8);
        break;
    }

    fill();
    // Line ends: whichever kind is most common in the first megabyte.
    qsizetype crlf = 0, lf = 0, cr = 0;
    for (qsizetype i = 0; i < m_buf.size(); ++i) {
        if (m_buf[i] == u'\r') {
            if (i + 1 < m_buf.size() && m_buf[i + 1] == u'\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (m_buf[i] == u'\n') {
            ++lf;
        }
    }
    m_crLines = cr > crlf && cr > lf;
    m_layout.lineEnding = m_crLines ? QStringLiteral("\r")
                          : crlf >= lf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    if (crlf + lf + cr == 0)
        m_layout.lineEnding = QStringLiteral("\n");

    // Delimiter: the candidate that splits the first records most consistently.
    if (!m_options.delimiter.isNull()) {
        m_layout.delimiter = m_options.delimiter;
    } else {
        const QStringView sample = QStringView(m_buf).left(256 * 1024);
        int bestScore = -1;
        for (const QChar d : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
            const auto [mode, freq] = modeOf(fieldCounts(sample, d, kSniffRecords));
            const int score = mode >= 2 ? freq * 1000 + mode : 0;
            if (score > bestScore) {
                bestScore = score;
                m_layout.delimiter = d;
            }
        }
    }

    // Header: the first record with the usual number of fields; lines before it are junk
    // (archive tool output, a title, an export date).
    for (int i = 0; i < kSniffRecords; ++i) {
        CsvRecord r;
        if (!readRecord(r))
            break;
        m_lookahead.push_back(std::move(r));
    }
    if (m_lookahead.empty())
        return makeError(ErrorCode::Invalid, tr("The file is empty: there is no header row."));
    QList<int> counts;
    for (const CsvRecord &r : m_lookahead)
        counts << int(r.fields.size());
    const int mode = modeOf(counts).first;
    qsizetype headerAt = -1;
    if (m_options.headerLine > 0) {
        for (qsizetype i = 0; i < qsizetype(m_lookahead.size()); ++i)
            if (m_lookahead[i].line == m_options.headerLine)
                headerAt = i;
        if (headerAt < 0)
            return makeError(ErrorCode::Invalid,
                             tr("Line %1 is not the start of a row in the first %2 rows of the "
                                "file; choose another header line.")
                                 .arg(m_options.headerLine)
                                 .arg(kSniffRecords));
    } else if (m_options.headerLine == 0) {
        // A data row may carry one more (empty) field than the header: a trailing delimiter.
        for (qsizetype i = 0; i < qsizetype(m_lookahead.size()); ++i)
            if (m_lookahead[i].problem.isEmpty() && m_lookahead[i].fields.size() >= 2
                && m_lookahead[i].fields.size() >= mode - 1) {
                headerAt = i;
                break;
            }
        if (headerAt < 0 && !m_lookahead.empty())
            headerAt = 0;
    }
    if (headerAt >= 0) {
        for (qsizetype i = 0; i < headerAt; ++i) {
            m_layout.skippedLines << m_lookahead.front().line;
            m_lookahead.pop_front();
        }
        const CsvRecord h = m_lookahead.front();
        m_lookahead.pop_front();
        m_layout.headerLine = h.line;
        for (int i = 0; i < h.fields.size(); ++i) {
            const QString name = h.fields.at(i).trimmed();
            m_layout.header << (name.isEmpty() ? tr("Column %1").arg(i + 1) : name);
        }
    } else {
        for (int i = 0; i < mode; ++i)
            m_layout.header << tr("Column %1").arg(i + 1);
    }
    if (m_layout.header.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The file is empty: there is no header row."));
    return {};
}

bool CsvReader::readRecord(CsvRecord &record)
{
    for (;;) {
        switch (parseOne(record)) {
        case Parse::Record: {
            bool blank = record.problem.isEmpty();
            for (const QString &f : std::as_const(record.fields))
                if (!f.trimmed().isEmpty()) {
                    blank = false;
                    break;
                }
            if (blank) {
                ++m_blankLines;
                continue;
            }
            return true;
        }
        case Parse::NeedMore:
            if (!fill() && !m_eof)
                return false;
            continue;
        case Parse::End:
            return false;
        }
    }
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_lookahead.empty()) {
        record = std::move(m_lookahead.front());
        m_lookahead.pop_front();
        return true;
    }
    return readRecord(record);
}

CsvReader::Parse CsvReader::parseOne(CsvRecord &rec)
{
    const QChar delim = m_layout.delimiter;
    const qsizetype start = m_pos;
    const qsizetype n = m_buf.size();
    const QChar *d = m_buf.constData();
    if (start >= n)
        return m_eof ? Parse::End : Parse::NeedMore;
    const QChar lineBreak = m_crLines ? QChar(u'\r') : QChar(u'\n');
    const bool tooLong = n - start > m_options.maxRecordChars;

    // A record that cannot be read (a quote never closed): report its first line and go on
    // from the next one, so one bad quote costs one row, not the rest of the file.
    auto broken = [&](const QString &problem) {
        qsizetype e = start;
        while (e < n && d[e] != u'\n' && d[e] != u'\r')
            ++e;
        rec = CsvRecord{};
        rec.raw = QString(d + start, e - start);
        rec.line = rec.lastLine = m_line;
        rec.problem = problem;
        if (e < n && d[e] == u'\r' && e + 1 < n && d[e + 1] == u'\n')
            e += 2;
        else if (e < n)
            e += 1;
        m_pos = e;
        ++m_line;
        return Parse::Record;
    };
    auto needMore = [&]() {
        if (tooLong)
            return broken(tr("the row is longer than %1 characters; a quote is probably never "
                             "closed")
                              .arg(m_options.maxRecordChars));
        return Parse::NeedMore;
    };

    QStringList fields;
    QString note;
    qint64 lines = 0;
    qsizetype i = start;
    qsizetype rawEnd = n;
    for (;;) {
        QString field;
        qsizetype j = i;
        while (j < n && d[j] == u' ')
            ++j;
        if (j < n && d[j] == u'"') {
            i = j + 1;
            for (;;) {
                qsizetype q = i;
                while (q < n && d[q] != u'"') {
                    if (d[q] == lineBreak)
                        ++lines;
                    ++q;
                }
                field.append(d + i, q - i);
                if (q >= n) {
                    if (!m_eof)
                        return needMore();
                    return broken(tr("a quote opened in column %1 is never closed")
                                      .arg(fields.size() + 1));
                }
                if (q + 1 >= n && !m_eof)
                    return needMore();
                if (q + 1 < n && d[q + 1] == u'"') {
                    field.append(u'"');
                    i = q + 2;
                    continue;
                }
                i = q + 1;
                break;
            }
            qsizetype k = i;
            while (k < n && d[k] != delim && d[k] != u'\n' && d[k] != u'\r')
                ++k;
            if (k >= n && !m_eof)
                return needMore();
            if (k > i) {
                const QStringView extra(d + i, k - i);
                if (!extra.trimmed().isEmpty()) {
                    note = tr("text after the closing quote in column %1 was kept")
                               .arg(fields.size() + 1);
                    field.append(extra);
                }
            }
            i = k;
        } else {
            qsizetype k = i;
            bool strayQuote = false;
            for (;;) {
                while (k < n && d[k] != delim && d[k] != u'\n' && d[k] != u'\r') {
                    if (d[k] == u'"')
                        strayQuote = true;
                    ++k;
                }
                if (k >= n) {
                    if (!m_eof)
                        return needMore();
                    break;
                }
                if (d[k] == u'\r' && !m_crLines) {
                    if (k + 1 >= n && !m_eof)
                        return needMore();
                    if (k + 1 < n && d[k + 1] == u'\n')
                        break;
                    // A bare carriage return in a file whose lines end otherwise is damage
                    // inside the text (a pasted tweet), not the end of the row.
                    note = tr("a bare carriage return in column %1 was kept as text")
                               .arg(fields.size() + 1);
                    ++k;
                    continue;
                }
                break;
            }
            field = QString(d + i, k - i);
            if (strayQuote && note.isEmpty())
                note = tr("a quote inside the unquoted column %1 was kept as text")
                           .arg(fields.size() + 1);
            i = k;
        }
        fields.append(std::move(field));
        if (i >= n) {
            rawEnd = n;
            break;
        }
        if (d[i] == delim) {
            ++i;
            continue;
        }
        rawEnd = i;
        if (d[i] == u'\r' && i + 1 < n && d[i + 1] == u'\n')
            i += 2;
        else
            i += 1;
        break;
    }
    rec.fields = std::move(fields);
    rec.raw = QString(d + start, rawEnd - start);
    rec.problem.clear();
    rec.note = note;
    rec.line = m_line;
    rec.lastLine = m_line + lines;
    m_line += lines + 1;
    m_pos = i;
    return Parse::Record;
}

} // namespace kd
