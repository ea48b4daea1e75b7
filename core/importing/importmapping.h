// Which column of a file goes into which field: the fields on offer, the automatic guess from
// header names (Dutch and English), and mappings remembered per header row.
#pragma once

#include "domain/error.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

class Database;

enum class ImportKind { Complaints, Customers };
QString toString(ImportKind kind);
std::optional<ImportKind> parseImportKind(const QString &text);

struct ImportField
{
    QString key;       // "received_at", "customer_email", ...
    const char *label; // source text for the mapping table (context "kd::ImportMapping")
    bool required = false;
};

// The fields a column can be mapped to, in the order the mapping dialog lists them.
const QList<ImportField> &importFields(ImportKind kind);
bool isImportField(ImportKind kind, const QString &key);

// Column index -> field key. Columns not in the map are ignored.
using ColumnMapping = QHash<int, QString>;

// A guess from the header names alone ("Datum ontvangst" -> received_at); each field is used once.
ColumnMapping guessMapping(ImportKind kind, const QStringList &header);

// Applies "column=field" pairs (column by header name, case-insensitive, or by 1-based number)
// on top of a mapping; "column=" or "column=ignore" drops a column.
Result<ColumnMapping> applyMappingPairs(ImportKind kind, const QStringList &header,
                                        ColumnMapping mapping, const QStringList &pairs);

// JSON form {"Header name": "field"}, the form files, the CLI and the saved mappings use.
QJsonObject mappingToJson(const QStringList &header, const ColumnMapping &mapping);
Result<ColumnMapping> mappingFromJson(ImportKind kind, const QStringList &header,
                                      const QJsonObject &json);

// Remembered mappings (local table import_mapping), keyed by the normalised header row.
QString headerKey(const QStringList &header);
Status saveMapping(Database &db, ImportKind kind, const QStringList &header,
                   const ColumnMapping &mapping, const QJsonObject &options = {});
Result<std::optional<ColumnMapping>> loadMapping(Database &db, ImportKind kind,
                                                 const QStringList &header);

} // namespace kd
