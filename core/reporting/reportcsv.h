// The report's tables as CSV files in a folder (one file per figure), for spreadsheets and scripts.
#pragma once

#include "reportfigures.h"

#include "domain/error.h"

#include <QStringList>

namespace kd {

// Writes summary.csv, categories.csv, kinds.csv, channels.csv, severity.csv, trend.csv,
// first_response.csv, resolution.csv, justified.csv, known_top10.csv, backlog.csv,
// workload.csv (when computed), satisfaction.csv and actions.csv. Durations are in minutes,
// shares as fractions (0..1), with a dot as decimal separator whatever the language.
// Returns the file names written.
Result<QStringList> writeReportCsv(const ReportFigures &figures, const QString &folder);

} // namespace kd
