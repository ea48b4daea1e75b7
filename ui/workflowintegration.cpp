// Adds the workflow controls to the main window without the window knowing their details.
#include "workflowintegration.h"

#include "assessmentpanel.h"
#include "complaintqueuemodel.h"
#include "mainwindow.h"
#include "notificationbanner.h"
#include "responsetimedialog.h"
#include "storage/database.h"
#include "workflownotifier.h"
#include "workflowqueuecontrols.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

namespace kd {

void installWorkflow(MainWindow &window)
{
    Database &db = window.database();
    ComplaintQueueModel *model = window.queueModel();
    auto *controls = new WorkflowQueueControls(*model, db.user(), &window);
    if (auto *row = window.findChild<QHBoxLayout *>(QStringLiteral("filterRow")))
        row->insertWidget(row->count() - 1, controls);

    // Time left is what an agent scans first: shown right after the reference, which gets room
    // for the overdue-promise icon (the model's column order stays as it is).
    if (QTableView *view = window.queueView()) {
        QHeaderView *header = view->horizontalHeader();
        header->moveSection(header->visualIndex(ComplaintQueueModel::TimeLeft), 1);
        view->setColumnWidth(ComplaintQueueModel::TimeLeft, 130);
        view->setColumnWidth(ComplaintQueueModel::Reference,
                             view->columnWidth(ComplaintQueueModel::Reference) + 24);
    }

    auto *panel = new AssessmentPanel(db, &window);
    auto *dock = new QDockWidget(QObject::tr("Assessment and targets"), &window);
    dock->setObjectName(QStringLiteral("assessmentDock"));
    dock->setWidget(panel);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    QObject::connect(window.queueView()->selectionModel(), &QItemSelectionModel::currentRowChanged,
                     panel, [panel, model](const QModelIndex &current) {
                         panel->showComplaint(model->referenceAt(current.row()));
                     });
    QObject::connect(&window, &MainWindow::complaintSaved, panel, &AssessmentPanel::refresh);
    QObject::connect(panel, &AssessmentPanel::complaintSaved, &window, [&window](const QString &ref) {
        window.refreshQueue();
        window.selectComplaint(ref);
    });

    // Notifications stay in the window until dismissed (above the queue), besides the tray
    // message where a system tray exists: a tray message is gone after seconds.
    auto *banner = new NotificationBanner(&window);
    if (auto *row = window.findChild<QHBoxLayout *>(QStringLiteral("filterRow")))
        if (auto *page = row->parentWidget())
            if (auto *pageLayout = qobject_cast<QBoxLayout *>(page->layout()))
                pageLayout->insertWidget(0, banner);
    auto *notifier = new WorkflowNotifier(db, &window);
    notifier->setObjectName(QStringLiteral("workflowNotifier"));
    QObject::connect(notifier, &WorkflowNotifier::notified, banner, &NotificationBanner::add);
    QObject::connect(notifier, &WorkflowNotifier::queueChanged, &window, &MainWindow::refreshQueue);
    notifier->start();

    if (QMenu *tools = window.toolsMenu()) {
        QAction *settings = tools->addAction(QObject::tr("Response-time &settings..."));
        settings->setObjectName(QStringLiteral("responseTimeSettingsAction"));
        QObject::connect(settings, &QAction::triggered, &window, [&window, &db] {
            ResponseTimeDialog dialog(db, &window);
            QObject::connect(&dialog, &ResponseTimeDialog::settingsChanged, &window,
                             &MainWindow::refreshQueue);
            dialog.exec();
        });
    }
}

} // namespace kd
