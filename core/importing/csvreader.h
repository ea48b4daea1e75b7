// A streaming CSV reader for files as offices really make them: RFC 4180 plus the usual damage.
#pragma once

#include "domain/error.h"
#include "textencoding.h"

#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <deque>
#include <memory>

class QIODevice;

namespace kd {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;     // line in the source file where the record starts (1-based)
    qint64 lastLine = 0; // line where it ends (a quoted field may span lines)
    QString raw;         // the record's text as it stands in the file, for the rejects file
    QString problem;     // set when the record is broken (a quote never closed)
    QString note;        // set when the record was read in spite of damage (a stray quote)
};

// What the reader found out about the file before the first record.
struct CsvLayout
{
    QChar delimiter = QLatin1Char(',');
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false;
    QString lineEnding = QStringLiteral("\n"); // "\n", "\r\n" or "\r"
    QStringList header;                        // column names (made up when there is none)
    qint64 headerLine = 0;                     // 0 when the file has no header row
    QList<qint64> skippedLines;                // junk lines before the header
    QString encodingNote;                      // why the encoding was chosen
};

class CsvReader
{
public:
    struct Options
    {
        QChar delimiter;                              // null: sniff among , ; tab |
        TextEncoding encoding = TextEncoding::Auto;   // Auto: BOM, UTF-8 check, else Windows-1252
        int headerLine = 0;                           // 0: find it; >0: that line; -1: no header
        qsizetype maxRecordChars = 4 * 1024 * 1024;   // a quoted field longer is taken as broken
    };

    explicit CsvReader(Options options);
    CsvReader();
    ~CsvReader();

    // Reads enough of the file to decide encoding, delimiter and header. The reader does not own
    // the device; it must stay open while records are read.
    Status open(QIODevice *device);
    const CsvLayout &layout() const { return m_layout; }

    // The next record after the header; false at the end. Blank lines are skipped and counted.
    bool next(CsvRecord &record);
    // The first records after the header, read by open() to find the layout; next() returns them
    // first. A look at the values before anything is imported.
    const std::deque<CsvRecord> &readAhead() const { return m_lookahead; }
    qint64 blankLines() const { return m_blankLines; }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }
    // Set when reading the device failed: the records read so far are all there is.
    const QString &ioError() const { return m_ioError; }

private:
    enum class Parse { Record, NeedMore, End };
    Parse parseOne(CsvRecord &record);
    bool fill();
    bool readRecord(CsvRecord &record);
    QString decode(const QByteArray &bytes);

    Options m_options;
    CsvLayout m_layout;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QStringDecoder> m_decoder;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_crLines = false;
    qint64 m_blankLines = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
    QString m_ioError;
    std::deque<CsvRecord> m_lookahead;
};

} // namespace kd
