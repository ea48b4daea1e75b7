// Search, customer history, similar complaints and opening a complaint on the large generated
// database (issue 3's figures). The database is generated once per size and kept in --dir.
#include "bench.h"

#include "search/benchdata.h"
#include "search/historyservice.h"
#include "search/searchservice.h"
#include "search/similarcomplaints.h"
#include "service/complaintservice.h"
#include "service/session.h"
#include "storage/complaintstore.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <random>

namespace kd::bench {
namespace {

QString databasePath(const Options &o)
{
    return QDir(o.workDir).filePath(QStringLiteral("search-%1.sqlite").arg(o.complaints));
}

// Opens the generated database, generating it first when it is not there yet.
std::unique_ptr<Database> openBenchDatabase(const Options &o, Table &table, QTextStream &log)
{
    const QString path = databasePath(o);
    const bool exists = QFileInfo::exists(path);
    if (!exists) {
        // A half-made file from an interrupted run is useless: start clean.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    auto db = openWorkstation(path);
    if (!db) {
        log << "cannot open " << path << ": " << db.error().toString() << '\n';
        return nullptr;
    }
    if (!exists) {
        BenchDataSpec spec;
        spec.complaints = o.complaints;
        spec.customers = std::max(1, o.complaints / 5);
        spec.interactions = o.complaints * 3;
        log << "generating " << spec.complaints << " complaints, " << spec.customers
            << " customers, " << spec.interactions << " interactions in " << path << " ...\n";
        log.flush();
        auto info = generateBenchData(**db, spec, [&log](qint64 done, qint64 total) {
            log << QStringLiteral("  %1%\r").arg(100.0 * done / total, 0, 'f', 0);
            log.flush();
        });
        if (!info) {
            log << "generation failed: " << info.error().toString() << '\n';
            db->reset();
            QFile::remove(path);
            return nullptr;
        }
        table.figure(QStringLiteral("generate the database (bulk insert, then indexes and FTS rebuild)"),
                     info->seconds, QStringLiteral("s"), {},
                     QStringLiteral("%1 MB file").arg(info->bytes / 1e6, 0, 'f', 0));
        // Measure on a fresh connection: the generator's large page cache is not the app's.
        db->reset();
        db = openWorkstation(path);
        if (!db) {
            log << "cannot reopen " << path << ": " << db.error().toString() << '\n';
            return nullptr;
        }
    } else {
        table.figure(QStringLiteral("database file (generated earlier)"),
                     QFileInfo(path).size() / 1e6, QStringLiteral("MB"));
    }
    return std::move(*db);
}

QStringList sampleValues(Database &db, const QString &sql, int n)
{
    QStringList out;
    auto q = runQuery(db, sql, {n});
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

// What an agent types, keystroke by keystroke: words of complaints, names, identifiers in
// different forms, and junk.
QStringList typedQueries(Database &db)
{
    QStringList full{QStringLiteral("levertijd"), QStringLiteral("wasmachine kapot"),
                     QStringLiteral("factuur dubbel afgeschreven"), QStringLiteral("terugbellen"),
                     QStringLiteral("monteur niet gekomen"), QStringLiteral("bezorger"),
                     QStringLiteral("Jansen"), QStringLiteral("Sanne de Vries"),
                     QStringLiteral("Çelik"), QStringLiteral("celik"),
                     QStringLiteral("wacht"), QStringLiteral("de"), QStringLiteral("order"),
                     QStringLiteral("invoice wrong amount"), QStringLiteral("\"AND (NEAR *")};
    // Identifiers taken from the data, typed as people type them.
    const QStringList refs = sampleValues(
        db, QStringLiteral("SELECT reference FROM complaint WHERE local_id % 99991 = 7 LIMIT ?"), 3);
    full << refs;
    const QStringList numbers = sampleValues(
        db, QStringLiteral("SELECT customer_number FROM customer WHERE local_id % 9973 = 3 LIMIT ?"), 2);
    full << numbers;
    const QStringList emails = sampleValues(
        db, QStringLiteral("SELECT email FROM customer WHERE local_id % 7919 = 5 LIMIT ?"), 2);
    full << emails;
    const QStringList phones = sampleValues(
        db, QStringLiteral("SELECT phone FROM customer WHERE local_id % 7717 = 11 LIMIT ?"), 2);
    full << phones; // "06-1......."
    for (const QString &p : phones)
        full << QStringLiteral("+31 6 ") + p.mid(3).replace(QLatin1Char('-'), QLatin1Char(' '));
    const QStringList handles = sampleValues(
        db, QStringLiteral("SELECT handle FROM customer_handle WHERE rowid % 3001 = 1 LIMIT ?"), 2);
    full << handles;
    QStringList keystrokes;
    for (const QString &q : full)
        for (int n = 2; n <= q.size(); ++n)
            keystrokes << q.left(n);
    return keystrokes;
}

int runSearchBench(const Options &o, Table &table)
{
    QTextStream log(stderr);
    auto db = openBenchDatabase(o, table, log);
    if (!db)
        return 1;
    const double rssStart = residentMemoryMb();
    std::mt19937 rng(7);

    // Search while typing: every keystroke of every query is one sample.
    const QStringList keys = typedQueries(*db);
    SearchService search(*db);
    for (const QString &k : keys.mid(0, 20)) // warm the page cache a little, as a running app has
        (void)search.search(k);
    std::vector<double> newest, ranked;
    int maxHits = 0;
    for (const QString &k : keys) {
        QElapsedTimer t;
        t.start();
        auto r = search.search(k);
        newest.push_back(t.nsecsElapsed() / 1e6);
        if (!r) {
            log << "search failed for " << k << ": " << r.error().toString() << '\n';
            return 1;
        }
        maxHits = std::max(maxHits, int(r->size()));
    }
    table.row(QStringLiteral("search while typing, newest first (%1 keystrokes)").arg(keys.size()),
              newest, QStringLiteral("p95 < 30 ms"),
              QStringLiteral("complaints + customers + messages, 20 each"));
    SearchOptions rankedOptions;
    rankedOptions.ranked = true;
    for (const QString &k : keys) {
        QElapsedTimer t;
        t.start();
        (void)search.search(k, rankedOptions);
        ranked.push_back(t.nsecsElapsed() / 1e6);
    }
    table.row(QStringLiteral("search, bm25 within the newest 2,000 matches"), ranked, {},
              QStringLiteral("optional ranked mode"));

    // Customer history, for random customers and for the heaviest repeat complainants.
    const QStringList customers = sampleValues(
        *db, QStringLiteral("SELECT id FROM customer ORDER BY random() LIMIT ?"), o.repeat * 5);
    const QStringList heavy = sampleValues(
        *db, QStringLiteral("SELECT customer_id FROM complaint WHERE local_id > "
                            "(SELECT max(local_id) - 20000 FROM complaint) GROUP BY customer_id "
                            "ORDER BY count(*) DESC LIMIT ?"),
        o.repeat);
    HistoryService history(*db);
    int maxEntries = 0;
    auto historyOf = [&](const QStringList &ids, int limit) {
        std::vector<double> s;
        for (const QString &id : ids) {
            QElapsedTimer t;
            t.start();
            auto h = history.forCustomer(id, limit);
            s.push_back(t.nsecsElapsed() / 1e6);
            if (!h)
                log << "history failed: " << h.error().toString() << '\n';
            else
                maxEntries = std::max(maxEntries, int(h->entries.size()));
        }
        return s;
    };
    const int first = HistoryService::kFirstPaintEntries;
    table.row(QStringLiteral("customer history (random customers)"), historyOf(customers, first),
              QStringLiteral("< 10 ms"), QStringLiteral("first %1 entries, as the panel paints").arg(first));
    table.row(QStringLiteral("customer history (most frequent complainants)"),
              historyOf(heavy, first), QStringLiteral("< 10 ms"),
              QStringLiteral("first %1 entries, as the panel paints").arg(first));
    maxEntries = 0;
    const std::vector<double> older = historyOf(heavy, 1000);
    table.row(QStringLiteral("customer history, \"show older entries\" (most frequent)"), older,
              {}, QStringLiteral("up to %1 entries").arg(maxEntries));

    // Similar complaints for random complaints (solutions and replies included).
    const QStringList complaints = sampleValues(
        *db, QStringLiteral("SELECT id FROM complaint ORDER BY random() LIMIT ?"), o.repeat * 3);
    SimilarComplaints similar(*db);
    std::vector<double> sim;
    int found = 0;
    for (const QString &id : complaints) {
        QElapsedTimer t;
        t.start();
        auto r = similar.forComplaint(id);
        sim.push_back(t.nsecsElapsed() / 1e6);
        if (!r)
            log << "similar failed: " << r.error().toString() << '\n';
        else
            found += r->size();
    }
    table.row(QStringLiteral("similar complaints with solutions"), sim, QStringLiteral("< 50 ms"),
              QStringLiteral("%1 per complaint on average").arg(double(found) / complaints.size(), 0, 'f', 1));

    // Opening a complaint: its details and interactions plus the customer's history.
    const QStringList refs = sampleValues(
        *db, QStringLiteral("SELECT reference FROM complaint ORDER BY random() LIMIT ?"), o.repeat * 3);
    ComplaintService service(*db);
    std::vector<double> open;
    for (const QString &ref : refs) {
        QElapsedTimer t;
        t.start();
        auto d = service.details(ref);
        if (!d)
            log << "details failed: " << d.error().toString() << '\n';
        else if (auto h = history.forCustomer(d->complaint.customerId, first); !h)
            log << "history failed: " << h.error().toString() << '\n';
        open.push_back(t.nsecsElapsed() / 1e6);
    }
    table.row(QStringLiteral("open a complaint with its customer's history"), open,
              QStringLiteral("< 50 ms"));

    // The queue: the first and the last page by keyset (what the queue model does), and the last
    // page by OFFSET for comparison (what it did before).
    ComplaintStore store(*db);
    QueueFilter all;
    std::vector<double> countMs;
    int rows = 0;
    countMs = sample(std::min(o.repeat, 5), [&] {
        auto c = store.count(all);
        rows = c ? *c : 0;
    });
    table.row(QStringLiteral("queue: count of all complaints (status bar)"), countMs, {},
              QStringLiteral("%1 complaints").arg(rows));
    std::vector<double> firstPage = sample(o.repeat, [&] { (void)store.queueAfter(all, {}, 200); });
    table.row(QStringLiteral("queue: first page of 200 by keyset"), firstPage);
    // The start of the last page: the key of the 200th row from the bottom.
    QVariantList lastKey;
    if (auto q = runQuery(*db, QStringLiteral("SELECT received_at, local_id FROM complaint WHERE "
                                              "deleted_at IS NULL ORDER BY received_at, local_id "
                                              "LIMIT 1 OFFSET 200"));
        q && q->next())
        lastKey = {q->value(0), q->value(1)};
    std::vector<double> lastPage = sample(o.repeat, [&] { (void)store.queueAfter(all, lastKey, 200); });
    table.row(QStringLiteral("queue: last page of 200 by keyset"), lastPage);
    std::vector<double> lastOffset = sample(std::min(o.repeat, 3), [&] {
        (void)store.queue(all, std::max(0, rows - 200), 200);
    });
    table.row(QStringLiteral("queue: last page of 200 by OFFSET (the old way)"), lastOffset);
    table.figure(QStringLiteral("resident memory of this process after the above"),
                 residentMemoryMb(), QStringLiteral("MB"), {},
                 QStringLiteral("%1 MB at open").arg(rssStart, 0, 'f', 0));
    return 0;
}

const bool registered = registerBenchmark(
    {QStringLiteral("search"),
     QStringLiteral("search, history, similar complaints, opening a complaint (large database)"),
     runSearchBench});

} // namespace
} // namespace kd::bench
