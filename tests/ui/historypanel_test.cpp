// The history panel paints a short list first and reads older entries when asked.
#include "testsupport.h"

#include "historypanel.h"
#include "service/complaintservice.h"

#include <catch2/catch.hpp>

#include <QTest>
#include <QTreeWidget>

using namespace kd;
using namespace kd::test;

TEST_CASE("a long customer history shows the newest entries first and older ones on request",
          "[ui][history]")
{
    TempDatabase t;
    QString customerId;
    const int complaints = HistoryPanel::kFirstPaintEntries + 15;
    for (int i = 0; i < complaints; ++i) {
        NewComplaint n;
        n.customer.name = QStringLiteral("Henk Dekker");
        n.customer.email = QStringLiteral("henk@example.nl");
        n.channel = QStringLiteral("email");
        n.description = QStringLiteral("Klacht nummer %1 over bestelling %2.").arg(i).arg(5000 + i);
        n.receivedAt = t.clock().now().addSecs(-3600 * (complaints - i));
        auto r = ComplaintService(t.db()).registerComplaint(n);
        KD_REQUIRE_OK(r);
        customerId = r->customer.meta.id;
    }

    HistoryPanel panel(t.db());
    panel.show();
    panel.showCustomer(customerId);
    QTreeWidget *list = panel.entryList();
    CHECK(panel.history().complaintsTotal == complaints);
    REQUIRE(panel.history().entries.size() == HistoryPanel::kFirstPaintEntries);
    CHECK(panel.history().truncated);
    // The newest complaint is on top; the last row offers the older ones.
    CHECK(panel.history().entries.first().body.contains(QStringLiteral("nummer %1 ").arg(complaints - 1)));
    REQUIRE(list->topLevelItemCount() == HistoryPanel::kFirstPaintEntries + 1);
    QTreeWidgetItem *more = list->topLevelItem(HistoryPanel::kFirstPaintEntries);
    CHECK(more->text(2).contains(QStringLiteral("older")));

    list->setFocus();
    list->setCurrentItem(more);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(panel.history().entries.size() == complaints);
    CHECK_FALSE(panel.history().truncated);
    CHECK(list->topLevelItemCount() == complaints);
    CHECK(panel.history().entries.last().body.contains(QStringLiteral("nummer 0 ")));
}
