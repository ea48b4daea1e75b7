// What the audit trail, the conflicts list and the sync corner show a user: the forms' words for
// fields and values, never the stored codes ("severity", "high", "target_missed").
#include "testsupport.h"

#include "assessmentpanel.h"
#include "conflictsdialog.h"
#include "service/complaintservice.h"
#include "service/demodata.h"
#include "storage/sqlquery.h"
#include "synccontroller.h"
#include "workflow/workflowservice.h"
#include "syncstatuswidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

const NewComplaint kNotDelivered =
    emailComplaint(QStringLiteral("Ria Smit"), QStringLiteral("Pakket twee keer niet bezorgd."));

// The severity raised from normal to high in the panel, as an agent does it.
void raiseSeverity(AssessmentPanel &panel)
{
    auto *severity = panel.findChild<QComboBox *>(QStringLiteral("severity"));
    REQUIRE(severity);
    severity->setCurrentIndex(severity->findData(QStringLiteral("high")));
    REQUIRE(panel.save());
}

QStringList auditRows(AssessmentPanel &panel)
{
    QStringList rows;
    for (int row = 0; row < panel.auditView()->rowCount(); ++row)
        rows << panel.auditView()->item(row, 2)->text() + u" | "_qs
                    + panel.auditView()->item(row, 3)->text().section(u'\n', 0, 0);
    return rows;
}

// A conflict as sync records it: the severity both desktops changed, "high" won.
void storeSeverityConflict(Database &db, const QString &reference)
{
    const qint64 complaintRow =
        scalar(db, u"SELECT local_id FROM complaint WHERE reference = ?"_qs, {reference});
    KD_REQUIRE_OK(runStatement(
        db,
        u"INSERT INTO sync_conflict(id, table_name, row_id, field, kind, winner, loser, pushed_by, "
        "created_at, updated_at, created_by, updated_by) SELECT 'c1', 'complaint', id, 'severity', "
        "'field', '\"high\"', '\"critical\"', 'joost', 1764000000000, 1764000000000, 'sync', "
        "'sync' FROM complaint WHERE local_id = ?"_qs,
        {complaintRow}));
}

} // namespace

TEST_CASE("the audit trail and the conflicts list name fields and values in words, not codes",
          "[ui][workflow]")
{
    TempDatabase t;
    const QString ref = registerOne(t.db(), kNotDelivered).complaint.reference;
    AssessmentPanel panel(t.db());
    panel.showComplaint(ref);
    raiseSeverity(panel);
    // An escalation sets who it went to; there is no "before" to show.
    KD_REQUIRE_OK(WorkflowService(t.db()).escalate(ref, u"Dreigt met de krant"_qs, u"bert"_qs));
    panel.showComplaint(ref);
    const QStringList rows = auditRows(panel);
    INFO(rows.join(u"\n"_qs).toStdString());
    CHECK(rows.contains(u"Registered | "_qs + ref));
    CHECK(rows.contains(u"Changed | Severity: Normal → High"_qs));
    CHECK(rows.contains(u"Escalated | Escalated to: bert"_qs));
    for (const QString &row : rows) {
        CHECK_FALSE(row.contains(u"severity"_qs));
        CHECK_FALSE(row.contains(u"registered"_qs));
    }

    storeSeverityConflict(t.db(), ref);
    ConflictsDialog dialog(t.db());
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == ref);
    CHECK(dialog.table()->item(0, 1)->text() == u"Severity"_qs);
    CHECK(dialog.table()->item(0, 2)->text() == u"High"_qs);
    CHECK(dialog.table()->item(0, 3)->text() == u"Critical"_qs);

    SECTION("in Dutch, with Qt's own buttons too")
    {
        QTranslator dutch, qt;
        REQUIRE(dutch.load(u":/i18n/klachtdesk_nl"_qs));
        // Qt's own words (the Close button) come from qt6-translations-l10n, in tools/deps.
        REQUIRE(qt.load(u"qtbase_nl"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&dutch);
        QCoreApplication::installTranslator(&qt);
        AssessmentPanel nl(t.db());
        nl.showComplaint(ref);
        const QStringList nlRows = auditRows(nl);
        INFO(nlRows.join(u"\n"_qs).toStdString());
        CHECK(nlRows.contains(u"Gewijzigd | Ernst: Normaal → Hoog"_qs));
        ConflictsDialog nlDialog(t.db());
        CHECK(nlDialog.table()->item(0, 1)->text() == u"Ernst"_qs);
        CHECK(nlDialog.table()->item(0, 2)->text() == u"Hoog"_qs);
        CHECK(nlDialog.table()->item(0, 3)->text() == u"Kritiek"_qs);
        auto *buttons = nlDialog.findChild<QDialogButtonBox *>();
        REQUIRE(buttons);
        CHECK(buttons->button(QDialogButtonBox::Close)->text().remove(u'&') == u"Sluiten"_qs);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&dutch);
    }
}

TEST_CASE("a demo database's status bar says it never syncs, and counts nothing waiting to go up",
          "[ui][demo]")
{
    TempDatabase t;
    KD_REQUIRE_OK(loadDemoData(t.db(), 5));
    SyncStatusWidget status;
    status.show();
    SyncController controller(t.db(), &status);
    CHECK(status.text() == u"\u25CF Demo data, never synced"_qs);
    CHECK(status.linkButton()->toolTip().contains(u"demo data set"_qs));
    CHECK_FALSE(status.text().contains(u"waiting to go up"_qs));

    // An ordinary database still counts what waits.
    TempDatabase plain;
    registerOne(plain.db(), kNotDelivered);
    SyncStatusWidget plainStatus;
    SyncController plainController(plain.db(), &plainStatus);
    CHECK(plainStatus.text().contains(u"Not connected"_qs));
    CHECK(plainStatus.text().contains(u"waiting to go up"_qs));
}
