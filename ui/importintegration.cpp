// Menu actions for import, export, the customer-service link and the privacy actions.
#include "importintegration.h"

#include "complaintpanel.h"
#include "importdialog.h"
#include "importing/exporter.h"
#include "mainwindow.h"
#include "privacy/privacyservice.h"
#include "privacyactions.h"
#include "storage/complaintstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd", text);
}

// The customer of the complaint the panel shows; empty (with a message) when there is none.
QString currentCustomerId(MainWindow &window)
{
    const QString reference = window.complaintPanel() ? window.complaintPanel()->currentReference()
                                                      : QString();
    if (!reference.isEmpty())
        if (auto c = ComplaintStore(window.database()).byReference(reference))
            return c->customerId;
    QMessageBox::information(&window, tr("Privacy"),
                             tr("Open a complaint of the customer first."));
    return {};
}

} // namespace

void installImportAndPrivacy(MainWindow &window)
{
    QMenu *tools = window.toolsMenu();
    if (!tools)
        return;
    tools->addSeparator();
    QAction *import = tools->addAction(tr("&Import from CSV..."));
    import->setObjectName(u"importCsv"_qs);
    QObject::connect(import, &QAction::triggered, &window, [&window] {
        ImportDialog dialog(window.database(), &window);
        QObject::connect(&dialog, &ImportDialog::imported, &window, [&window] { window.refreshQueue(); });
        dialog.exec();
    });
    QAction *exportCsv = tools->addAction(tr("&Export complaints..."));
    QObject::connect(exportCsv, &QAction::triggered, &window, [&window] {
        const QString path = QFileDialog::getSaveFileName(&window, tr("Export complaints"),
                                                          u"complaints.csv"_qs,
                                                          tr("CSV (*.csv);;JSON (*.json)"));
        if (path.isEmpty())
            return;
        ExportOptions o;
        o.format = path.endsWith(u".json"_qs, Qt::CaseInsensitive) ? ExportFormat::Json
                                                                    : ExportFormat::Csv;
        o.target = path;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            QMessageBox::warning(&window, tr("Export complaints"), file.errorString());
            return;
        }
        auto rows = exportData(window.database(), &file, o);
        if (!rows || !file.commit()) {
            QMessageBox::warning(&window, tr("Export complaints"),
                                 rows ? file.errorString() : rows.error().toString());
            return;
        }
        QMessageBox::information(&window, tr("Export complaints"),
                                 tr("%1 complaints written to %2.").arg(*rows).arg(path));
    });
    QMenu *privacy = tools->addMenu(tr("&Privacy"));
    QAction *link = privacy->addAction(tr("Open in the &customer-service system"));
    QObject::connect(link, &QAction::triggered, &window, [&window] {
        const QString id = currentCustomerId(window);
        if (id.isEmpty())
            return;
        const QUrl url = customerServiceLink(window.database(), id);
        if (url.isEmpty())
            QMessageBox::information(&window, tr("Customer-service system"),
                                     tr("No link: the administrator sets the link template "
                                        "(klachtdesk-cli privacy link --template URL), and the "
                                        "customer needs its id in that system."));
        else
            QDesktopServices::openUrl(url);
    });
    QAction *dsar = privacy->addAction(tr("E&xport everything about this customer..."));
    QObject::connect(dsar, &QAction::triggered, &window, [&window] {
        const QString id = currentCustomerId(window);
        if (!id.isEmpty())
            exportCustomerData(window.database(), id, &window);
    });
    QAction *erase = privacy->addAction(tr("&Erase this customer..."));
    QObject::connect(erase, &QAction::triggered, &window, [&window] {
        const QString id = currentCustomerId(window);
        if (!id.isEmpty() && eraseCustomer(window.database(), id, &window))
            window.refreshQueue();
    });
    // The retention rule is applied once a day when the program starts.
    (void)PrivacyService(window.database()).applyRetentionIfDue();
}

} // namespace kd
