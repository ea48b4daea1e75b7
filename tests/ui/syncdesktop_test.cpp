// The desktop syncs by itself: background workers against a real PostgreSQL (KLACHTDESK_TEST_PG,
// started by tools/test), the status-bar widget, the conflicts dialog and the connect dialog.
#include "../sync/gateproxy.h"
#include "../sync/syncfixture.h"

#include "conflictsdialog.h"
#include "connectdialog.h"
#include "sync/serverbinding.h"
#include "keychaincredentials.h"
#include "mainwindow.h"
#include "sync/conflictstore.h"
#include "synccontroller.h"
#include "syncstatuswidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace kd;
using namespace kd::test;

namespace {

// Runs the event loop until done() or the time is up; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return done();
}

SyncWorkerSettings testSettings(const ServerAddress &server)
{
    SyncWorkerSettings s;
    s.server = server;
    // A poll far beyond the test's 2 seconds: only the server's notification can be that quick.
    s.pollMs = 120000;
    s.minBackoffMs = 100;
    s.maxBackoffMs = 800;
    s.heartbeatMs = 300;
    return s;
}

int complaintsWithReference(Desk &desk, const QString &reference)
{
    return desk.count(QStringLiteral("SELECT count(*) FROM complaint WHERE reference = ?"),
                      {reference});
}

// Two agents' desktops that both hold one complaint, registered on A.
struct TwoDesks
{
    TwoDesks(const QString &loginA, const QString &loginB, const QString &subject)
        : agentA(server.addUser(loginA, QStringLiteral("agent"))),
          agentB(server.addUser(loginB, QStringLiteral("agent"))), a(agentA, agentA.user),
          b(agentB, agentB.user), reference(a.registerComplaint(subject).complaint.reference)
    {
        a.syncOk();
        b.syncOk();
    }
    TestServer server;
    const ServerAddress agentA, agentB;
    Desk a, b;
    const QString reference;
};

} // namespace

TEST_CASE("a complaint registered on desktop A shows on desktop B within 2 seconds, pushed by "
          "A's worker and announced to B's worker by the server",
          "[sync][ui]")
{
    TestServer server;
    const ServerAddress agentA = server.addUser(QStringLiteral("ann"), QStringLiteral("agent"));
    const ServerAddress agentB = server.addUser(QStringLiteral("bob"), QStringLiteral("agent"));
    Desk a(agentA, agentA.user), b(agentB, agentB.user);

    SyncStatusWidget statusA, statusB;
    SyncController syncA(a.db(), &statusA), syncB(b.db(), &statusB);
    QList<int> pendingSeenA;
    QObject::connect(&syncA, &SyncController::stateChanged,
                     [&](const SyncState &s) { pendingSeenA << s.pending; });
    syncA.start(testSettings(agentA));
    syncB.start(testSettings(agentB));
    REQUIRE(waitFor([&] { return statusA.isOnline() && statusB.isOnline(); }, 20000));
    CHECK(statusA.pending() == 0);
    CHECK(statusA.text().contains(QLatin1String("Online")));
    CHECK(statusA.text().contains(QLatin1String("Last sync just now")));
    CHECK(statusA.text().contains(QLatin1String("Nothing waiting to go up")));
    // Let B's first sync finish, so that what follows can only arrive by a notification.
    QTest::qWait(300);

    pendingSeenA.clear();
    QElapsedTimer sinceSave;
    sinceSave.start();
    const QString reference = a.registerComplaint(QStringLiteral("Pakket kwijt")).complaint.reference;
    const bool arrived = waitFor([&] { return complaintsWithReference(b, reference) == 1; }, 10000);
    const qint64 latencyMs = sinceSave.elapsed();
    INFO("arrived on B after " << latencyMs << " ms");
    REQUIRE(arrived);
    CHECK(latencyMs < 2000);

    // A's widget saw the changes waiting, then saw them go up.
    REQUIRE(waitFor([&] { return statusA.pending() == 0; }, 5000));
    CHECK(std::any_of(pendingSeenA.cbegin(), pendingSeenA.cend(), [](int p) { return p > 0; }));
    CHECK(pendingSeenA.last() == 0);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM change_log")) == 0);
    CHECK(statusB.isOnline());
    CHECK(statusB.pending() == 0);

    // And back the other way: B's edit reaches A the same way.
    sinceSave.restart();
    b.set(reference, QStringLiteral("subject"), QStringLiteral("Pakket na twee weken bezorgd"));
    REQUIRE(waitFor(
        [&] {
            return a.count(QStringLiteral("SELECT count(*) FROM complaint WHERE reference = ? AND "
                                          "subject = ?"),
                           {reference, QStringLiteral("Pakket na twee weken bezorgd")})
                   == 1;
        },
        10000));
    CHECK(sinceSave.elapsed() < 2000);
}

