// Importing customers and complaints from a CSV file: mapping, checks per row, one transaction.
#pragma once

#include "csvreader.h"
#include "domain/error.h"
#include "importmapping.h"
#include "valueparsers.h"

#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace kd {

class Database;

struct ImportProgress
{
    qint64 rows = 0;       // records read so far
    qint64 bytesRead = 0;
    qint64 totalBytes = -1; // -1 when unknown (a pipe)
    qint64 inserted = 0;
    qint64 rejected = 0;
    // Empty while the file is read; after it, what the run is finishing (translated), e.g.
    // "filling the search index": a million rows take half a minute or more there.
    QString step;
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Complaints;
    CsvReader::Options csv;
    // The mapping: when set it is used as is; otherwise the remembered one for this header row,
    // else the guess from the header names. mapPairs ("column=field") then adjust it.
    std::optional<ColumnMapping> mapping;
    QStringList mapPairs;
    DateOrder dateOrder = DateOrder::Auto;
    QString timeZone = QStringLiteral("Europe/Amsterdam"); // for dates without an offset
    QString defaultChannel;   // for complaints without a channel column or value
    bool dryRun = false;      // do everything, then roll back, and report what would happen
    QString rejectsPath;      // CSV of refused rows: line, column, reason, original text
    bool rememberMapping = true;
    QString sourceName;       // the file name for the privacy log
    // Called every few thousand rows; return false to cancel (everything is rolled back).
    std::function<bool(const ImportProgress &)> progress;
};

struct RowProblem
{
    qint64 line = 0;
    QString column;  // header name of the column at fault, empty for the whole row
    QString reason;
    QString raw;     // the row as it stands in the file
};

struct ImportReport
{
    CsvLayout layout;
    ColumnMapping mapping;
    DateOrder dateOrder = DateOrder::Auto;
    qint64 rows = 0;             // records after the header (blank lines not counted)
    qint64 inserted = 0;         // new complaints or customers
    qint64 updated = 0;          // customers whose fields changed
    qint64 unchanged = 0;        // already there (same external id): nothing to do
    qint64 rejected = 0;
    qint64 customersCreated = 0; // made for complaints whose customer was not known
    qint64 blankLines = 0;
    QList<RowProblem> problems;  // the first 1,000; all of them are in the rejects file
    // Every refused row counted by its column ("" for the whole row), with the first one's
    // problem: what a user fixes first in a file with thousands of refusals.
    struct ColumnRejects
    {
        QString column;
        qint64 rows = 0;
        RowProblem first;
    };
    QList<ColumnRejects> rejectedByColumn; // most refusals first
    QStringList notes;           // things the user should know (damage that was repaired)
    bool dryRun = false;
    bool cancelled = false;
    qint64 elapsedMs = 0;
    QString rejectsPath;
};

// The refused rows per column as a user reads them, the command line and the dialog alike: a
// heading, then "N × line L, column: reason" for the first of each column, most first.
QStringList refusalsPerColumn(const ImportReport &report);

// What the mapping dialog shows before importing: the layout, the first rows, the mapping.
struct ImportPreview
{
    CsvLayout layout;
    QList<QStringList> rows;
    ColumnMapping mapping;
    bool mappingRemembered = false;
    DateOrder dateOrder = DateOrder::DayMonthYear;
    QStringList notes; // columns the guess left out, and why
};

class Importer
{
public:
    explicit Importer(Database &db);

    Result<ImportPreview> preview(const QString &path, const ImportOptions &options, int rows = 20);
    Result<ImportReport> run(const QString &path, const ImportOptions &options);
    Result<ImportReport> run(QIODevice *device, const ImportOptions &options);

private:
    Database &m_db;
};

} // namespace kd
