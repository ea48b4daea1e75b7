// The printed report: A4 pages in points (595 x 842), fonts in pixel sizes of that space, so the
// same layout lands identically on a PDF writer and on any printer resolution.
#include "reportrenderer.h"

#include "chartpainter.h"
#include "domain/codewords.h"

#include <QCoreApplication>
#include <QDir>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>

#include <functional>

namespace kd::print {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::print::ReportRenderer", text);
}

constexpr double kPageWidth = 595.0;
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 48.0;
const QColor kAccent(0x2f, 0x6f, 0xb0);
const QColor kMuted(0x60, 0x60, 0x60);

QFont font(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(int(pixels));
    f.setBold(bold);
    return f;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

// A cursor down the page that starts a new page when a block does not fit.
class ReportRenderer::Layout
{
public:
    Layout(QPainter &p, QPagedPaintDevice &device, QString footer)
        : painter(p), m_device(device), m_footer(std::move(footer))
    {
        applyScale();
    }

    QPainter &painter;
    double y = kMargin;
    int pages = 1;
    double left() const { return kMargin; }
    double width() const { return kPageWidth - 2 * kMargin; }
    double bottom() const { return kPageHeight - kMargin - 14; }

    void newPage()
    {
        drawFooter();
        m_device.newPage();
        ++pages;
        applyScale();
        y = kMargin;
    }
    void ensure(double height)
    {
        if (y + height > bottom() && y > kMargin)
            newPage();
    }
    void finish() { drawFooter(); }

    void heading(const QString &text)
    {
        ensure(180); // a heading never ends a page without its first chart or table
        painter.setFont(font(15, true));
        painter.setPen(kAccent);
        const QFontMetricsF fm(painter.font());
        painter.drawText(QPointF(left(), y + fm.ascent()), text);
        y += fm.height() + 2;
        painter.fillRect(QRectF(left(), y, width(), 0.8), kAccent);
        y += 8;
    }
    void subheading(const QString &text)
    {
        ensure(40);
        painter.setFont(font(10.5, true));
        painter.setPen(Qt::black);
        const QFontMetricsF fm(painter.font());
        painter.drawText(QPointF(left(), y + fm.ascent()), text);
        y += fm.height() + 4;
    }
    void paragraph(const QString &text, double pixels = 9, const QColor &color = Qt::black)
    {
        painter.setFont(font(pixels));
        painter.setPen(color);
        const QRectF box = painter.boundingRect(QRectF(left(), y, width(), 1000),
                                                Qt::TextWordWrap, text);
        ensure(box.height());
        painter.drawText(QRectF(left(), y, width(), box.height() + 2), Qt::TextWordWrap, text);
        y += box.height() + 6;
    }
    void chart(double height, const std::function<void(QPainter &, const QRectF &)> &draw)
    {
        ensure(height);
        painter.save();
        painter.setFont(font(8));
        draw(painter, QRectF(left(), y, width(), height));
        painter.restore();
        y += height + 8;
    }
    // A table with a header row; columns get the given shares of the width, numbers align right
    // (every column after the first). Long tables continue on the next page with the header again.
    void table(const QStringList &header, const QList<QStringList> &rows,
               QList<double> shares = {})
    {
        const double rowHeight = 13;
        if (shares.isEmpty()) {
            shares << 0.4;
            for (int i = 1; i < header.size(); ++i)
                shares << 0.6 / (header.size() - 1);
        }
        auto drawRow = [&](const QStringList &cells, bool isHeader, int index) {
            if (isHeader)
                painter.fillRect(QRectF(left(), y, width(), rowHeight), QColor(0xe4, 0xec, 0xf5));
            else if (index % 2 == 1)
                painter.fillRect(QRectF(left(), y, width(), rowHeight), QColor(0xf5, 0xf5, 0xf5));
            painter.setFont(font(8, isHeader));
            painter.setPen(Qt::black);
            const QFontMetricsF fm(painter.font());
            double x = left();
            for (int c = 0; c < cells.size() && c < shares.size(); ++c) {
                const double w = width() * shares[c];
                const QRectF cell(x + 3, y, w - 6, rowHeight);
                painter.drawText(cell, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                 fm.elidedText(cells[c], Qt::ElideRight, cell.width()));
                x += w;
            }
            y += rowHeight;
        };
        ensure(rowHeight * std::min<qsizetype>(rows.size() + 1, 4));
        drawRow(header, true, 0);
        if (rows.isEmpty()) {
            drawRow({QCoreApplication::translate("kd::print::ReportRenderer", "Nothing in this period")}, false, 0);
        }
        for (int i = 0; i < rows.size(); ++i) {
            if (y + rowHeight > bottom()) {
                newPage();
                drawRow(header, true, 0);
            }
            drawRow(rows[i], false, i);
        }
        y += 10;
    }
    void gap(double h) { y += h; }

private:
    void applyScale()
    {
        // The device's own units per point; painting then happens in points.
        painter.resetTransform();
        const double scale = m_device.width() / kPageWidth;
        painter.scale(scale, scale);
    }
    void drawFooter()
    {
        painter.setFont(font(7.5));
        painter.setPen(kMuted);
        const QRectF line(kMargin, kPageHeight - kMargin + 2, kPageWidth - 2 * kMargin, 12);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("kd::print::ReportRenderer", "Page %1").arg(pages));
    }

    QPagedPaintDevice &m_device;
    QString m_footer;
};