TEST_CASE("scenario 6: the worker retries with back-off while the server is down, without any edit, and "
          "catches up when it is back",
          "[sync][ui]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(QStringLiteral("cas"), QStringLiteral("agent"));
    const ServerAddress colleague = server.addUser(QStringLiteral("dee"), QStringLiteral("agent"));
    GateProxy gate(agent.port, false); // the server is "down"
    ServerAddress viaGate = agent;
    viaGate.port = gate.port();
    Desk a(viaGate, agent.user), other(colleague, colleague.user);
    const QString mine = a.registerComplaint(QStringLiteral("Offline geregistreerd")).complaint.reference;

    SyncStatusWidget status;
    SyncController sync(a.db(), &status);
    QList<qint64> failedAt;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&sync, &SyncController::stateChanged, [&](const SyncState &s) {
        if (s.link == SyncState::Link::Offline && s.failures > failedAt.size())
            failedAt << clock.elapsed();
    });
    sync.start(testSettings(viaGate));
    // No edit is made from here on: the retries come from the worker's own timer.
    REQUIRE(waitFor([&] { return failedAt.size() >= 5; }, 15000));
    INFO("failures at ms " << QStringList([&] {
             QStringList l;
             for (qint64 t : failedAt)
                 l << QString::number(t);
             return l;
         }()).join(u' ').toStdString());
    // Back-off: 100, 200, 400, 800 ms between attempts (the connect itself adds a little).
    const qint64 first = failedAt.at(1) - failedAt.at(0);
    const qint64 fourth = failedAt.at(4) - failedAt.at(3);
    CHECK(first >= 50); // timers are coarse (5 %) and the report crosses threads
    CHECK(fourth >= 700);
    CHECK(fourth > 3 * first);
    CHECK_FALSE(status.isOnline());
    CHECK(status.text().contains(QLatin1String("Offline")));
    CHECK(status.pending() > 0);
    CHECK(gate.refused() >= 5);

    // Meanwhile a colleague registered a complaint that reached the server.
    const QString theirs = other.registerComplaint(QStringLiteral("Van een collega")).complaint.reference;
    other.syncOk();

    gate.setOpen(true);
    REQUIRE(waitFor([&] { return status.isOnline() && status.pending() == 0; }, 5000));
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM kd.row_state WHERE "
                                       "table_name = 'complaint' AND data->>'reference' = ?"),
                        {mine})
              .toInt()
          == 1);
    CHECK(complaintsWithReference(a, theirs) == 1);
    CHECK(status.text().contains(QLatin1String("Nothing waiting to go up")));

    // The server going away while nobody edits shows as offline soon (heartbeat), not at the
    // next poll two minutes later.
    gate.setOpen(false);
    CHECK(waitFor([&] { return !status.isOnline(); }, 3000));
    CHECK(status.text().contains(QLatin1String("Offline")));
}

