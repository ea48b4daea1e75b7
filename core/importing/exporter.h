// Exporting complaints or customers as CSV (safe to open in a spreadsheet) or JSON, for a period
// and a filter. The CSV uses the import's field names, so an export imports again unchanged.
#pragma once

#include "domain/enums.h"
#include "domain/error.h"
#include "importmapping.h"

#include <QDateTime>
#include <QList>

class QIODevice;

namespace kd {

class Database;

enum class ExportFormat { Csv, Json };
std::optional<ExportFormat> parseExportFormat(const QString &text);

struct ExportOptions
{
    ImportKind kind = ImportKind::Complaints;
    ExportFormat format = ExportFormat::Csv;
    QDateTime from;                   // received at or after (complaints), inclusive
    QDateTime until;                  // before, exclusive
    QList<ComplaintStatus> statuses;  // empty: any
    QString channel;                  // code, name or id; empty: any
    QString category;                 // code, name or id (with its sub-categories); empty: any
    QString customerId;
    QChar delimiter = QLatin1Char(',');
    bool bom = true;                  // UTF-8 BOM, so spreadsheets pick the right encoding
    QString target;                   // the file name, for the privacy log
};

// Writes the rows and returns how many. Records an "export" privacy action.
Result<qint64> exportData(Database &db, QIODevice *out, const ExportOptions &options);

} // namespace kd
