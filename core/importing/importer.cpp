// Importing a CSV file: opens it, settles the column mapping (given, remembered, guessed,
// adjusted), and hands the records to an ImportRun (importrun.cpp); also the preview.
#include "importer.h"

#include "importrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace kd {
namespace {

QString tr(const char *text)
{
    return ImportRun::tr(text);
}

// Opens the reader and settles the mapping: given, remembered, guessed, then --map pairs.
Status openAndMap(Database &db, CsvReader &reader, QIODevice *device,
                  const ImportOptions &options, ColumnMapping &mapping, bool &remembered)
{
    if (auto s = reader.open(device); !s)
        return s;
    const QStringList &header = reader.layout().header;
    remembered = false;
    if (options.mapping) {
        mapping = *options.mapping;
    } else {
        auto saved = loadMapping(db, options.kind, header);
        if (!saved)
            return saved.error();
        if (saved->has_value()) {
            mapping = **saved;
            remembered = true;
        } else {
            mapping = guessMapping(options.kind, header);
        }
    }
    auto adjusted = applyMappingPairs(options.kind, header, mapping, options.mapPairs);
    if (!adjusted)
        return adjusted.error();
    mapping = *adjusted;
    return {};
}

} // namespace

Importer::Importer(Database &db) : m_db(db) {}

Result<ImportPreview> Importer::preview(const QString &path, const ImportOptions &options, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    CsvReader reader(options.csv);
    ImportPreview out;
    if (auto s = openAndMap(m_db, reader, &file, options, out.mapping, out.mappingRemembered); !s)
        return s.error();
    out.layout = reader.layout();
    CsvRecord r;
    while (out.rows.size() < rows && reader.next(r))
        out.rows.append(r.fields);
    const int dateCol = fieldColumns(out.mapping).value(QStringLiteral("received_at"), -1);
    QStringList samples;
    for (const QStringList &row : std::as_const(out.rows))
        samples << row.value(dateCol);
    out.dateOrder = options.dateOrder != DateOrder::Auto ? options.dateOrder
                                                         : guessDateOrder(samples);
    return out;
}

Result<ImportReport> Importer::run(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    ImportOptions o = options;
    if (o.sourceName.isEmpty())
        o.sourceName = QFileInfo(path).fileName();
    return run(&file, o);
}

Result<ImportReport> Importer::run(QIODevice *device, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.dryRun = options.dryRun;
    CsvReader reader(options.csv);
    bool remembered = false;
    if (auto s = openAndMap(m_db, reader, device, options, report.mapping, remembered); !s)
        return s.error();
    report.layout = reader.layout();
    if (!report.layout.skippedLines.isEmpty())
        report.notes << QCoreApplication::translate(
            "kd::Importer", "%n line(s) before the header were skipped (not part of the table).",
            nullptr, int(report.layout.skippedLines.size()));
    ImportRun run(m_db, options, report);
    if (auto s = run.execute(reader); !s)
        return s.error();
    if (!options.dryRun && !report.cancelled && options.rememberMapping)
        (void)saveMapping(m_db, options.kind, report.layout.header, report.mapping,
                          {{u"delimiter"_qs, QString(report.layout.delimiter)},
                           {u"encoding"_qs, toString(report.layout.encoding)},
                           {u"date_order"_qs, toString(report.dateOrder)}});
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace kd
