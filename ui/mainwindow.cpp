// Main window: actions, queue with filters, complaint panel, empty state with a demo offer.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "complaintpanel.h"
#include "complaintqueuemodel.h"
#include "importintegration.h"
#include "registrationdialog.h"
#include "replyeditor.h"
#include "reportwindow.h"
#include "service/demodata.h"
#include "storage/database.h"
#include "domain/codewords.h"
#include "searchintegration.h"
#include "syncintegration.h"
#include "workflowintegration.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QCloseEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace kd {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setWindowTitle(tr("Klachtdesk"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    // Loaded once, by applyFilter() below with the status filter's default (open complaints).
    m_model = new ComplaintQueueModel(m_db, this, ComplaintQueueModel::Load::WhenFilterSet);
    m_queueView = new QTableView(this);
    m_queueView->setObjectName(QStringLiteral("queue"));
    m_queueView->setModel(m_model);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setShowGrid(false);
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setDefaultSectionSize(24);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    m_queueView->horizontalHeader()->setHighlightSections(false);
    for (int c : {ComplaintQueueModel::Customer, ComplaintQueueModel::Category})
        m_queueView->setColumnWidth(c, 170);
    m_queueView->setColumnWidth(ComplaintQueueModel::Reference, 120);
    m_queueView->setColumnWidth(ComplaintQueueModel::Received, 120);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Open complaints"), QStringLiteral("open"));
    m_statusFilter->addItem(tr("All complaints"), QStringLiteral("all"));
    for (ComplaintStatus s : {ComplaintStatus::New, ComplaintStatus::Acknowledged,
                              ComplaintStatus::InProgress, ComplaintStatus::WaitingForCustomer,
                              ComplaintStatus::Resolved, ComplaintStatus::Closed})
        m_statusFilter->addItem(uitext::status(s), toString(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);

    auto *queuePage = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePage);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->setObjectName(QStringLiteral("filterRow"));
    filterRow->addWidget(new QLabel(tr("Show"), queuePage));
    filterRow->addWidget(m_statusFilter);
    filterRow->addStretch(1);
    queueLayout->addLayout(filterRow);
    queueLayout->addWidget(m_queueView, 1);

    m_queueStack = new QStackedWidget(this);
    m_queueStack->addWidget(queuePage);
    m_queueStack->addWidget(buildEmptyState());

    m_panel = new ComplaintPanel(m_db, this);
    // The reply tab: drafting with live checks; a recorded reply refreshes queue and panel.
    auto *reply = new ReplyEditor(m_db, this);
    m_panel->addTab(reply, tr("Reply"));
    connect(m_panel, &ComplaintPanel::complaintShown, reply, &ReplyEditor::setComplaint);
    connect(reply, &ReplyEditor::replyRecorded, this, [this](const QString &r) {
        refreshQueue();
        emit complaintSaved(r);
    });
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_queueStack);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel);

    buildActions();
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_model, &ComplaintQueueModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the queue: %1").arg(message), 10000);
    });
    connect(this, &MainWindow::complaintSaved, m_panel, &ComplaintPanel::refresh);
    applyFilter();
    installWorkflow(*this); // queue filters, assessment dock, desktop notifications
    installSearch(*this);   // search box, customer history, similar complaints, knowledge base
    installImportAndPrivacy(*this); // import/export, privacy actions, retention at start
    installSync(*this); // background sync, status-bar widget, connect and conflicts dialogs
    restoreLayout();    // after the integrations: the docks they add must exist by then
}

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kQueueHeaderKey = QStringLiteral("window/queueHeader");
} // namespace

