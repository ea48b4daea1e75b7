// The report dashboard: core computes the figures, Qt Charts shows them, klachtdesk_print prints.
#include "reportwindow.h"

#include "reportrenderer.h"
#include "reporting/improvementactionstore.h"
#include "reporting/reportzone.h"
#include "storage/catalogstore.h"
#include "storage/database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QCompleter>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <QVBoxLayout>

namespace kd {
namespace {

QString language()
{
    return QLocale().name().left(2);
}

QChartView *chartView(QChart *chart)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 260);
    return view;
}

// A count axis from 0 whose ticks fall on whole, round numbers (steps of 1, 2, 5, 10, 20 ...), at
// most five intervals, with room above the longest bar for its label. Qt's own ticks split the
// range in four equal parts: 0 to 11.5 gave ticks at 2.875 and 5.75, printed "2" and "5".
void setCountRange(QValueAxis *axis, qint64 max)
{
    const double top = double(std::max<qint64>(max, 1)) * 1.15;
    qint64 step = 1;
    for (qint64 base = 1; step * 5 < top; base *= 10)
        for (const qint64 m : {1, 2, 5})
            if ((step = base * m) * 5 >= top)
                break;
    const qint64 intervals = qint64(std::ceil(top / double(step)));
    axis->setRange(0, double(intervals * step));
    axis->setTickCount(int(intervals) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

QChartView *barChart(const QString &title, const QList<CountRow> &rows, bool horizontal = false)
{
    auto *set = new QBarSet(title);
    QStringList labels;
    qint64 max = 1;
    // A horizontal chart draws its first bar at the bottom: reversed, the list reads top down.
    QList<CountRow> ordered = rows;
    if (horizontal)
        std::reverse(ordered.begin(), ordered.end());
    for (const CountRow &r : ordered) {
        *set << double(r.count);
        labels << r.label;
        max = std::max(max, r.count);
    }
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    // After the bar's end, in the text colour: a count of 1 does not fit inside its bar.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(QPalette().color(QPalette::WindowText));
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    // Category and channel names are the point of the chart: never "…" for all of them.
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis;
    setCountRange(values, max);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chartView(chart);
}

} // namespace

ReportWindow::ReportWindow(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setWindowTitle(tr("Complaints report"));
    auto *tabs = new QTabWidget;

    // Dashboard tab: period controls, headline, charts.
    auto *dashboard = new QWidget;
    auto *controls = new QHBoxLayout;
    // Last month in the organisation's zone, like klachtdesk-cli report without --month.
    m_month = new QDateEdit(reportToday(m_db).addMonths(-1));
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setAccessibleName(tr("Month"));
    m_team = new QLineEdit;
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setPlaceholderText(tr("All teams"));
    m_team->setAccessibleName(tr("Team"));
    // The teams in use, offered while typing: a mistyped team gives a report of zeros.
    if (auto teams = ReportCalculator(m_db, language()).teams(); teams && !teams->isEmpty()) {
        auto *completer = new QCompleter(*teams, m_team);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_team->setCompleter(completer);
        m_team->setToolTip(tr("Teams in use: %1").arg(teams->join(u", "_qs)));
    }
    m_workload = new QCheckBox(tr("Workload per agent"));
    auto *show = new QPushButton(tr("&Show"));
    show->setObjectName(QStringLiteral("show"));
    auto *preview = new QPushButton(tr("&Print preview…"));
    preview->setObjectName(QStringLiteral("printPreview"));
    auto *pdf = new QPushButton(tr("Save as P&DF…"));
    pdf->setObjectName(QStringLiteral("savePdf"));
    controls->addWidget(new QLabel(tr("Month:")));
    controls->addWidget(m_month);
    controls->addWidget(new QLabel(tr("Team:")));
    controls->addWidget(m_team);
    controls->addWidget(m_workload);
    controls->addWidget(show);
    controls->addStretch();
    controls->addWidget(preview);
    controls->addWidget(pdf);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chartsHost = new QWidget;
    m_charts = new QGridLayout(chartsHost);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsHost);
    auto *dashLayout = new QVBoxLayout(dashboard);
    dashLayout->addLayout(controls);
    dashLayout->addWidget(m_headline);
    dashLayout->addWidget(scroll, 1);
    tabs->addTab(dashboard, tr("Dashboard"));

    // Improvement actions tab: the list and a short form to record a new one.
    auto *actionsTab = new QWidget;
    m_actions = new QTableWidget(0, 6);
    m_actions->setHorizontalHeaderLabels({tr("Cause"), tr("Category"), tr("Owner"), tr("Due"),
                                          tr("State"), tr("Linked complaints")});
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The other columns as wide as their header or content ("Gekoppelde klachten" was cut).
    for (int c = 1; c < 6; ++c)
        m_actions->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionCategory = new QComboBox;
    if (auto cats = CatalogStore(m_db).categories(); cats) {
        for (const Category &c : *cats)
            m_actionCategory->addItem(c.displayName(language()), c.meta.id);
    }
    m_actionCause = new QLineEdit;
    m_actionOwner = new QLineEdit;
    m_actionDue = new QDateEdit(QDate::currentDate().addDays(30));
    m_actionDue->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Ca&tegory:"), m_actionCategory);
    form->addRow(tr("C&ause:"), m_actionCause);
    form->addRow(tr("O&wner:"), m_actionOwner);
    form->addRow(tr("D&ue:"), m_actionDue);
    auto *add = new QPushButton(tr("&Add action"));
    auto *done = new QPushButton(tr("Mark as d&one"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(done);
    buttons->addStretch();
    auto *actionsLayout = new QVBoxLayout(actionsTab);
    actionsLayout->addWidget(m_actions, 1);
    actionsLayout->addLayout(form);
    actionsLayout->addLayout(buttons);
    tabs->addTab(actionsTab, tr("Improvement actions"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    resize(1100, 800);

    connect(show, &QPushButton::clicked, this, &ReportWindow::refresh);
    connect(preview, &QPushButton::clicked, this, &ReportWindow::printPreview);
    connect(pdf, &QPushButton::clicked, this, &ReportWindow::choosePdf);
    connect(add, &QPushButton::clicked, this, &ReportWindow::addAction);
    connect(done, &QPushButton::clicked, this, &ReportWindow::markActionDone);
    refresh();
    loadActions();
}

ReportPeriod ReportWindow::chosenPeriod() const
{
    const QDate d = m_month->date();
    // The same zone the CLI counts months in (core/reporting/reportzone.h), not the system's.
    ReportPeriod p = ReportPeriod::month(d.year(), d.month(), reportTimeZone(m_db));
    p.team = m_team->text().trimmed();
    return p;
}

bool ReportWindow::refresh()
{
    auto figures = ReportCalculator(m_db, language()).compute(chosenPeriod(), m_workload->isChecked());
    if (!figures) {
        QMessageBox::warning(this, tr("Report"), figures.error().toString());
        return false;
    }
    m_figures = *figures;
    rebuildDashboard();
    emit figuresChanged();
    return true;
}

void ReportWindow::rebuildDashboard()
{
    using print::ReportRenderer;
    const ReportFigures &f = m_figures;
    m_headline->setText(
        tr("<b>%1</b>: %2 complaints · justified %3 · median first response %4 (within target "
           "%5) · median resolution %6 · open at the end %7. Times are net of time waiting for "
           "the customer.")
            .arg(f.period.label(QLocale()))
            .arg(f.total)
            .arg(ReportRenderer::formatShare(f.justified.shareJustified()),
                 ReportRenderer::formatMinutes(f.firstResponse.overall.medianMinutes),
                 ReportRenderer::formatShare(f.firstResponse.overall.shareWithinTarget()),
                 ReportRenderer::formatMinutes(f.resolution.overall.medianMinutes))
            .arg(f.backlogTotal));
    while (QLayoutItem *item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *kinds = new QPieSeries;
    kinds->append(tr("Organisational"), double(f.kinds.organisational));
    kinds->append(tr("Product-technical"), double(f.kinds.productTechnical));
    kinds->append(tr("Not categorised yet"), double(f.kinds.uncategorised));
    kinds->setLabelsVisible(f.total > 0);
    for (QPieSlice *slice : kinds->slices())
        slice->setLabelVisible(slice->value() > 0); // no dangling label line for an empty slice
    auto *kindChart = new QChart;
    kindChart->setTitle(tr("Organisational versus product-technical"));
    kindChart->addSeries(kinds);

    auto *trend = new QLineSeries;
    QStringList months;
    qint64 max = 1;
    for (int i = 0; i < f.trend.size(); ++i) {
        trend->append(i, double(f.trend[i].count));
        months << QLocale().monthName(f.trend[i].month.month(), QLocale::ShortFormat);
        max = std::max(max, f.trend[i].count);
    }
    trend->setPointsVisible(true);
    trend->setPointLabelsVisible(true);
    trend->setPointLabelsFormat(QStringLiteral("@yPoint"));
    auto *trendChart = new QChart;
    trendChart->setTitle(tr("Trend over the last 12 months"));
    trendChart->legend()->hide();
    trendChart->addSeries(trend);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    auto *countAxis = new QValueAxis;
    setCountRange(countAxis, max);
    trendChart->addAxis(monthAxis, Qt::AlignBottom);
    trendChart->addAxis(countAxis, Qt::AlignLeft);
    trend->attachAxis(monthAxis); // point i sits on month i, not spread edge to edge
    trend->attachAxis(countAxis);

    QList<CountRow> response;
    for (const DurationRow &r : f.firstResponse.perChannel)
        if (r.medianMinutes)
            response << CountRow{r.key, r.label, qint64(std::llround(*r.medianMinutes))};

    // Charts whose bars are named by long texts (categories, recurring problems) take the whole
    // width: in half of it Qt Charts cut their names off at the left edge.
    m_charts->addWidget(barChart(tr("Complaints by category"), f.byCategory, true), 0, 0, 1, 2);
    m_charts->addWidget(barChart(tr("By channel"), f.byChannel, true), 1, 0);
    m_charts->addWidget(chartView(kindChart), 1, 1);
    m_charts->addWidget(barChart(tr("By severity"), f.bySeverity), 2, 0);
    m_charts->addWidget(barChart(tr("Open backlog by age"), f.backlogByAge, true), 2, 1);
    m_charts->addWidget(chartView(trendChart), 3, 0, 1, 2);
    m_charts->addWidget(barChart(tr("Median first response per channel (minutes)"), response, true),
                        4, 0);
    if (f.satisfaction.available)
        m_charts->addWidget(barChart(tr("Customer satisfaction (1–5)"), f.satisfaction.distribution),
                            4, 1);
    if (f.known.available)
        m_charts->addWidget(barChart(tr("Top recurring problems"), f.known.topRecurring, true), 5, 0,
                            1, 2);
}

void ReportWindow::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { printTo(*p); });
    dialog.exec();
}

print::ReportOptions ReportWindow::renderOptions() const
{
    print::ReportOptions options = print::ReportRenderer::optionsFromSettings();
    options.showWorkload = m_workload->isChecked();
    options.madeAt = m_db.clock().now().toTimeZone(m_figures.period.zone);
    return options;
}

int ReportWindow::printTo(QPrinter &printer)
{
    return print::ReportRenderer(m_figures, renderOptions()).paint(printer);
}

bool ReportWindow::savePdf(const QString &path)
{
    auto pages = print::ReportRenderer(m_figures, renderOptions()).writePdf(path);
    if (!pages) {
        QMessageBox::warning(this, tr("Save as PDF"), pages.error().toString());
        return false;
    }
    return true;
}

void ReportWindow::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report as PDF"),
        tr("complaints-report-%1.pdf").arg(m_month->date().toString(QStringLiteral("yyyy-MM"))),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportWindow::loadActions()
{
    auto all = ImprovementActionStore(m_db).all();
    m_actions->setRowCount(0);
    if (!all)
        return;
    for (const ImprovementAction &a : *all) {
        const int row = m_actions->rowCount();
        m_actions->insertRow(row);
        const int category = m_actionCategory->findData(a.categoryId);
        const QStringList cells{a.cause, category >= 0 ? m_actionCategory->itemText(category) : QString(),
                                a.owner, QLocale().toString(a.dueDate, QLocale::ShortFormat),
                                toString(a.state), QString::number(a.complaintIds.size())};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.meta.id);
            m_actions->setItem(row, c, item);
        }
    }
}

void ReportWindow::addAction()
{
    ImprovementAction a;
    a.categoryId = m_actionCategory->currentData().toString();
    a.cause = m_actionCause->text();
    a.owner = m_actionOwner->text();
    a.dueDate = m_actionDue->date();
    auto added = ImprovementActionStore(m_db).add(a);
    if (!added) {
        QMessageBox::warning(this, tr("Improvement action"), added.error().toString());
        return;
    }
    m_actionCause->clear();
    loadActions();
}

void ReportWindow::markActionDone()
{
    const auto *item = m_actions->currentItem();
    if (!item)
        return;
    ImprovementActionStore store(m_db);
    auto a = store.byId(item->data(Qt::UserRole).toString());
    if (!a)
        return;
    a->state = ActionState::Done;
    if (auto s = store.update(*a); !s)
        QMessageBox::warning(this, tr("Improvement action"), s.error().toString());
    loadActions();
}

} // namespace kd