ReportRenderer::ReportRenderer(const ReportFigures &figures, ReportOptions options)
    : m_figures(figures), m_options(std::move(options))
{
    if (!m_options.madeAt.isValid())
        m_options.madeAt = QDateTime::currentDateTime();
}

ReportOptions ReportRenderer::optionsFromSettings()
{
    QSettings settings;
    ReportOptions o;
    o.organisation = settings.value(QStringLiteral("report/organisation")).toString();
    o.logoPath = settings.value(QStringLiteral("report/logo")).toString();
    return o;
}

QString ReportRenderer::formatMinutes(std::optional<double> minutes)
{
    if (!minutes)
        return QStringLiteral("\u2013");
    const qint64 m = qint64(std::llround(*minutes));
    if (m < 60)
        return tr("%1 min").arg(m);
    if (m < 24 * 60)
        return m % 60 == 0 ? tr("%1 h").arg(m / 60) : tr("%1 h %2 min").arg(m / 60).arg(m % 60);
    const qint64 hours = (m + 30) / 60;
    return hours % 24 == 0 ? tr("%1 d").arg(hours / 24)
                           : tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString ReportRenderer::formatShare(std::optional<double> share)
{
    if (!share)
        return QStringLiteral("\u2013");
    return QLocale().toString(*share * 100.0, 'f', 1) + QStringLiteral(" %");
}

Result<int> ReportRenderer::writePdf(const QString &path)
{
    QPdfWriter writer(path);
    if (!QFileInfo(path).absoluteDir().exists())
        return makeError(ErrorCode::Io, tr("The folder for %1 does not exist.").arg(path));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Klachtdesk ") + QStringLiteral(KD_VERSION));
    writer.setTitle(tr("Complaints report %1").arg(m_figures.period.label(QLocale())));
    const int pages = paint(writer);
    if (pages <= 0)
        return makeError(ErrorCode::Io, tr("Cannot write the PDF file %1.").arg(path));
    return pages;
}

int ReportRenderer::paint(QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    QString footer = tr("Complaints report %1").arg(m_figures.period.label(QLocale()));
    if (!m_options.organisation.isEmpty())
        footer = m_options.organisation + QStringLiteral(" \u2013 ") + footer;
    Layout l(painter, device, footer);
    titlePage(l);
    l.newPage();
    categories(l);
    channelsAndSeverity(l);
    trend(l);
    responseTimes(l);
    assessment(l);
    known(l);
    backlog(l);
    if (m_options.showWorkload)
        workload(l);
    satisfaction(l);
    actions(l);
    l.finish();
    painter.end();
    return l.pages;
}

void ReportRenderer::titlePage(Layout &l)
{
    QPainter &p = l.painter;
    const QImage logo = m_options.logoPath.isEmpty() ? QImage() : QImage(m_options.logoPath);
    l.y = 90;
    if (!logo.isNull()) {
        const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(200, 90), Qt::KeepAspectRatio);
        p.drawImage(QRectF(l.left(), l.y, size.width(), size.height()), logo);
        l.y += size.height() + 24;
    }
    if (!m_options.organisation.isEmpty()) {
        p.setFont(font(18, true));
        p.setPen(Qt::black);
        p.drawText(QRectF(l.left(), l.y, l.width(), 26), Qt::AlignLeft, m_options.organisation);
        l.y += 34;
    }
    p.setFont(font(30, true));
    p.setPen(kAccent);
    p.drawText(QRectF(l.left(), l.y, l.width(), 40), Qt::AlignLeft, tr("Complaints report"));
    l.y += 44;
    p.setFont(font(18));
    p.setPen(Qt::black);
    p.drawText(QRectF(l.left(), l.y, l.width(), 26), Qt::AlignLeft,
               m_figures.period.label(QLocale()));
    l.y += 28;
    p.setFont(font(10));
    p.setPen(kMuted);
    const QString scope = m_figures.period.team.isEmpty()
                              ? tr("All teams")
                              : tr("Team %1").arg(m_figures.period.team);
    p.drawText(QRectF(l.left(), l.y, l.width(), 16), Qt::AlignLeft,
               scope + QStringLiteral(" \u00b7 ")
                   + tr("made on %1").arg(QLocale().toString(m_options.madeAt, QLocale::ShortFormat)));
    l.y += 50;

    // The headline figures as tiles: what a manager reads when reading nothing else.
    const ReportFigures &f = m_figures;
    const QList<std::pair<QString, QString>> tiles{
        {tr("Complaints received"), number(f.total)},
        {tr("Share justified"), formatShare(f.justified.shareJustified())},
        {tr("Median first response"), formatMinutes(f.firstResponse.overall.medianMinutes)},
        {tr("First responses within target"), formatShare(f.firstResponse.overall.shareWithinTarget())},
        {tr("Median resolution time"), formatMinutes(f.resolution.overall.medianMinutes)},
        {tr("Open at the end of the period"), number(f.backlogTotal)},
        {tr("Escalations"), f.escalations ? number(*f.escalations) : QStringLiteral("\u2013")},
        {tr("Repeat complainants"), number(f.repeat.customers)}};
    const double tileW = (l.width() - 12) / 2;
    const double tileH = 58;
    for (int i = 0; i < tiles.size(); ++i) {
        const QRectF tile(l.left() + (i % 2) * (tileW + 12), l.y + (i / 2) * (tileH + 10), tileW,
                          tileH);
        p.fillRect(tile, QColor(0xee, 0xf3, 0xf9));
        p.fillRect(QRectF(tile.left(), tile.top(), 3, tile.height()), kAccent);
        p.setPen(kMuted);
        p.setFont(font(9));
        p.drawText(tile.adjusted(12, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop, tiles[i].first);
        p.setPen(Qt::black);
        p.setFont(font(20, true));
        p.drawText(tile.adjusted(12, 8, -8, -6), Qt::AlignLeft | Qt::AlignBottom, tiles[i].second);
    }
    l.y += 4 * (tileH + 10) + 20;
    l.paragraph(tr("Response and resolution times are net of time waiting for the customer: "
                   "while a complaint waits for the customer's answer its clocks stand still. "
                   "Targets are counted in working hours. The figures count the complaints "
                   "received in the period; resolution times count those resolved in it."),
                8.5, kMuted);
}

void ReportRenderer::categories(Layout &l)
{
    const ReportFigures &f = m_figures;
    l.heading(tr("Complaints by category"));
    l.paragraph(tr("%1 complaints were received in this period.").arg(number(f.total)));
    l.subheading(tr("Organisational versus product-technical"));
    const QList<ChartValue> kinds{{tr("Organisational"), double(f.kinds.organisational), {}},
                                  {tr("Product-technical"), double(f.kinds.productTechnical), {}},
                                  {tr("Not categorised yet"), double(f.kinds.uncategorised), {}}};
    l.chart(90, [&](QPainter &p, const QRectF &r) { drawPie(p, r, kinds); });
    l.subheading(tr("By category"));
    QList<ChartValue> bars;
    QList<QStringList> rows;
    for (const CountRow &c : f.byCategory) {
        bars << ChartValue{c.label, double(c.count), {}};
        rows << QStringList{c.label, number(c.count),
                            formatShare(f.total ? std::optional<double>(double(c.count) / f.total)
                                                : std::nullopt)};
    }
    l.chart(std::max(40.0, 16.0 * bars.size()),
            [&](QPainter &p, const QRectF &r) { drawHorizontalBars(p, r, bars); });
    l.table({tr("Category"), tr("Complaints"), tr("Share")}, rows, {0.6, 0.2, 0.2});
}

void ReportRenderer::channelsAndSeverity(Layout &l)
{
    const ReportFigures &f = m_figures;
    l.heading(tr("Channels and severity"));
    l.subheading(tr("By channel"));
    QList<ChartValue> bars;
    QList<QStringList> rows;
    for (const CountRow &c : f.byChannel) {
        bars << ChartValue{c.label, double(c.count), {}};
        rows << QStringList{c.label, number(c.count)};
    }
    l.chart(std::max(40.0, 16.0 * bars.size()),
            [&](QPainter &p, const QRectF &r) { drawHorizontalBars(p, r, bars); });
    l.table({tr("Channel"), tr("Complaints")}, rows, {0.7, 0.3});
    l.subheading(tr("By severity"));
    QList<ChartValue> sev;
    QList<QStringList> sevRows;
    for (const CountRow &c : f.bySeverity) {
        sev << ChartValue{c.label, double(c.count), {}};
        sevRows << QStringList{c.label, number(c.count)};
    }
    l.chart(110, [&](QPainter &p, const QRectF &r) { drawVerticalBars(p, r, sev); });
    l.table({tr("Severity"), tr("Complaints")}, sevRows, {0.7, 0.3});
}

void ReportRenderer::trend(Layout &l)
{
    l.heading(tr("Trend over the last 12 months"));
    QList<ChartValue> points;
    QList<QStringList> rows;
    for (const MonthCount &m : m_figures.trend) {
        points << ChartValue{QLocale().monthName(m.month.month(), QLocale::ShortFormat)
                                 + QLatin1Char(' ') + QString::number(m.month.year() % 100),
                             double(m.count), {}};
        rows << QStringList{QLocale().standaloneMonthName(m.month.month()) + QLatin1Char(' ')
                                + QString::number(m.month.year()),
                            number(m.count)};
    }
    l.chart(150, [&](QPainter &p, const QRectF &r) { drawLine(p, r, points); });
    l.table({tr("Month"), tr("Complaints")}, rows, {0.7, 0.3});
}

void ReportRenderer::responseTimes(Layout &l)
{
    l.heading(tr("Response and resolution times"));
    l.paragraph(tr("Net of time waiting for the customer. The median is the middle time, the "
                   "90th percentile the time 9 in 10 complaints stayed within. A complaint still "
                   "waiting past its target counts as a miss."),
                8.5, kMuted);
    auto section = [&](const QString &title, const DurationFigures &d, bool showTarget) {
        l.subheading(title);
        if (!d.available) {
            l.paragraph(tr("This database does not record these times."));
            return;
        }
        QList<ChartValue> bars;
        QList<QStringList> rows;
        QList<DurationRow> all = d.perChannel;
        all << d.overall;
        for (const DurationRow &r : all) {
            if (&r != &all.last() && r.medianMinutes)
                bars << ChartValue{r.label, *r.medianMinutes, formatMinutes(r.medianMinutes)};
            QStringList row{r.label, number(r.measured), formatMinutes(r.medianMinutes),
                            formatMinutes(r.p90Minutes)};
            if (showTarget)
                row << (r.targetMinutes && *r.targetMinutes > 0
                            ? formatMinutes(double(*r.targetMinutes))
                            : tr("per rule"));
            row << formatShare(r.shareWithinTarget()) << number(r.pending);
            rows << row;
        }
        if (!bars.isEmpty())
            l.chart(std::max(30.0, 16.0 * bars.size()),
                    [&](QPainter &p, const QRectF &r) { drawHorizontalBars(p, r, bars); });
        QStringList header{tr("Channel"), tr("Measured"), tr("Median"), tr("90th pct.")};
        QList<double> shares{0.24, 0.11, 0.13, 0.13};
        if (showTarget) {
            header << tr("Target");
            shares << 0.12;
        }
        header << tr("Within target") << tr("Waiting");
        shares << 0.16 << 0.11;
        l.table(header, rows, shares);
    };
    section(tr("First response (complaints received in the period)"), m_figures.firstResponse, true);
    section(tr("Resolution (complaints resolved in the period)"), m_figures.resolution, false);
}

void ReportRenderer::assessment(Layout &l)
{
    const ReportFigures &f = m_figures;
    l.heading(tr("Assessment, escalations and repeat complainants"));
    const JustifiedCounts &j = f.justified;
    const QList<ChartValue> pie{{tr("Justified"), double(j.yes), {}},
                                {tr("Partly justified"), double(j.partly), {}},
                                {tr("Not justified"), double(j.no), {}},
                                {tr("Not assessed yet"), double(j.unknown), {}}};
    l.chart(90, [&](QPainter &p, const QRectF &r) { drawPie(p, r, pie); });
    const QString none = QStringLiteral("\u2013");
    l.table({tr("Figure"), tr("Value")},
            {{tr("Share justified (fully or partly, of those assessed)"),
              formatShare(j.shareJustified())},
             {tr("Assessed"), number(j.assessed())},
             {tr("Escalated"), f.escalations ? number(*f.escalations) : none},
             {tr("Claim risks"), f.claimRisks ? number(*f.claimRisks) : none},
             {tr("Repeat complainants (two or more complaints)"), number(f.repeat.customers)},
             {tr("Complaints from repeat complainants"), number(f.repeat.complaints)}},
            {0.75, 0.25});
}

void ReportRenderer::known(Layout &l)
{
    const KnownFigures &k = m_figures.known;
    l.heading(tr("Known versus unique complaints"));
    if (!k.available) {
        l.paragraph(tr("This database does not record known complaints."));
        return;
    }
    l.paragraph(tr("A known complaint is one the organisation has seen before: a sign of a "
                   "structural problem to fix at its cause."),
                8.5, kMuted);
    const QList<ChartValue> pie{{tr("Known"), double(k.known), {}},
                                {tr("Unique"), double(k.unique), {}}};
    l.chart(80, [&](QPainter &p, const QRectF &r) { drawPie(p, r, pie); });
    l.subheading(tr("Top 10 recurring problems"));
    QList<QStringList> rows;
    int rank = 1;
    for (const CountRow &c : k.topRecurring)
        rows << QStringList{QStringLiteral("%1. %2").arg(rank++).arg(c.label), number(c.count)};
    l.table({tr("Category"), tr("Known complaints")}, rows, {0.7, 0.3});
}

void ReportRenderer::backlog(Layout &l)
{
    l.heading(tr("Open backlog by age"));
    l.paragraph(tr("%1 complaints were open at the end of the period.")
                    .arg(number(m_figures.backlogTotal)));
    QList<ChartValue> bars;
    QList<QStringList> rows;
    for (const CountRow &c : m_figures.backlogByAge) {
        bars << ChartValue{c.label, double(c.count), {}};
        rows << QStringList{c.label, number(c.count)};
    }
    l.chart(110, [&](QPainter &p, const QRectF &r) { drawVerticalBars(p, r, bars); });
    l.table({tr("Age"), tr("Open complaints")}, rows, {0.7, 0.3});
}

void ReportRenderer::workload(Layout &l)
{
    l.heading(tr("Workload per agent"));
    QList<QStringList> rows;
    for (const AgentLoad &a : m_figures.workload)
        rows << QStringList{a.login.isEmpty() ? tr("(not assigned)") : a.login,
                            number(a.received), number(a.open)};
    l.table({tr("Agent"), tr("Received in period"), tr("Open at period end")}, rows,
            {0.5, 0.25, 0.25});
}

void ReportRenderer::satisfaction(Layout &l)
{
    const SatisfactionFigures &s = m_figures.satisfaction;
    l.heading(tr("Customer satisfaction after resolution"));
    if (!s.available) {
        l.paragraph(tr("This database does not record satisfaction."));
        return;
    }
    l.paragraph(tr("%1 customers gave a score (1 = very dissatisfied, 5 = very satisfied); "
                   "average %2.")
                    .arg(number(s.responses),
                         s.average ? QLocale().toString(*s.average, 'f', 1)
                                   : QStringLiteral("\u2013")));
    QList<ChartValue> bars;
    QList<QStringList> rows;
    for (const CountRow &c : s.distribution) {
        bars << ChartValue{c.label, double(c.count), {}};
        rows << QStringList{c.label, number(c.count)};
    }
    l.chart(100, [&](QPainter &p, const QRectF &r) { drawVerticalBars(p, r, bars); });
    l.table({tr("Score"), tr("Customers")}, rows, {0.7, 0.3});
}

void ReportRenderer::actions(Layout &l)
{
    l.heading(tr("Improvement actions"));
    l.paragraph(tr("Fixes for the causes behind complaints. For a finished action, the category's "
                   "complaints per 30 days before and after the fix (equal windows of up to 90 "
                   "days) show whether it worked."),
                8.5, kMuted);
    auto rate = [](std::optional<double> v) {
        return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("\u2013");
    };
    QList<QStringList> rows;
    for (const ActionRow &a : m_figures.actions)
        rows << QStringList{a.cause, a.categoryLabel, a.owner, a.dueDate,
                            uitext::actionState(a.state), number(a.linkedComplaints),
                            rate(a.beforePer30Days), rate(a.afterPer30Days)};
    l.table({tr("Cause"), tr("Category"), tr("Owner"), tr("Due"), tr("State"), tr("Linked"),
             tr("Before"), tr("After")},
            rows, {0.27, 0.17, 0.1, 0.11, 0.1, 0.08, 0.085, 0.085});
}

} // namespace kd::print
