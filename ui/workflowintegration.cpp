// Adds the workflow controls to the main window without the window knowing their details.
#include "workflowintegration.h"

#include "assessmentpanel.h"
#include "complaintqueuemodel.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "workflownotifier.h"
#include "workflowqueuecontrols.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QItemSelectionModel>
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

    auto *notifier = new WorkflowNotifier(db, &window);
    QObject::connect(notifier, &WorkflowNotifier::notified, &window,
                     [&window](const QString &title, const QString &body) {
                         window.statusBar()->showMessage(title + QStringLiteral(": ") + body, 15000);
                     });
    QObject::connect(notifier, &WorkflowNotifier::queueChanged, &window, &MainWindow::refreshQueue);
    notifier->start();
}

} // namespace kd
