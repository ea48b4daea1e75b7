// The address lives in the database (sync/serverbinding.h, without password, shared with
// klachtdesk-cli connect); the password in the keychain, or, without a keychain service, only in
// memory.
#include "syncintegration.h"

#include "complaintpanel.h"
#include "conflictsdialog.h"
#include "connectdialog.h"
#include "keychaincredentials.h"
#include "mainwindow.h"
#include "service/session.h"
#include "storage/database.h"
#include "sync/serverbinding.h"
#include "synccontroller.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace kd {

namespace {

void openConnect(MainWindow &window, SyncController *controller, KeychainCredentials *keychain)
{
    auto *dialog = new ConnectDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString stored = storedServerUrl(window.database());
    if (auto a = ServerAddress::parse(stored); !stored.isEmpty() && a)
        dialog->setAddress(*a);
    (void)keychain->password(QStringLiteral("probe"), QString()); // is a keychain service there?
    dialog->setKeychainAvailable(keychain->available());
    if (!keychain->available())
        dialog->setNote(QCoreApplication::translate("kd::SyncIntegration", "No keychain service is running on this computer: the "
                                    "password is kept in memory until Klachtdesk closes and "
                                    "asked again at the next start."));
    QObject::connect(dialog, &QDialog::accepted, controller, [&window, controller, keychain, dialog] {
        const ServerAddress a = dialog->address();
        if (auto s = storeServerUrl(window.database(), a.displayUrl()); !s) // never the password
            window.statusBar()->showMessage(s.error().toString(), 10000);
        if (dialog->rememberPassword()) {
            if (auto s = keychain->store(a.displayUrl(), a.user, a.password); !s)
                window.statusBar()->showMessage(s.error().toString(), 10000);
        }
        SyncWorkerSettings settings;
        settings.server = a;
        controller->start(settings);
    });
    dialog->open();
}

} // namespace

SyncController *installSync(MainWindow &window)
{
    auto *status = new SyncStatusWidget(&window);
    window.statusBar()->addPermanentWidget(status);
    auto *controller = new SyncController(window.database(), status, &window);
    auto *keychain = new KeychainCredentials;
    QObject::connect(controller, &QObject::destroyed, [keychain] { delete keychain; });

    QMenu *menu = window.toolsMenu();
    menu->addSeparator();
    QAction *connectAction = menu->addAction(QCoreApplication::translate("kd::SyncIntegration", "&Connect to server..."));
    connectAction->setObjectName(QStringLiteral("syncConnectAction"));
    QAction *syncNow = menu->addAction(QCoreApplication::translate("kd::SyncIntegration", "&Sync now"));
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    QAction *conflicts = menu->addAction(QCoreApplication::translate("kd::SyncIntegration", "Sync &conflicts..."));
    conflicts->setObjectName(QStringLiteral("syncConflictsAction"));

    auto showConflicts = [&window, controller] {
        ConflictsDialog dialog(window.database(), &window);
        QObject::connect(&dialog, &ConflictsDialog::resolved, &window, [&window, controller] {
            window.refreshQueue();
            window.complaintPanel()->refresh();
            controller->syncNow();
        });
        dialog.exec();
        controller->refreshCounts();
    };
    auto connectNow = [&window, controller, keychain] { openConnect(window, controller, keychain); };
    QObject::connect(connectAction, &QAction::triggered, &window, connectNow);
    QObject::connect(syncNow, &QAction::triggered, controller, &SyncController::syncNow);
    QObject::connect(conflicts, &QAction::triggered, &window, showConflicts);
    QObject::connect(status, &SyncStatusWidget::conflictsClicked, &window, showConflicts);
    QObject::connect(status, &SyncStatusWidget::linkClicked, &window, [controller, connectNow] {
        if (controller->isRunning())
            controller->syncNow();
        else
            connectNow();
    });
    QObject::connect(controller, &SyncController::remoteChanges, &window, [&window] {
        window.refreshQueue();
    });
    // After the first sync the window works under the server's name for the login at once, not
    // only from the next start on.
    QObject::connect(controller, &SyncController::stateChanged, &window,
                     [&window] { adoptServerLogin(window.database()); });
    QObject::connect(&window, &MainWindow::complaintSaved, controller,
                     &SyncController::refreshCounts);

    // At start: the stored server, with the password from the keychain; without one, ask.
    const QString stored = storedServerUrl(window.database());
    auto address = ServerAddress::parse(stored);
    if (!stored.isEmpty() && address) {
        address->password = keychain->password(address->displayUrl(), address->user);
        if (!address->password.isEmpty()) {
            SyncWorkerSettings settings;
            settings.server = *address;
            controller->start(settings);
        } else {
            controller->stop(QCoreApplication::translate("kd::SyncIntegration", "The password for %1 is needed: click to connect.")
                                 .arg(address->displayUrl()));
            QTimer::singleShot(0, &window, connectNow);
        }
    }
    return controller;
}

} // namespace kd
