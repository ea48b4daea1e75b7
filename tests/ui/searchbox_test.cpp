// Typing in the search box shows results while typing; choosing one opens it.
#include "testsupport.h"
#include "domain/codewords.h"

#include "historypanel.h"
#include "knowledgebasedialog.h"
#include "searchbox.h"
#include "service/complaintservice.h"
#include "similarpanel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace kd;
using namespace kd::test;

namespace {

Registration registerText(TempDatabase &t, const QString &text, int daysAgo = 1)
{
    NewComplaint n = emailComplaint(QStringLiteral("Sanne de Vries"), text);
    n.category = QStringLiteral("delivery_time");
    n.receivedAt = t.clock().now().addDays(-daysAgo);
    return registerOne(t.db(), n);
}

} // namespace

TEST_CASE("typing a half word in the search box lists the complaint and Enter opens it", "[ui][search]")
{
    TempDatabase t;
    const Registration r = registerText(t, QStringLiteral("De levertijd van mijn wasmachine is "
                                                          "ruim overschreden."));
    SearchBox box(t.db());
    box.show();
    QSignalSpy chosen(&box, &SearchBox::complaintChosen);
    QTest::keyClicks(box.lineEdit(), QStringLiteral("leverti"));
    QTRY_VERIFY_WITH_TIMEOUT(box.resultList()->count() > 0, 2000);
    CHECK(box.resultList()->item(0)->text().contains(r.complaint.reference));
    QTest::keyClick(box.lineEdit(), Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.first().first().toString() == r.complaint.reference);

    // Hostile text just finds nothing.
    box.show();
    box.lineEdit()->clear();
    QTest::keyClicks(box.lineEdit(), QStringLiteral("\"NEAR( AND *"));
    box.runSearch();
    CHECK(box.resultList()->count() == 0);
}

TEST_CASE("the history panel lists the customer's complaints newest first", "[ui][search]")
{
    TempDatabase t;
    const Registration older = registerText(t, QStringLiteral("Eerste klacht."), 30);
    const Registration newer = registerText(t, QStringLiteral("Tweede klacht."), 2);
    HistoryPanel panel(t.db());
    panel.showComplaint(newer.complaint.reference);
    REQUIRE(panel.entryList()->topLevelItemCount() == 2);
    CHECK(panel.entryList()->topLevelItem(0)->text(2).contains(newer.complaint.reference));
    CHECK(panel.entryList()->topLevelItem(1)->text(2).contains(older.complaint.reference));
}

TEST_CASE("the similar panel offers the earlier reply for reuse", "[ui][search]")
{
    TempDatabase t;
    const Registration earlier = registerText(t,
                                              QStringLiteral("Pakket zoekgeraakt in "
                                                             "sorteercentrum Zwolle."),
                                              10);
    Interaction reply;
    reply.direction = Direction::Outbound;
    reply.kind = InteractionKind::Reply;
    reply.body = QStringLiteral("We sturen een nieuw pakket.");
    reply.occurredAt = t.clock().now().addDays(-9);
    KD_REQUIRE_OK(ComplaintService(t.db()).addInteraction(earlier.complaint.reference, reply));
    const Registration now = registerText(t,
                                          QStringLiteral("Mijn pakket is zoekgeraakt in het "
                                                         "sorteercentrum."),
                                          0);
    SimilarPanel panel(t.db());
    QSignalSpy reuse(&panel, &SimilarPanel::replyReuseRequested);
    panel.showComplaint(now.complaint.reference);
    REQUIRE(panel.similar().size() == 1);
    CHECK(panel.similar().first().reference == earlier.complaint.reference);
    // Its status in words, as the queue says it ("New"), not the stored code.
    auto *list = panel.findChild<QListWidget *>();
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    auto earlierNow = ComplaintService(t.db()).details(earlier.complaint.reference);
    KD_REQUIRE_OK(earlierNow);
    INFO(list->item(0)->text().toStdString());
    CHECK(list->item(0)->text().contains(u"  "_qs + uitext::status(earlierNow->complaint.status)
                                         + u"\n"_qs));
    CHECK_FALSE(list->item(0)->text().contains(u"  "_qs + toString(earlierNow->complaint.status)
                                               + u"\n"_qs));
    auto *button = panel.findChild<QPushButton *>();
    REQUIRE(button);
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Use this reply"))
            QTest::mouseClick(b, Qt::LeftButton);
    REQUIRE(reuse.count() == 1);
    CHECK(reuse.first().first().toString() == reply.body);
}

TEST_CASE("the knowledge base dialog searches and inserts an answer", "[ui][search]")
{
    TempDatabase t;
    KnowledgeBaseDialog dialog(t.db());
    QSignalSpy insert(&dialog, &KnowledgeBaseDialog::insertRequested);
    QTest::keyClicks(dialog.searchEdit(), QStringLiteral("creditfact"));
    REQUIRE(dialog.list()->count() > 0);
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Insert into reply"))
            QTest::mouseClick(b, Qt::LeftButton);
    REQUIRE(insert.count() == 1);
    CHECK(insert.first().first().toString().contains(QLatin1String("creditfactuur")));
}