void MainWindow::restoreLayout()
{
    const QSettings settings;
    // Each part on its own: a state Qt cannot read (another version's) leaves that part default.
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_queueView->horizontalHeader()->restoreState(settings.value(kQueueHeaderKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kQueueHeaderKey, m_queueView->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newComplaint = new QAction(tr("&New complaint..."), this);
    m_newComplaint->setObjectName(QStringLiteral("newComplaint"));
    m_newComplaint->setShortcut(QKeySequence::New);
    m_newComplaint->setToolTip(tr("Register a complaint (Ctrl+N)"));
    connect(m_newComplaint, &QAction::triggered, this, &MainWindow::registerComplaint);
    file->addAction(m_newComplaint);
    auto *demo = file->addAction(tr("Load &demo data"));
    connect(demo, &QAction::triggered, this, &MainWindow::loadDemoData);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshQueue);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    const std::pair<QString, QString> languages[] = {{QString(), tr("System language")},
                                                     {QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("nl"), QStringLiteral("Nederlands")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    auto *report = m_toolsMenu->addAction(tr("Monthly &report..."));
    report->setObjectName(QStringLiteral("reportAction"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(report, &QAction::triggered, this, &MainWindow::openReport);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Klachtdesk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_newComplaint);
    m_toolBar->addAction(report);
}

void MainWindow::openReport()
{
    // One report window at a time; it recomputes when shown again.
    if (!m_report) {
        m_report = new ReportWindow(m_db);
        m_report->setAttribute(Qt::WA_DeleteOnClose);
        m_report->setWindowTitle(tr("Klachtdesk monthly report"));
        m_report->resize(1200, 850);
        connect(this, &QObject::destroyed, m_report, &QObject::deleteLater);
    } else {
        m_report->refresh();
    }
    m_report->show();
    m_report->raise();
    m_report->activateWindow();
}

QWidget *MainWindow::buildEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *title = new QLabel(tr("No complaints yet"), page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Register the first complaint, or load a demo data set of a few "
                               "hundred Dutch complaints to look around."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *registerButton = new QPushButton(tr("Register a complaint"), page);
    connect(registerButton, &QPushButton::clicked, this, &MainWindow::registerComplaint);
    auto *demoButton = new QPushButton(tr("Load demo data"), page);
    demoButton->setObjectName(QStringLiteral("loadDemo"));
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::loadDemoData);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(registerButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

QString MainWindow::registerComplaint()
{
    RegistrationDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString reference = dialog.registration().complaint.reference;
    refreshQueue();
    selectComplaint(reference);
    statusBar()->showMessage(tr("Complaint %1 registered.").arg(reference), 8000);
    emit complaintSaved(reference);
    return reference;
}

void MainWindow::loadDemoData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = kd::loadDemoData(m_db);
    QApplication::restoreOverrideCursor();
    if (!r) {
        QMessageBox::warning(this, tr("Demo data"),
                             tr("The demo data could not be loaded: %1").arg(r.error().toString()));
        return;
    }
    statusBar()->showMessage(tr("Loaded %1 demo complaints from %2 customers.")
                                 .arg(r->complaints)
                                 .arg(r->customers),
                             8000);
    refreshQueue();
}

void MainWindow::refreshQueue()
{
    const QString current = m_panel->currentReference();
    m_model->reload();
    if (!current.isEmpty())
        selectComplaint(current);
}

void MainWindow::selectComplaint(const QString &reference)
{
    // Only the rows in memory are searched: walking a million scrolled rows would read them all.
    if (const int row = m_model->rowOfReference(reference); row >= 0) {
        m_queueView->selectRow(row);
        m_queueView->scrollTo(m_model->index(row, 0));
        return;
    }
    m_panel->showComplaint(reference);
}

void MainWindow::applyFilter()
{
    QueueFilter f = m_model->filter();
    f.statuses.clear();
    const QString code = m_statusFilter->currentData().toString();
    if (code == QLatin1String("open"))
        f.statuses = {ComplaintStatus::New, ComplaintStatus::Acknowledged,
                      ComplaintStatus::InProgress, ComplaintStatus::WaitingForCustomer};
    else if (auto s = parse<ComplaintStatus>(code))
        f.statuses = {*s};
    m_model->setFilter(f);
}

void MainWindow::showCurrent()
{
    const int row = m_queueView->currentIndex().row();
    m_panel->showComplaint(m_model->referenceAt(row));
}

void MainWindow::updateCounts()
{
    // The empty state is for a database without complaints, not for a filter showing none.
    auto any = ComplaintStore(m_db).hasAny();
    const bool empty = any && !*any;
    m_queueStack->setCurrentIndex(empty ? 1 : 0);
    m_countLabel->setText(tr("%n complaint(s) shown", nullptr, m_model->totalCount()));
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language is used from the next start of Klachtdesk."));
}

} // namespace kd