TEST_CASE("the conflicts dialog lists a kept value and restores it in one click, on every desktop",
          "[sync][ui]")
{
    TwoDesks desks(QStringLiteral("eva"), QStringLiteral("fem"), QStringLiteral("Factuur dubbel"));
    Desk &a = desks.a, &b = desks.b;
    const ServerAddress &agentB = desks.agentB;
    const QString &reference = desks.reference;
    // Both edit the subject while apart; B edits later and wins; A's value is kept aside.
    a.set(reference, QStringLiteral("subject"), QStringLiteral("Factuur twee keer betaald"));
    QTest::qWait(20);
    b.set(reference, QStringLiteral("subject"), QStringLiteral("Dubbele afschrijving"));
    a.syncOk();
    b.syncOk();
    a.syncOk();

    // The status bar shows the conflict, and clicking it asks for the dialog.
    SyncStatusWidget status;
    status.show();
    SyncController counts(a.db(), &status);
    REQUIRE(status.conflicts() == 1);
    CHECK_FALSE(status.conflictsButton()->isHidden());
    CHECK(status.conflictsButton()->text() == QLatin1String("1 conflict(s)"));
    QSignalSpy clicked(&status, &SyncStatusWidget::conflictsClicked);
    QTest::mouseClick(status.conflictsButton(), Qt::LeftButton);
    CHECK(clicked.count() == 1);

    ConflictsDialog dialog(a.db());
    dialog.show();
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == reference);
    CHECK(dialog.table()->item(0, 1)->text() == QLatin1String("Subject"));
    CHECK(dialog.table()->item(0, 2)->text() == QLatin1String("Dubbele afschrijving"));
    CHECK(dialog.table()->item(0, 3)->text() == QLatin1String("Factuur twee keer betaald"));
    CHECK(dialog.table()->item(0, 4)->text() == agentB.user);
    CHECK_FALSE(dialog.table()->item(0, 5)->text().isEmpty());

    const QString id = ConflictStore(a.db()).list()->first().id;
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restore-") + id);
    REQUIRE(restore);
    QSignalSpy resolved(&dialog, &ConflictsDialog::resolved);
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(resolved.count() == 1);
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(a.count(QStringLiteral("SELECT count(*) FROM complaint WHERE reference = ? AND subject = ?"),
                  {reference, QStringLiteral("Factuur twee keer betaald")})
          == 1);
    counts.refreshCounts();
    CHECK(status.conflicts() == 0);
    CHECK(status.conflictsButton()->isHidden());

    // The restored value and the resolution travel to B.
    a.syncOk();
    b.syncOk();
    CHECK(b.count(QStringLiteral("SELECT count(*) FROM complaint WHERE reference = ? AND subject = ?"),
                  {reference, QStringLiteral("Factuur twee keer betaald")})
          == 1);
    CHECK(ConflictStore(b.db()).list()->isEmpty());
}

