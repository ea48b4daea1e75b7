// The assessment panel and escalate dialog driven like a user: typing, saving, refusals shown.
#include "testsupport.h"

#include "assessmentpanel.h"
#include "escalatedialog.h"
#include "service/complaintservice.h"
#include "timelefttext.h"
#include "storage/complaintstore.h"
#include "workflow/workflowservice.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

const NewComplaint kMisrouted = emailComplaint(
    QStringLiteral("Ria Smit"), QStringLiteral("Verkeerd doorverbonden, drie keer."));

} // namespace

TEST_CASE("typing a cause and saving the assessment stores it and lists it in the audit trail",
          "[ui][workflow]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kMisrouted).complaint.reference;
    AssessmentPanel panel(t.db());
    panel.showComplaint(ref);
    CHECK(panel.slaLabel()->text().contains(QLatin1String("working time left")));
    auto *cause = panel.findChild<QLineEdit *>(QStringLiteral("cause"));
    REQUIRE(cause);
    QTest::keyClicks(cause, QStringLiteral("Telefoonmenu onduidelijk"));
    auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveAssessment"));
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
    auto st = WorkflowService(t.db()).state(ref);
    KD_REQUIRE_OK(st);
    CHECK(st->cause == QStringLiteral("Telefoonmenu onduidelijk"));
    bool listed = false;
    for (int row = 0; row < panel.auditView()->rowCount(); ++row)
        listed |= panel.auditView()->item(row, 3)->text().contains(QLatin1String("Telefoonmenu"));
    CHECK(listed);
}

TEST_CASE("a satisfaction score before resolution is refused and the reason is shown",
          "[ui][workflow]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kMisrouted).complaint.reference;
    AssessmentPanel panel(t.db());
    panel.showComplaint(ref);
    auto *spin = panel.findChild<QSpinBox *>(QStringLiteral("satisfaction"));
    REQUIRE(spin);
    spin->setValue(4);
    CHECK_FALSE(panel.save());
    auto *message = panel.findChild<QLabel *>(QStringLiteral("assessmentMessage"));
    REQUIRE(message);
    CHECK(message->text().contains(QLatin1String("resolved")));
}

TEST_CASE("the escalate dialog needs a reason and then escalates", "[ui][workflow]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kMisrouted).complaint.reference;
    EscalateDialog dialog(t.db(), ref);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QLatin1String("why")));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Klant dreigt met de krant"));
    QTest::keyClicks(dialog.supervisorEdit(), QStringLiteral("bert"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto s = WorkflowService(t.db()).slaStatus(ref);
    KD_REQUIRE_OK(s);
    CHECK(s->escalatedTo == QStringLiteral("bert"));
}

TEST_CASE("the queue's time-left text says paused while waiting and overdue when late",
          "[ui][workflow]")
{
    QueueRow r;
    r.nextDueAt = 10 * 60000;
    CHECK(timeleft::text(r, 0) == QStringLiteral("10 min"));
    CHECK(timeleft::text(r, 25 * 60000) == QStringLiteral("overdue 15 min"));
    CHECK(timeleft::background(r, 25 * 60000) != timeleft::background(r, 0));
    r.nextDueAt.reset();
    r.paused = true;
    r.pausedLeftMs = -5;
    CHECK(timeleft::text(r, 0) == QStringLiteral("paused (overdue)"));
}
