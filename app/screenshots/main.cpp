// klachtdesk-screenshots DIR: renders the main screens on a demo database to PNG files, for the
// README and for looking at the UI without a display (run by tools/screenshots).
#include "complaintpanel.h"
#include "mainwindow.h"
#include "registrationdialog.h"
#include "reportwindow.h"
#include "conflictsdialog.h"
#include "connectdialog.h"
#include "importdialog.h"
#include "knowledgebasedialog.h"
#include "searchbox.h"
#include "syncstatuswidget.h"
#include "domain/uuid.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "responsetimedialog.h"

#include "service/demodata.h"
#include "service/session.h"
#include "service/translation.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QStatusBar>
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
    // The complaint's other tabs: the reply with its checks, the customer's history, similar ones.
    if (QTabWidget *tabs = window.complaintPanel()->tabs()) {
        const QStringList names{QStringLiteral("complaint-reply"), QStringLiteral("complaint-history"),
                                QStringLiteral("complaint-similar")};
        for (int i = 1; i < tabs->count() && i <= names.size(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            save(&window, out, names.at(i - 1));
        }
        tabs->setCurrentIndex(0);
    }
    // The search box (Ctrl+K) over the window, with results for a word from the demo set.
    if (auto *search = window.findChild<kd::SearchBox *>()) {
        search->popup(window.queueView());
        search->lineEdit()->setText(QStringLiteral("levering"));
        search->runSearch();
        QApplication::processEvents();
        save(search, out, QStringLiteral("search")); // a popup of its own, not in the window
        search->hide();
    }

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
    // Sync: the status bar online with work waiting, offline during a retry, receiving a first
    // sync; the conflicts dialog (two kept values made up here, as a server would) and the
    // connect dialog.
    if (auto *status = window.findChild<kd::SyncStatusWidget *>()) {
        kd::SyncState st;
        st.link = kd::SyncState::Link::Online;
        st.lastSuccessMs = QDateTime::currentMSecsSinceEpoch() - 5 * 60 * 1000;
        st.pending = 3;
        st.openConflicts = 2;
        status->setState(st);
        QApplication::processEvents();
        window.statusBar()->grab().save(QDir(out).filePath(QStringLiteral("sync-status-online.png")));
        st.link = kd::SyncState::Link::Offline;
        st.failures = 4;
        st.nextAttemptMs = QDateTime::currentMSecsSinceEpoch() + 8000;
        st.lastError = QStringLiteral("Cannot connect to the server: Connection refused");
        status->setState(st);
        QApplication::processEvents();
        window.statusBar()->grab().save(QDir(out).filePath(QStringLiteral("sync-status-offline.png")));
        st.link = kd::SyncState::Link::Online;
        st.syncing = true;
        st.pending = 0;
        st.openConflicts = 0;
        st.progressDone = 412000;
        st.progressTotal = 1000000;
        status->setState(st);
        QApplication::processEvents();
        window.statusBar()->grab().save(QDir(out).filePath(QStringLiteral("sync-status-first-sync.png")));
    }
    {
        auto q = kd::runQuery(**db, QStringLiteral("SELECT id FROM complaint ORDER BY local_id LIMIT 2"));
        QStringList ids;
        while (q && q->next())
            ids << q->value(0).toString();
        kd::Transaction tx(**db);
        (void)tx.begin();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QVariantMap conflicts[] = {
            {{QStringLiteral("table_name"), QStringLiteral("complaint")},
             {QStringLiteral("row_id"), ids.value(0)}, {QStringLiteral("field"), QStringLiteral("subject")},
             {QStringLiteral("winner"), QStringLiteral("\"Pakket beschadigd bezorgd\"")},
             {QStringLiteral("loser"), QStringLiteral("\"Pakket beschadigd, doos open\"")},
             {QStringLiteral("pushed_by"), QStringLiteral("joost")}, {QStringLiteral("created_at"), now - 3600000}},
            {{QStringLiteral("table_name"), QStringLiteral("complaint")},
             {QStringLiteral("row_id"), ids.value(1)}, {QStringLiteral("field"), QStringLiteral("severity")},
             {QStringLiteral("winner"), QStringLiteral("\"high\"")},
             {QStringLiteral("loser"), QStringLiteral("\"critical\"")},
             {QStringLiteral("pushed_by"), QStringLiteral("marieke")}, {QStringLiteral("created_at"), now - 600000}}};
        for (const QVariantMap &c : conflicts)
            (void)kd::RowWriter(**db).insert(QStringLiteral("sync_conflict"), kd::uuid::v7(), c);
        (void)tx.commit();
        kd::ConflictsDialog conflictsDialog(**db, &window);
        save(&conflictsDialog, out, QStringLiteral("sync-conflicts"));
    }
    {
        kd::ConnectDialog connect(&window);
        auto a = kd::ServerAddress::parse(
            QStringLiteral("postgresql://marieke@db.klachtdesk.example:5432/klachtdesk?sslmode=verify-full"));
        if (a)
            connect.setAddress(*a);
        connect.setKeychainAvailable(false);
        connect.setNote(QStringLiteral("No keychain service is running on this computer: the password "
                                       "is kept in memory until Klachtdesk closes and asked again at "
                                       "the next start."));
        save(&connect, out, QStringLiteral("sync-connect"));
    }
    {
        // The import dialog after a dry run of a US-style export: the "State" column left out of
        // the guess (two-letter states are no statuses), the refusals counted per column.
        const QString csv = tmp.filePath(QStringLiteral("us-export.csv"));
        QFile f(csv);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("Complaint ID,Date received,Product,Consumer complaint narrative,State,Submitted via\n");
            for (int i = 0; i < 60; ++i)
                f.write(QStringLiteral("%1,%2,Credit card,%3,%4,%5\n")
                            .arg(1000 + i)
                            .arg(i % 7 == 5 ? QStringLiteral("last week")
                                            : QStringLiteral("2020-03-%1").arg(10 + i % 18))
                            .arg(i % 3 == 0 ? QString() : QStringLiteral("Charged twice for order %1").arg(i))
                            .arg(i % 2 ? QStringLiteral("CA") : QStringLiteral("FL"))
                            .arg(i % 4 ? QStringLiteral("Web") : QStringLiteral("Phone"))
                            .toUtf8());
            f.close();
        }
        kd::ImportDialog import(**db, &window);
        import.resize(1000, 760);
        import.setFile(csv);
        import.show();
        if (auto *dry = import.findChild<QPushButton *>(QStringLiteral("dryRun")))
            dry->click();
        save(&import, out, QStringLiteral("import-dry-run"));
    }
    {
        // The supervisor's report window on last month of the demo data.
        kd::ReportWindow report(**db);
        report.resize(1200, 1000);
        save(&report, out, QStringLiteral("report-window"));
        if (auto *tabs = report.findChild<QTabWidget *>()) {
            tabs->setCurrentIndex(1);
            QApplication::processEvents();
            save(&report, out, QStringLiteral("report-actions"));
        }
    }
    {
        kd::KnowledgeBaseDialog kb(**db, &window);
        kb.resize(900, 600);
        kb.searchEdit()->setText(QStringLiteral("factuur"));
        QApplication::processEvents();
        save(&kb, out, QStringLiteral("knowledge-base"));
    }
    return 0;
}
