// LocalApplier: rows new to this desktop are written many to a statement; the result must be
// the one of writing them one by one. Needs no server.
#include "testsupport.h"

#include "storage/sqlquery.h"
#include "sync/localapplier.h"

#include <QJsonDocument>
#include <QSqlRecord>

using namespace kd;
using namespace kd::test;

namespace {

const QString kEmail = QStringLiteral("00000000-0000-7000-8000-000000000201"); // channels.json

QString rowId(char kind, int n)
{
    return QStringLiteral("00000000-0000-7000-8%1%2-%3")
        .arg(QLatin1Char(kind))
        .arg(QStringLiteral("00"))
        .arg(n, 12, 10, QLatin1Char('0'));
}

RemoteChange change(const QString &table, const QString &id, const QString &op, qint64 version,
                    QJsonObject fields)
{
    RemoteChange rc;
    rc.table = table;
    rc.rowId = id;
    rc.op = op;
    rc.version = version;
    fields.insert(u"id", id);
    rc.fields = fields;
    return rc;
}

QJsonObject meta()
{
    return {{u"created_at"_qs, 1000}, {u"updated_at"_qs, 1000}, {u"created_by"_qs, u"server"_qs},
            {u"updated_by"_qs, u"server"_qs}};
}

RemoteChange newCustomer(int n, qint64 version)
{
    QJsonObject f = meta();
    f.insert(u"name", QStringLiteral("Klant %1").arg(n));
    f.insert(u"email", QStringLiteral("klant%1@example.nl").arg(n));
    return change(QStringLiteral("customer"), rowId('c', n), QStringLiteral("insert"), version, f);
}

RemoteChange newComplaint(int n, const QString &reference, int customer, qint64 version,
                          const QJsonObject &extra = {})
{
    QJsonObject f = meta();
    f.insert(u"reference", reference);
    f.insert(u"customer_id", rowId('c', customer));
    f.insert(u"channel_id", kEmail);
    f.insert(u"received_at", 5000 + n);
    f.insert(u"subject", QStringLiteral("Pakket %1 niet bezorgd").arg(n));
    f.insert(u"description", QStringLiteral("Klacht %1").arg(n));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        f.insert(it.key(), it.value());
    return change(QStringLiteral("complaint"), rowId('k', n), QStringLiteral("insert"), version, f);
}

// Applies the changes in one transaction: flushing after each (row by row) or once at the end.
void applyAll(Database &db, const QList<RemoteChange> &changes, bool rowByRow)
{
    Transaction tx(db);
    KD_REQUIRE_OK(tx.begin());
    LocalApplier applier(db);
    for (const RemoteChange &rc : changes) {
        KD_REQUIRE_OK(applier.apply(rc));
        if (rowByRow)
            KD_REQUIRE_OK(applier.flush());
    }
    KD_REQUIRE_OK(applier.flush());
    KD_REQUIRE_OK(tx.commit());
}

// Every row of the table, in id order, as text (local_id included: the order rows were written).
QStringList dump(Database &db, const QString &table, const QString &order)
{
    auto q = runQuery(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
    KD_REQUIRE_OK(q);
    QStringList out;
    while (q->next()) {
        QStringList values;
        for (int i = 0; i < q->record().count(); ++i)
            values << (q->isNull(i) ? QStringLiteral("NULL") : q->value(i).toString());
        out << values.join(u'|');
    }
    return out;
}

} // namespace

TEST_CASE("a page of new and known rows, parents and children, applied together ends as one by one",
          "[sync]")
{
    // Known to both desktops before the page: a customer and a complaint with reference KL-1.
    const QList<RemoteChange> before{newCustomer(0, 1), newComplaint(0, u"KL-1"_qs, 0, 2)};

    QList<RemoteChange> page;
    qint64 v = 10;
    page << change(u"complaint"_qs, rowId('k', 0), u"update"_qs, v++,
                   {{u"subject"_qs, u"Eerder bekend, nu gewijzigd"_qs}});
    page << newCustomer(1, v++);
    page << newCustomer(2, v++);
    for (int n = 100; n < 230; ++n) // more than two statements' worth of rows of one table
        page << newComplaint(n, QStringLiteral("KL-%1").arg(n), 1 + n % 2, v++);
    // A new complaint with the reference of a known one: the known one steps aside.
    page << newComplaint(1, u"KL-1"_qs, 1, v++);
    // Two new complaints with the same reference: the first steps aside for the second.
    page << newComplaint(2, u"KL-500"_qs, 2, v++);
    page << newComplaint(3, u"KL-500"_qs, 1, v++);
    // A row new in this page and changed later in it.
    page << newComplaint(4, u"KL-504"_qs, 1, v++);
    page << newCustomer(5, v++);
    page << change(u"complaint"_qs, rowId('k', 4), u"update"_qs, v++,
                   {{u"status"_qs, u"in_progress"_qs}, {u"subject"_qs, u"Later gewijzigd"_qs}});
    // A child before its parent (the foreign keys are checked at commit).
    page << newComplaint(6, u"KL-506"_qs, 6, v++);
    page << newCustomer(6, v++);
    // Other columns than the rows around it, and a whole row with per-field versions.
    page << newComplaint(7, u"KL-507"_qs, 2, v++, {{u"product_ref"_qs, u"P-7"_qs}, {u"tags"_qs, u"[\"x\"]"_qs}});
    QJsonObject whole = newCustomer(8, 0).fields;
    page << RemoteChange::fullRow(u"customer"_qs, rowId('c', 8),
                                  QString::fromUtf8(QJsonDocument(whole).toJson()),
                                  u"{\"name\": 44, \"email\": 45}"_qs, 46);
    page << newComplaint(8, u"KL-508"_qs, 8, v++);
    // A known row deleted, and one new in the page deleted.
    page << change(u"customer"_qs, rowId('c', 2), u"delete"_qs, v++, {{u"deleted_at"_qs, 9000}});
    page << change(u"complaint"_qs, rowId('k', 120), u"delete"_qs, v++, {{u"deleted_at"_qs, 9001}});

    TempDatabase one, together;
    for (TempDatabase *d : {&one, &together})
        applyAll(d->db(), before, true);
    applyAll(one.db(), page, true);
    applyAll(together.db(), page, false);

    CHECK(dump(together.db(), u"customer"_qs, u"id"_qs) == dump(one.db(), u"customer"_qs, u"id"_qs));
    CHECK(dump(together.db(), u"complaint"_qs, u"id"_qs) == dump(one.db(), u"complaint"_qs, u"id"_qs));
    CHECK(dump(together.db(), u"sync_row"_qs, u"table_name, row_id"_qs)
          == dump(one.db(), u"sync_row"_qs, u"table_name, row_id"_qs));
    const QString search = QStringLiteral("SELECT group_concat(rowid) FROM (SELECT rowid FROM "
                                          "complaint_fts WHERE complaint_fts MATCH ? ORDER BY rowid)");
    for (const QString &word : {u"pakket"_qs, u"gewijzigd"_qs, u"KL"_qs})
        CHECK(text(together.db(), search, {word}) == text(one.db(), search, {word}));

    // What a user sees: every row there, the references unique as the server's order says.
    Database &db = together.db();
    CHECK(rowCount(db, u"complaint"_qs) == 1 + 130 + 7);
    CHECK(rowCount(db, u"customer"_qs) == 1 + 5);
    CHECK(text(db, u"SELECT reference FROM complaint WHERE id = ?"_qs, {rowId('k', 1)}) == u"KL-1"_qs);
    CHECK(text(db, u"SELECT reference FROM complaint WHERE id = ?"_qs, {rowId('k', 0)})
          .startsWith(u"KL-1~"_qs));
    CHECK(text(db, u"SELECT reference FROM complaint WHERE id = ?"_qs, {rowId('k', 3)}) == u"KL-500"_qs);
    CHECK(text(db, u"SELECT reference FROM complaint WHERE id = ?"_qs, {rowId('k', 2)})
          .startsWith(u"KL-500~"_qs));
    CHECK(text(db, u"SELECT subject || '/' || status FROM complaint WHERE id = ?"_qs, {rowId('k', 4)})
          == u"Later gewijzigd/in_progress"_qs);
    CHECK(text(db, u"SELECT fver FROM sync_row WHERE row_id = ?"_qs, {rowId('c', 8)})
          .contains(u"\"name\":44"_qs));
    CHECK(scalar(db, u"SELECT count(*) FROM sync_row"_qs) == 138 + 6);
}

TEST_CASE("a page whose commit fails leaves none of its new rows", "[sync]")
{
    TempDatabase d;
    Database &db = d.db();
    {
        Transaction tx(db);
        KD_REQUIRE_OK(tx.begin());
        LocalApplier applier(db);
        KD_REQUIRE_OK(applier.apply(newCustomer(1, 1)));
        // A complaint without its customer: the foreign key fails at commit, after the flush.
        KD_REQUIRE_OK(applier.apply(newComplaint(1, u"KL-1"_qs, 9, 2)));
        KD_REQUIRE_OK(applier.flush());
        CHECK(rowCount(db, u"customer"_qs) == 1);
        CHECK_FALSE(tx.commit().ok());
    }
    CHECK(rowCount(db, u"customer"_qs) == 0);
    CHECK(rowCount(db, u"complaint"_qs) == 0);
    CHECK(scalar(db, u"SELECT count(*) FROM sync_row"_qs) == 0);
}
