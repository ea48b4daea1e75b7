// Secondary indexes suspended for a long bulk write (a first sync) come back whatever ends it.
#include "testsupport.h"

#include "storage/suspendedindexes.h"

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
    Database::Options o;
    o.path = d.path();
    o.sameProcess = true;
    auto second = Database::open(o);
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
