// Lays out the printed monthly report on A4 pages: a title page with the organisation's name and
// logo, then each figure as a chart with its table. Draws on any QPagedPaintDevice: QPdfWriter for
// the CLI and the GUI's "Save as PDF", QPrinter for the print preview.
#pragma once

#include "reporting/reportfigures.h"

#include "domain/error.h"

#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace kd::print {

struct ReportOptions
{
    QString organisation;  // settings report/organisation
    QString logoPath;      // settings report/logo; nothing drawn when it cannot be read
    bool showWorkload = false; // per-agent workload: for supervisors only
    QDateTime madeAt;      // printed on the title page
};

class ReportRenderer
{
public:
    ReportRenderer(const ReportFigures &figures, ReportOptions options);

    // Paints every page on the device (A4 portrait is set by the caller); returns the number
    // of pages drawn.
    int paint(QPagedPaintDevice &device);
    // Writes the report as a PDF file.
    Result<int> writePdf(const QString &path);

    // Reads organisation and logo from QSettings (keys report/organisation, report/logo).
    static ReportOptions optionsFromSettings();

    // How a duration in minutes is written: "45 min", "3 h 20 min", "2 d 4 h".
    static QString formatMinutes(std::optional<double> minutes);
    static QString formatShare(std::optional<double> share);

private:
    class Layout;
    void titlePage(Layout &l);
    void categories(Layout &l);
    void channelsAndSeverity(Layout &l);
    void trend(Layout &l);
    void responseTimes(Layout &l);
    void assessment(Layout &l);
    void known(Layout &l);
    void backlog(Layout &l);
    void workload(Layout &l);
    void satisfaction(Layout &l);
    void actions(Layout &l);

    const ReportFigures &m_figures;
    ReportOptions m_options;
};

} // namespace kd::print