TEST_CASE("the main window connects with the stored address and a typed password, which never "
          "lands in the settings file",
          "[sync][ui]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(QStringLiteral("gijs"), QStringLiteral("agent"));
    Desk a(agent, agent.user);
    ServerAddress noPassword = agent;
    noPassword.password.clear();
    KD_REQUIRE_OK(storeServerUrl(a.db(), noPassword.displayUrl()));

    KeychainCredentials keychain;
    // On a machine without a keychain service (this CI) nothing is found and the program asks;
    // with one, this test's login has no entry. Either way: no password yet.
    CHECK(keychain.password(noPassword.displayUrl(), agent.user).isEmpty());

    MainWindow window(a.db());
    window.show();
    auto *status = window.findChild<SyncStatusWidget *>();
    REQUIRE(status);
    CHECK(status->text().contains(QLatin1String("Not connected")));
    ConnectDialog *dialog = nullptr;
    REQUIRE(waitFor([&] { return (dialog = window.findChild<ConnectDialog *>()) && dialog->isVisible(); },
                    5000));
    CHECK(dialog->userEdit()->text() == agent.user);
    CHECK(dialog->urlEdit()->text().contains(QString::number(agent.port)));
    if (!keychain.available())
        CHECK_FALSE(dialog->rememberBox()->isEnabled());
    dialog->rememberBox()->setChecked(false);
    dialog->sslModeBox()->setCurrentIndex(dialog->sslModeBox()->findData(QStringLiteral("disable")));

    // A wrong password keeps the dialog open with the server's reason.
    dialog->passwordEdit()->setText(QStringLiteral("wrong"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->text().contains(QLatin1String("password"), Qt::CaseInsensitive));

    dialog->passwordEdit()->setText(agent.password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    REQUIRE(waitFor([&] { return status->isOnline(); }, 15000));
    CHECK(status->text().contains(QLatin1String("Online")));

    // The address stays with the database, the password with neither it nor the settings.
    CHECK(storedServerUrl(a.db()) == noPassword.displayUrl());
    QSettings settings;
    settings.sync();
    for (const QString &path : {settings.fileName(), a.db().path()}) {
        QFile file(path);
        if (!file.exists())
            continue;
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(path.toStdString());
        CHECK_FALSE(file.readAll().contains(agent.password.toUtf8()));
    }
}

TEST_CASE("a colleague's edit of the complaint on screen shows in the open panel after the pull",
          "[sync][ui]")
{
    TwoDesks desks(QStringLiteral("hans"), QStringLiteral("iris"),
                   QStringLiteral("Monteur niet gekomen"));
    Desk &a = desks.a, &b = desks.b;
    const ServerAddress &agentB = desks.agentB;
    const QString &reference = desks.reference;

    MainWindow window(b.db());
    window.show();
    auto *controller = window.findChild<SyncController *>();
    REQUIRE(controller);
    auto *title = window.findChild<QLabel *>(QStringLiteral("complaintTitle"));
    REQUIRE(title);
    window.selectComplaint(reference);
    CHECK(title->text().contains(QLatin1String("Monteur niet gekomen")));
    controller->start(testSettings(agentB));
    auto *status = window.findChild<SyncStatusWidget *>();
    REQUIRE(status);
    REQUIRE(waitFor([&] { return status->isOnline(); }, 20000));

    // B reads the complaint; A renames it and syncs; B's panel shows the new subject by itself.
    a.set(reference, QStringLiteral("subject"), QStringLiteral("Monteur twee keer niet gekomen"));
    a.syncOk();
    const bool shown = waitFor(
        [&] { return title->text().contains(QLatin1String("Monteur twee keer niet gekomen")); },
        10000);
    INFO("panel title: " << title->text().toStdString());
    CHECK(shown);
}

TEST_CASE("scenario 12: a first sync of a few thousand complaints runs in pages with progress while the "
          "window stays usable and the agent can register a complaint",
          "[sync][ui]")
{
    TestServer server;
    const ServerAddress agent = server.addUser(QStringLiteral("hugo"), QStringLiteral("agent"));
    Desk maker(agent, agent.user);
    const Registration tmpl = maker.registerComplaint(QStringLiteral("Sjabloon"));
    maker.syncOk();
    // A big server, made by cloning the pushed complaint in SQL (through the stamping trigger).
    const int complaints = 3000;
    server.scalar(QStringLiteral(
                      "INSERT INTO kd.row_state (table_name, row_id, data) "
                      "SELECT 'customer', md5('cu' || g)::uuid::text, t.data || jsonb_build_object("
                      "'id', md5('cu' || g)::uuid::text, 'name', 'Klant ' || g) "
                      "FROM kd.row_state t, generate_series(1, 600) g "
                      "WHERE t.table_name = 'customer' AND t.row_id = ?"),
                  {tmpl.customer.meta.id});
    server.scalar(QStringLiteral(
                      "INSERT INTO kd.row_state (table_name, row_id, data) "
                      "SELECT 'complaint', md5('co' || g)::uuid::text, t.data || jsonb_build_object("
                      "'id', md5('co' || g)::uuid::text, "
                      "'reference', 'KL-2020-' || lpad(g::text, 6, '0'), "
                      "'customer_id', md5('cu' || (1 + g % 600))::uuid::text) "
                      "FROM kd.row_state t, generate_series(1, ?) g "
                      "WHERE t.table_name = 'complaint' AND t.row_id = ?"),
                  {complaints, tmpl.complaint.meta.id});

    Desk fresh(agent, agent.user);
    SyncStatusWidget status;
    status.show();
    SyncController sync(fresh.db(), &status);
    int progressReports = 0;
    bool progressShown = false;
    QObject::connect(&sync, &SyncController::stateChanged, [&](const SyncState &s) {
        if (s.syncing && s.progressTotal > 0) {
            ++progressReports;
            progressShown = progressShown || !status.progressBar()->isHidden();
        }
    });
    // The window's event loop: a 10 ms timer whose longest gap tells whether it ever froze.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestGapMs = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
    });
    tick.start(10);

    SyncWorkerSettings settings = testSettings(agent);
    settings.pullPage = 200;
    sync.start(settings);
    REQUIRE(waitFor([&] { return progressReports >= 2; }, 60000));
    // Registering while the pages come in: the GUI's write waits at most for one page.
    QElapsedTimer write;
    write.start();
    // By id: a complaint numbered before this desktop had a block of references may be renumbered
    // by the server (protocol_test "renumbered, not lost"), which is not a loss.
    const QString during = fresh.registerComplaint(QStringLiteral("Tijdens de eerste sync")).complaint.meta.id;
    const qint64 writeMs = write.elapsed();
    sinceTick.restart(); // the test's own write held the loop; the gaps measured are the worker's

    REQUIRE(waitFor(
        [&] {
            // The status bar's pending count can be read before the worker has seen the write,
            // so wait for the complaint itself on the server too.
            return status.isOnline() && status.pending() == 0
                && fresh.count(QStringLiteral("SELECT count(*) FROM complaint")) >= complaints + 2
                && server.scalar(QStringLiteral("SELECT count(*) FROM kd.row_state WHERE "
                                                "table_name = 'complaint' AND row_id = ?"),
                                 {during})
                           .toInt()
                       == 1;
        },
        180000));
    tick.stop();
    INFO("progress reports " << progressReports << ", longest event-loop gap " << longestGapMs
                             << " ms, write during sync " << writeMs << " ms");
    CHECK(progressReports >= complaints / 200);
    CHECK(progressShown);
    CHECK(longestGapMs < 1000);
    CHECK(writeMs < 5000);
    CHECK(fresh.count(QStringLiteral("SELECT count(*) FROM complaint")) == complaints + 2);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM kd.row_state WHERE "
                                       "table_name = 'complaint' AND row_id = ?"),
                        {during})
              .toInt()
          == 1);
}

