// Importing a CSV file: opens it, settles the column mapping (given, remembered, guessed,
// adjusted), and hands the records to an ImportRun (importrun.cpp); also the preview.
#include "importer.h"

#include "importrun.h"
#include "valueparsers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>
#include <utility>

namespace kd {
namespace {

// The context lupdate gives the tr() calls in Importer's functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("kd::Importer", text);
}

// Leaves out of a guessed mapping a word column whose first values are mostly not its words: a
// US export's "State" (CA, FL, ...) is no status, and taking it would refuse nearly every row.
// Returns the columns left out; a note for each goes to `notes`.
QList<int> dropUnfitGuesses(ImportKind kind, const QStringList &header,
                            const std::deque<CsvRecord> &samples, ColumnMapping &mapping,
                            QStringList &notes)
{
    using Fits = bool (*)(const QString &);
    static const std::pair<QLatin1String, Fits> wordFields[] = {
        {QLatin1String("status"), [](const QString &t) { return parseStatusWord(t).has_value(); }},
        {QLatin1String("severity"), [](const QString &t) { return parseSeverityWord(t).has_value(); }},
        {QLatin1String("justified"), [](const QString &t) { return parseJustifiedWord(t).has_value(); }},
    };
    QList<int> dropped;
    if (kind != ImportKind::Complaints)
        return dropped;
    for (auto it = mapping.begin(); it != mapping.end();) {
        const auto field = std::find_if(std::begin(wordFields), std::end(wordFields),
                                        [&](const auto &w) { return it.value() == w.first; });
        if (field == std::end(wordFields)) {
            ++it;
            continue;
        }
        int filled = 0, fitting = 0;
        QString example;
        for (const CsvRecord &r : samples) {
            const QString v = r.fields.value(it.key()).trimmed();
            if (isEmptyWord(v))
                continue;
            ++filled;
            if (field->second(v))
                ++fitting;
            else if (example.isEmpty())
                example = v;
        }
        if (filled == 0 || fitting * 2 >= filled) {
            ++it;
            continue;
        }
        const auto &fields = importFields(kind);
        const auto f = std::find_if(fields.cbegin(), fields.cend(),
                                    [&](const ImportField &x) { return x.key == it.value(); });
        notes << QCoreApplication::translate(
                     "kd::Importer",
                     "Column \"%1\" was not taken as %2: %3 of its first %4 values (such as "
                     "\"%5\") are not a %2. Map it by hand if it does hold them.")
                     .arg(header.value(it.key()),
                          QCoreApplication::translate("kd::ImportMapping", f->label).toLower())
                     .arg(filled - fitting)
                     .arg(filled)
                     .arg(example);
        dropped << it.key();
        it = mapping.erase(it);
    }
    return dropped;
}

// Opens the reader and settles the mapping: given, remembered, guessed (without the columns whose
// values do not fit, with a note for each in `notes`), then --map pairs.
Status openAndMap(Database &db, CsvReader &reader, QIODevice *device,
                  const ImportOptions &options, ColumnMapping &mapping, bool &remembered,
                  QStringList &notes)
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
            // Guessed again without the names of the columns left out, so that a column further
            // on may take the field (a "Status" after the "State").
            QStringList names = header;
            for (;;) {
                mapping = guessMapping(options.kind, names);
                const QList<int> dropped = dropUnfitGuesses(options.kind, header,
                                                            reader.readAhead(), mapping, notes);
                if (dropped.isEmpty())
                    break;
                for (int col : dropped)
                    names[col].clear();
            }
        }
    }
    auto adjusted = applyMappingPairs(options.kind, header, mapping, options.mapPairs);
    if (!adjusted)
        return adjusted.error();
    mapping = *adjusted;
    return {};
}

} // namespace

QStringList refusalsPerColumn(const ImportReport &report)
{
    // Spelled out: lupdate would file a tr() of a free function under "kd".
    QStringList lines{QCoreApplication::translate("kd::Importer",
                                                  "Refused rows per column, with the first of each:")};
    for (const ImportReport::ColumnRejects &c : report.rejectedByColumn)
        lines << QCoreApplication::translate("kd::Importer", "%1 × line %2%3: %4")
                     .arg(c.rows)
                     .arg(c.first.line)
                     .arg(c.column.isEmpty() ? QString() : QStringLiteral(", ") + c.column)
                     .arg(c.first.reason);
    return lines;
}

Importer::Importer(Database &db) : m_db(db) {}

Result<ImportPreview> Importer::preview(const QString &path, const ImportOptions &options, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    CsvReader reader(options.csv);
    ImportPreview out;
    if (auto s = openAndMap(m_db, reader, &file, options, out.mapping, out.mappingRemembered,
                            out.notes);
        !s)
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
    if (auto s = openAndMap(m_db, reader, device, options, report.mapping, remembered,
                            report.notes);
        !s)
        return s.error();
    report.layout = reader.layout();
    if (!report.layout.skippedLines.isEmpty())
        report.notes << QCoreApplication::translate(
            "kd::Importer", "%n line(s) before the header were skipped (not part of the table).",
            nullptr, int(report.layout.skippedLines.size()));
    ImportRun run(m_db, options, report);
    if (auto s = run.execute(reader); !s)
        return s.error();
    std::stable_sort(report.rejectedByColumn.begin(), report.rejectedByColumn.end(),
                     [](const auto &a, const auto &b) { return a.rows > b.rows; });
    if (!options.dryRun && !report.cancelled && options.rememberMapping)
        (void)saveMapping(m_db, options.kind, report.layout.header, report.mapping,
                          {{u"delimiter"_qs, QString(report.layout.delimiter)},
                           {u"encoding"_qs, toString(report.layout.encoding)},
                           {u"date_order"_qs, toString(report.dateOrder)}});
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace kd
