// klachtdesk-screenshots DIR: renders the main screens on a demo database to PNG files, for the
// README and for looking at the UI without a display (run by tools/screenshots).
#include "complaintpanel.h"
#include "mainwindow.h"
#include "registrationdialog.h"
#include "responsetimedialog.h"

#include "service/demodata.h"
#include "service/session.h"
#include "service/translation.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

void save(QWidget *w, const QString &dir, const QString &name)
{
    w->show();
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    QTextStream(stdout) << path << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KlachtdeskScreenshots"));
    QApplication::setApplicationName(QStringLiteral("klachtdesk"));
    kd::installTranslations(app);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: klachtdesk-screenshots OUTPUT_DIR\n";
        return 2;
    }
    const QString out = args.at(1);
    QDir().mkpath(out);
    QTemporaryDir tmp;
    auto db = kd::openWorkstation(tmp.filePath(QStringLiteral("screens.sqlite")));
    if (!db) {
        QTextStream(stderr) << db.error().toString() << '\n';
        return 1;
    }
    (*db)->setUser(QStringLiteral("marieke"));

    {
        kd::MainWindow empty(**db);
        empty.resize(1280, 800);
        save(&empty, out, QStringLiteral("empty-queue"));
    }
    if (auto r = kd::loadDemoData(**db); !r) {
        QTextStream(stderr) << r.error().toString() << '\n';
        return 1;
    }
    kd::MainWindow window(**db);
    window.resize(1400, 860);
    window.show();
    window.queueView()->selectRow(2);
    QApplication::processEvents();
    save(&window, out, QStringLiteral("main-window"));

    kd::RegistrationDialog dialog(**db, &window);
    dialog.customerSearch()->setText(QStringLiteral("Sanne"));
    if (auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("description")))
        text->setPlainText(QStringLiteral("Mijn bestelling B2401234 zou dinsdag komen, het is nu "
                                          "vrijdag en ik heb nog niets gehoord."));
    if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("customerName")))
        name->setText(QStringLiteral("Sanne Visser"));
    save(&dialog, out, QStringLiteral("registration"));
    dialog.hide();

    kd::ResponseTimeDialog settings(**db, &window);
    if (auto *tabs = settings.findChild<QTabWidget *>()) {
        const QStringList names{QStringLiteral("response-time-targets"),
                                QStringLiteral("response-time-hours"),
                                QStringLiteral("response-time-holidays"),
                                QStringLiteral("response-time-pausing")};
        for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
            tabs->setCurrentIndex(i);
            save(&settings, out, names.at(i));
        }
    }
    return 0;
}
