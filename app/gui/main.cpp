// klachtdesk: the workstation's window on the local database.
#include "mainwindow.h"

#include "service/session.h"
#include "service/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Klachtdesk"));
    QApplication::setApplicationName(QStringLiteral("klachtdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Klachtdesk"));
    QApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.klachtdesk.Klachtdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/klachtdesk.svg")));
    kd::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "kd::gui", "Klachtdesk: register, assess and answer customer complaints."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("kd::gui", "The database file to use."),
                                QStringLiteral("FILE"), kd::defaultDatabasePath());
    parser.addOption(db);
    parser.process(app);

    auto database = kd::openWorkstation(parser.value(db));
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("kd::gui", "Klachtdesk"),
                              database.error().toString());
        return database.error().exitCode();
    }
    kd::MainWindow window(**database);
    window.show();
    return app.exec();
}
