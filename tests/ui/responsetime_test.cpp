// Response-time screens driven like a user: the settings dialog stores what is typed, a target
// about to be missed shows up in the window, overdue promises are marked in queue and history.
#include "testsupport.h"

#include "complaintqueuemodel.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "notificationbanner.h"
#include "responsetimedialog.h"
#include "service/complaintservice.h"
#include "storage/sqlquery.h"
#include "workflow/responsetimesettings.h"
#include "workflow/workflowservice.h"
#include "workflownotifier.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

NewComplaint waitingFor(const QString &name, const QString &assignee = {})
{
    NewComplaint n = emailComplaint(name, QStringLiteral("Ik wacht al twee weken op de monteur."));
    n.assignee = assignee;
    return n;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("the response-time dialog stores typed working hours, pausing, a rule and a holiday",
          "[ui][workflow][settings]")
{
    TempDatabase t;
    Database &db = t.db();
    const QString ref = registerOne(db, waitingFor(QStringLiteral("Ria Smit"))).complaint.reference;
    ResponseTimeDialog dialog(db);
    dialog.show();
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(message);

    // Working hours: Friday shorter; a malformed entry is refused with the day named.
    auto *friday = dialog.findChild<QLineEdit *>(QStringLiteral("hours5"));
    REQUIRE(friday);
    CHECK(friday->text() == QStringLiteral("09:00-17:00"));
    auto *saveHours = dialog.findChild<QPushButton *>(QStringLiteral("saveHours"));
    typeInto(friday, QStringLiteral("9 tot 4"));
    QTest::mouseClick(saveHours, Qt::LeftButton);
    CHECK(message->text().contains(QLocale().dayName(5)));
    CHECK(rowCount(db, QStringLiteral("working_hours")) == 0);
    typeInto(friday, QStringLiteral("09:00-16:00"));
    QTest::mouseClick(saveHours, Qt::LeftButton);
    INFO(message->text().toStdString());
    auto week = ResponseTimeSettings(db).workingWeek();
    KD_REQUIRE_OK(week);
    CHECK(ResponseTimeSettings::spansText(week->value(5)) == QStringLiteral("09:00-16:00"));
    CHECK(message->text().contains(QStringLiteral("recomputed")));

    // Pausing: also "in progress" pauses, and the limit becomes 21 days.
    auto *inProgress = dialog.findChild<QCheckBox *>(QStringLiteral("pausing_in_progress"));
    REQUIRE(inProgress);
    inProgress->setChecked(true);
    auto *limit = dialog.findChild<QSpinBox *>(QStringLiteral("pauseLimit"));
    REQUIRE(limit);
    CHECK(limit->value() == 14);
    limit->setFocus();
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("21"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("savePausing")), Qt::LeftButton);
    ResponseTimeSettings stored(db);
    CHECK(stored.pauseLimitDays() == 21);
    CHECK(stored.pausingStatuses().contains(ComplaintStatus::InProgress));

    // A rule for high severity: resolution 600 working minutes.
    auto *severity = dialog.findChild<QComboBox *>(QStringLiteral("ruleSeverity"));
    severity->setCurrentIndex(severity->findData(QStringLiteral("high")));
    auto *resolution = dialog.findChild<QSpinBox *>(QStringLiteral("ruleResolution"));
    resolution->setFocus();
    resolution->selectAll();
    QTest::keyClicks(resolution, QStringLiteral("600"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveRule")), Qt::LeftButton);
    auto rules = stored.rules();
    KD_REQUIRE_OK(rules);
    REQUIRE(rules->size() == 1);
    CHECK(rules->first().resolutionMinutes == 600);
    CHECK(rules->first().severity == Severity::High);
    CHECK(dialog.findChild<QTableWidget *>(QStringLiteral("rules"))->rowCount() == 1);

    // A company day off on Tuesday moves the open complaint's first-response due time.
    auto *day = dialog.findChild<QDateEdit *>(QStringLiteral("holidayDay"));
    day->setDate(QDate(2026, 10, 6));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("holidayName")),
                     QStringLiteral("Bedrijfsuitje"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addHoliday")), Qt::LeftButton);
    bool listed = false;
    auto *holidays = dialog.findChild<QTreeWidget *>(QStringLiteral("holidays"));
    for (int i = 0; i < holidays->topLevelItemCount(); ++i)
        listed |= holidays->topLevelItem(i)->text(1) == QStringLiteral("Bedrijfsuitje");
    CHECK(listed);
    auto sla = WorkflowService(db).slaStatus(ref);
    KD_REQUIRE_OK(sla);
    CHECK(sla->firstResponseDue == QDateTime(QDate(2026, 10, 7), QTime(9, 0), Qt::UTC));
}

TEST_CASE("a target about to be missed is shown in the window when the clock reaches the warning",
          "[ui][workflow][notifications]")
{
    TempDatabase t;
    Database &db = t.db();
    // Monday 11:00 Amsterdam by e-mail: first response due Tuesday 11:00 (09:00 UTC).
    const QString ref =
        registerOne(db, waitingFor(QStringLiteral("Kees Bakker"), db.user())).complaint.reference;
    MainWindow window(db);
    window.show();
    QCoreApplication::processEvents(); // the notifier's first check at start
    auto *banner = window.findChild<NotificationBanner *>(QStringLiteral("notificationBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());

    auto *action = window.findChild<QAction *>(QStringLiteral("responseTimeSettingsAction"));
    REQUIRE(action);
    CHECK(window.toolsMenu()->actions().contains(action));

    // Twenty minutes before the target (warning time 30 minutes), the next check warns.
    t.clock().set(QDateTime(QDate(2026, 10, 6), QTime(8, 40), Qt::UTC));
    auto *notifier = window.findChild<WorkflowNotifier *>(QStringLiteral("workflowNotifier"));
    REQUIRE(notifier);
    CHECK(notifier->poll() == 1);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Due soon: %1").arg(ref)));
    CHECK(banner->text().contains(QStringLiteral("20 minutes")));

    // Seen once: a second check does not repeat it; dismissing hides the bar.
    CHECK(notifier->poll() == 0);
    QTest::mouseClick(banner->findChild<QWidget *>(QStringLiteral("dismissNotifications")),
                      Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("an overdue promise is marked beside the reference in the queue and in the history",
          "[ui][workflow][promises]")
{
    TempDatabase t;
    Database &db = t.db();
    const QString promised =
        registerOne(db, waitingFor(QStringLiteral("Noor Visser"))).complaint.reference;
    const QString other =
        registerOne(db, waitingFor(QStringLiteral("Bram de Wit"))).complaint.reference;
    auto p = WorkflowService(db).addPromise(promised, QStringLiteral("Terugbellen over de monteur"),
                                            t.clock().now().addSecs(3600));
    KD_REQUIRE_OK(p);

    ComplaintQueueModel model(db);
    const auto marker = [&](const QString &ref) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.referenceAt(row) == ref)
                return model.index(row, ComplaintQueueModel::Reference).data(Qt::DecorationRole);
        FAIL("not in the queue");
        return QVariant();
    };
    CHECK_FALSE(marker(promised).isValid()); // not due yet

    t.clock().advanceSecs(2 * 3600);
    model.reload();
    CHECK(marker(promised).isValid());
    CHECK_FALSE(marker(other).isValid());

    HistoryPanel history(db);
    history.showComplaint(promised);
    QTreeWidgetItem *entry = nullptr;
    for (int i = 0; i < history.entryList()->topLevelItemCount(); ++i)
        if (history.entryList()->topLevelItem(i)->text(3).contains(QStringLiteral("Terugbellen")))
            entry = history.entryList()->topLevelItem(i);
    REQUIRE(entry);
    CHECK(entry->background(2).color() == QColor(0xf8, 0xd7, 0xda));
    CHECK_FALSE(entry->icon(2).isNull());
    CHECK(entry->font(2).bold());
    bool flagged = false;
    for (QLabel *l : history.findChildren<QLabel *>())
        flagged |= l->property("overdue").toBool() && l->text().contains(QStringLiteral("Overdue"));
    CHECK(flagged);
}

TEST_CASE("an agent sees the response-time settings but cannot change them", "[ui][workflow]")
{
    TempDatabase t;
    KD_REQUIRE_OK(runStatement(t.db(),
                               QStringLiteral("INSERT INTO app_user(id, login, display_name, role, "
                                              "created_at, updated_at, created_by, updated_by) "
                                              "VALUES ('u1', ?, 'Tess', 'agent', 0, 0, 't', 't')"),
                               {t.db().user()}));
    ResponseTimeDialog dialog(t.db());
    dialog.show();
    const auto buttons = dialog.findChildren<QPushButton *>();
    int disabled = 0;
    for (QPushButton *b : buttons)
        disabled += b->isEnabled() ? 0 : 1;
    CHECK(disabled >= 6); // save/remove rule, save hours, add/remove day, save pausing
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("administrator")));
}
