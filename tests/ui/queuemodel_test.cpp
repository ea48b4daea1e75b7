// The queue model pages by keyset with a bounded page cache: scrolling a few thousand rows end to
// end shows every complaint exactly once, in queue order, while only a few pages stay in memory.
#include "testsupport.h"

#include "complaintqueuemodel.h"
#include "search/benchdata.h"
#include "storage/sqlquery.h"
#include "workflow/queueviews.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace kd;
using namespace kd::test;

namespace {

// A few thousand generated complaints. Rows 1000..1500 get the same received time, so the
// tie-break on local_id is crossed by page boundaries (200 rows a page).
void fillQueue(Database &db, int complaints)
{
    BenchDataSpec spec;
    spec.complaints = complaints;
    spec.customers = complaints / 10;
    spec.interactions = 0;
    KD_REQUIRE_OK(generateBenchData(db, spec));
    KD_REQUIRE_OK(runStatement(db, QStringLiteral("UPDATE complaint SET received_at = ? "
                                                  "WHERE local_id BETWEEN 1000 AND 1500"),
                               {qint64(1767225600000)}));
}

QStringList idsInOrder(Database &db, const QString &orderBy)
{
    QStringList ids;
    auto q = runQuery(db, QStringLiteral("SELECT c.id FROM complaint c WHERE c.deleted_at IS NULL "
                                         "ORDER BY %1").arg(orderBy), {});
    while (q && q->next())
        ids << q->value(0).toString();
    return ids;
}

// Fetches to the end as a view scrolling down does, then reads every row top to bottom.
QStringList scrollToEnd(ComplaintQueueModel &model, int maxPages)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen << model.data(model.index(row, ComplaintQueueModel::Reference), Qt::UserRole).toString();
        REQUIRE(model.cachedPageCount() <= maxPages);
    }
    return seen;
}

} // namespace

TEST_CASE("scrolling the queue end to end shows every complaint once, in order, with a bounded cache",
          "[ui][queue]")
{
    TempDatabase t;
    fillQueue(t.db(), 3000);
    const QStringList expected =
        idsInOrder(t.db(), QStringLiteral("c.received_at DESC, c.local_id DESC"));
    REQUIRE(expected.size() == 3000);

    ComplaintQueueModel model(t.db());
    model.setCachedPages(3);
    CHECK(model.rowCount() == ComplaintQueueModel::kPageSize);
    CHECK(model.totalCount() == 3000);
    const QStringList seen = scrollToEnd(model, 3);
    CHECK(model.rowCount() == 3000);
    CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == 3000);
    CHECK(seen == expected);

    // Back at the top, the first page was dropped long ago and is read again by its position.
    CHECK(model.cachedPageCount() <= 3);
    CHECK(model.idAt(0) == expected.first());
    CHECK(model.idAt(1234) == expected.at(1234));
    CHECK(model.rowOfId(expected.at(1234)) == 1234);
    // Pages 0, 6 and the last one are in memory now; row 1500 (page 7) was dropped.
    CHECK(model.rowOfId(expected.at(1500)) == -1); // not in memory: not searched in SQL
}

TEST_CASE("the queue sorted by time left pages in the workflow's order without gaps or repeats",
          "[ui][queue]")
{
    TempDatabase t;
    fillQueue(t.db(), 1500);
    // Due ones (with ties on the due time), paused ones (some without time left), the rest.
    KD_REQUIRE_OK(runStatement(t.db(), QStringLiteral("UPDATE complaint SET next_due_at = "
                                                      "1767225600000 + (local_id % 13) * 60000 "
                                                      "WHERE local_id % 3 = 0"), {}));
    KD_REQUIRE_OK(runStatement(t.db(), QStringLiteral("UPDATE complaint SET paused_at = 1, "
                                                      "paused_left_ms = CASE WHEN local_id % 2 = 0 "
                                                      "THEN (local_id % 5) * 1000 END "
                                                      "WHERE local_id % 3 = 1 AND local_id % 4 = 1"),
                               {}));
    const QStringList expected = idsInOrder(
        t.db(), workflowTimeLeftOrder() + QStringLiteral("c.received_at DESC, c.local_id DESC"));

    ComplaintQueueModel model(t.db());
    model.setCachedPages(2);
    QueueFilter f = model.filter();
    f.sortByTimeLeft = true;
    model.setFilter(f);
    const QStringList seen = scrollToEnd(model, 2);
    CHECK(seen.size() == 1500);
    CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == 1500);
    CHECK(seen == expected);
}

TEST_CASE("a filtered queue pages to its end and stops there", "[ui][queue]")
{
    TempDatabase t;
    fillQueue(t.db(), 1000);
    ComplaintQueueModel model(t.db());
    QueueFilter f = model.filter();
    f.statuses = {ComplaintStatus::Closed};
    model.setFilter(f);
    QStringList expected;
    auto q = runQuery(t.db(), QStringLiteral("SELECT id FROM complaint WHERE status = 'closed' "
                                             "ORDER BY received_at DESC, local_id DESC"), {});
    while (q && q->next())
        expected << q->value(0).toString();
    REQUIRE(expected.size() > ComplaintQueueModel::kPageSize);
    CHECK(scrollToEnd(model, ComplaintQueueModel::kDefaultCachedPages) == expected);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.totalCount() == expected.size());
}
