// Secondary indexes suspended for a long bulk write (a first sync) come back whatever ends it.
#include "testsupport.h"

#include "search/deferredindex.h"
#include "service/complaintservice.h"
#include "storage/sqlquery.h"
#include "storage/suspendedindexes.h"

#include <QThread>

#include <atomic>
#include <thread>

using namespace kd;
using namespace kd::test;

namespace {

void suspend(Database &db)
{
    Transaction tx(db);
    KD_REQUIRE_OK(tx.begin());
    KD_REQUIRE_OK(suspendIndexes(db, {u"complaint"_qs, u"customer"_qs}, {u"complaint_customer"_qs}));
    KD_REQUIRE_OK(tx.commit());
}

} // namespace

TEST_CASE("indexes suspended and left so by a kill are built again when the file is opened",
          "[storage]")
{
    TempDatabase d;
    const int all = complaintAndCustomerIndexes(d.db());
    suspend(d.db());
    CHECK(indexesSuspended(d.db()));
    CHECK(complaintAndCustomerIndexes(d.db()) < all);
    CHECK(scalar(d.db(), u"SELECT count(*) FROM sqlite_master WHERE name = 'complaint_customer'"_qs)
          == 1);
    // Unique indexes stay: they keep their rule while the indexes are away.
    CHECK(scalar(d.db(), u"SELECT count(*) FROM sqlite_master WHERE name = "
                         "'sqlite_autoindex_complaint_2'"_qs)
          == 1);

    // A second connection of the same program may be the writer's: it leaves them alone.
    auto second = d.openSecond();
    KD_REQUIRE_OK(second);
    CHECK(complaintAndCustomerIndexes(**second) < all);
    second->reset();

    // The file opened anew (after a kill): they are back, the record gone.
    Database &db = d.reopen();
    CHECK(complaintAndCustomerIndexes(db) == all);
    CHECK_FALSE(indexesSuspended(db));
}

TEST_CASE("restoring indexes that were built already changes nothing", "[storage]")
{
    TempDatabase d;
    const int all = complaintAndCustomerIndexes(d.db());
    suspend(d.db());
    KD_REQUIRE_OK(restoreIndexes(d.db()));
    // Killed between building one and forgetting it: built again, and no error.
    KD_REQUIRE_OK(d.db().setStateValue(
        QLatin1String(kSuspendedIndexesKey),
        u"[\"CREATE INDEX complaint_status ON complaint(status, received_at)\"]"_qs));
    KD_REQUIRE_OK(restoreIndexes(d.db()));
    CHECK(complaintAndCustomerIndexes(d.db()) == all);
    CHECK_FALSE(indexesSuspended(d.db()));
}

TEST_CASE("a search index filled in slices finds every row once, also rows the window adds and "
          "changes meanwhile",
          "[storage][search]")
{
    TempDatabase d;
    Database &db = d.db();
    auto add = [](Database &on, const QString &subject) {
        NewComplaint n;
        n.customer.name = u"Klant"_qs;
        n.channel = u"email"_qs;
        n.subject = subject;
        n.description = u"Het water komt door het plafond."_qs;
        auto r = ComplaintService(on).registerComplaint(n);
        KD_REQUIRE_OK(r);
        return r->complaint.meta.id;
    };
    {
        Transaction tx(db);
        KD_REQUIRE_OK(tx.begin());
        KD_REQUIRE_OK(deferSearchIndex(db)); // as a big first sync does on its first page
        KD_REQUIRE_OK(tx.commit());
    }
    for (int i = 0; i < 200; ++i)
        add(db, QStringLiteral("Lekkage %1").arg(i));
    const QString renamed = add(db, u"Lekkage oud"_qs);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'lekkage'"_qs) == 0);

    // The window registers complaints and renames one not yet indexed while the index is filled
    // a row at a time, each slice its own transaction.
    std::atomic<bool> started{false};
    Status windowDone;
    std::thread window([&] {
        auto w = d.openSecond();
        started = true;
        if (!w) {
            windowDone = w.error();
            return;
        }
        (*w)->setUser(u"agent"_qs);
        for (int i = 0; i < 5; ++i) {
            add(**w, QStringLiteral("Lekkage venster %1").arg(i));
            QThread::msleep(2);
        }
        windowDone = runStatement(**w, u"UPDATE complaint SET subject = 'Lekkage nieuw' WHERE id = ?"_qs,
                                  {renamed});
    });
    while (!started)
        QThread::msleep(1);
    KD_REQUIRE_OK(finishDeferredIndex(db, 1));
    window.join();
    KD_REQUIRE_OK(windowDone);
    KD_REQUIRE_OK(finishDeferredIndex(db, 1)); // whatever came after the last slice: nothing left

    CHECK_FALSE(searchIndexDeferred(db));
    CHECK(scalar(db, u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'lekkage'"_qs) == 206);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'venster'"_qs) == 5);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'nieuw'"_qs) == 1);
    CHECK(scalar(db, u"SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'oud'"_qs) == 0);
    CHECK(runStatement(db, u"INSERT INTO complaint_fts(complaint_fts) VALUES ('integrity-check')"_qs).ok());
}