TEST_CASE("scenario 12: a desktop too old for the server says in the status bar that an update is "
          "needed, keeps its work, and goes on once the server lets it in",
          "[sync][ui]")
{
    TestServer server;
    Desk a(server.address(), QStringLiteral("ann"));
    a.syncOk();
    const QString mine = a.registerComplaint(QStringLiteral("Voor de update")).complaint.reference;
    (void)server.scalar(QStringLiteral("UPDATE kd.meta SET value = ? WHERE key = 'min_client_schema'"),
                        {QString::number(SyncEngine::kProtocolVersion + 1)});

    SyncStatusWidget status;
    SyncController sync(a.db(), &status);
    sync.start(testSettings(server.address()));
    REQUIRE(waitFor([&] { return status.text().contains(QLatin1String("Update needed")); }, 5000));
    CHECK_FALSE(status.text().contains(QLatin1String("Offline")));
    CHECK(status.pending() > 0);
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM kd.row_state WHERE "
                                       "data->>'reference' = ?"),
                        {mine})
              .toInt()
          == 0);

    // The server accepts this version again: the work goes up at the next attempt (the longest
    // back-off, 800 ms in these settings), with no edit needed.
    (void)server.scalar(QStringLiteral("UPDATE kd.meta SET value = '1' WHERE key = 'min_client_schema'"));
    REQUIRE(waitFor([&] { return status.isOnline() && status.pending() == 0; }, 5000));
    CHECK(server.scalar(QStringLiteral("SELECT count(*) FROM kd.row_state WHERE "
                                       "data->>'reference' = ?"),
                        {mine})
              .toInt()
          == 1);
}
