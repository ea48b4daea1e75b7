// Fixtures of the sync tests: a fresh server database per test on the PostgreSQL that tools/test
// started (KLACHTDESK_TEST_PG), and desktops with their own SQLite file and clock.
#pragma once

#include "testsupport.h"

#include "domain/uuid.h"
#include "service/complaintservice.h"
#include "storage/sqlquery.h"
#include "sync/serveradmin.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QThread>

#include <functional>

namespace kd::test {

inline ServerAddress testServerAddress()
{
    const QString url = qEnvironmentVariable("KLACHTDESK_TEST_PG");
    if (url.isEmpty())
        FAIL("KLACHTDESK_TEST_PG is not set: the sync tests need a PostgreSQL server. Run them "
             "through tools/test, which starts one on 127.0.0.1.");
    auto a = ServerAddress::parse(url);
    REQUIRE(a.ok());
    a->sslMode = QStringLiteral("disable");
    return *a;
}

// A database of its own on the test server, with the Klachtdesk schema; dropped afterwards.
class TestServer
{
public:
    TestServer()
    {
        m_admin = testServerAddress();
        m_name = QStringLiteral("kd_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        ServerConnection c;
        KD_REQUIRE_OK(c.open(m_admin));
        KD_REQUIRE_OK(c.execScript(QStringLiteral("CREATE DATABASE %1").arg(m_name)));
        m_address = m_admin;
        m_address.database = m_name;
        ServerConnection s;
        KD_REQUIRE_OK(s.open(m_address));
        KD_REQUIRE_OK(ServerAdmin(s).init());
    }
    ~TestServer()
    {
        ServerConnection c;
        if (!c.open(m_admin))
            return;
        (void)c.execScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        for (const QString &role : m_roles)
            (void)c.execScript(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }
    const ServerAddress &address() const { return m_address; }
    QString name() const { return m_name; }

    // A login role of its own for this test (role names are cluster-wide).
    ServerAddress addUser(const QString &prefix, const QString &role)
    {
        const QString login = QStringLiteral("%1_%2").arg(prefix, m_name.mid(8, 8));
        ServerConnection s;
        KD_REQUIRE_OK(s.open(m_address));
        KD_REQUIRE_OK(ServerAdmin(s).addUser(login, QStringLiteral("pw-") + login, role));
        m_roles << login;
        ServerAddress a = m_address;
        a.user = login;
        a.password = QStringLiteral("pw-") + login;
        return a;
    }

    // A statement as the server's administrator; returns the first column of the first row.
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        if (!m_conn.isOpen())
            KD_REQUIRE_OK(m_conn.open(m_address));
        auto q = m_conn.query(sql, values);
        KD_REQUIRE_OK(q);
        return q->next() ? q->value(0) : QVariant();
    }

    // How many of the server's feed entries and rows mention one of the texts.
    int mentions(const QStringList &texts)
    {
        int n = 0;
        for (const QString &text : texts) {
            n += scalar(u"SELECT count(*) FROM kd.change WHERE strpos(fields::text, ?) > 0"_qs,
                        {text}).toInt();
            n += scalar(u"SELECT count(*) FROM kd.row_state WHERE strpos(data::text, ?) > 0"_qs,
                        {text}).toInt();
        }
        return n;
    }

private:
    ServerAddress m_admin;
    ServerAddress m_address;
    QString m_name;
    QStringList m_roles;
    ServerConnection m_conn;
};

// A desktop: its own database file, clock and server connection.
class Desk
{
public:
    Desk(const ServerAddress &server, const QString &login,
         const QDateTime &start = QDateTime::currentDateTimeUtc())
        : m_local(start), m_server(server)
    {
        m_local.db().setUser(login);
        // A real desktop's clock runs (right or wrong); one standing still would make the
        // order of edits depend on how fast the test happens to run.
        m_local.clock().setRunning(true);
    }
    Database &db() { return m_local.db(); }
    ManualClock &clock() { return m_local.clock(); }
    TempDatabase &local() { return m_local; }
    ServerConnection &connection() { return m_conn; }

    Result<SyncReport> sync(SyncOptions options = {})
    {
        if (!m_conn.isOpen())
            if (auto s = m_conn.open(m_server); !s)
                return s.error();
        auto r = SyncEngine(db(), m_conn, options).syncOnce();
        if (!r)
            m_conn.close();
        return r;
    }
    // A sync that ends caught up with everything the server had committed when it ended. A pull
    // stops below the oldest transaction still open anywhere on the cluster (docs/sync.md,
    // "cursor"), so one pass may stop short while some other session is mid-transaction; the
    // protocol then delivers it on the next pass, which a test would otherwise read as a loss.
    SyncReport syncOk(SyncOptions options = {})
    {
        auto r = sync(options);
        KD_REQUIRE_OK(r);
        SyncReport total = *r;
        // Everything committed by now, this sync's own push included (the server records its
        // conflicts in the same transaction, for this desktop to pull).
        quint64 target = 0;
        if (m_conn.isOpen() || m_conn.open(m_server)) {
            auto q = m_conn.query(QStringLiteral("SELECT pg_snapshot_xmax(pg_current_snapshot())::text"));
            if (q && q->next())
                target = q->value(0).toString().toULongLong();
        }
        for (int i = 0; i < 60 && cursor() < target && !(options.cancelled && options.cancelled()); ++i) {
            QThread::msleep(50);
            auto more = sync(options);
            KD_REQUIRE_OK(more);
            total.pushed += more->pushed;
            total.conflicts += more->conflicts;
            total.rejected += more->rejected;
            total.duplicates += more->duplicates;
            total.pulled += more->pulled;
            total.removed += more->removed;
            total.erasures += more->erasures;
            total.rebaselined = total.rebaselined || more->rebaselined;
        }
        return total;
    }
    quint64 cursor() { return db().stateValue(QLatin1String(SyncEngine::kCursorTxKey)).toULongLong(); }

    // Syncs until `arrived` holds (at most `tries` times, 100 ms apart). For checks of what a
    // pull brings, not of when: another open transaction anywhere on the cluster holds a pull
    // back for a moment (docs/sync.md, "cursor"), which a test counting syncs reads as a loss.
    bool syncUntil(const std::function<bool()> &arrived, int tries = 30)
    {
        for (int i = 0; i < tries; ++i) {
            syncOk();
            if (arrived())
                return true;
            if (i == 0)
                WARN("held back: " << openTransactions().toStdString());
            QThread::msleep(100);
        }
        return false;
    }

    // The server's sessions that hold a transaction id now (what holds a pull back).
    static QString openTransactions()
    {
        ServerConnection c;
        if (!c.open(testServerAddress()))
            return QStringLiteral("?");
        auto q = c.query(QStringLiteral(
            "SELECT string_agg(format('%s pid %s xid %s %s %s: %s', datname, pid, backend_xid, "
            "state, application_name, left(query, 80)), ' | ') FROM pg_stat_activity "
            "WHERE backend_xid IS NOT NULL"));
        return q && q->next() ? q->value(0).toString() : QStringLiteral("?");
    }

    Registration registerComplaint(const QString &subject)
    {
        NewComplaint n;
        n.customer.name = QStringLiteral("Customer of ") + subject;
        n.channel = QStringLiteral("email");
        n.subject = subject;
        n.description = QStringLiteral("Description of ") + subject;
        auto r = ComplaintService(db()).registerComplaint(n);
        KD_REQUIRE_OK(r);
        return *r;
    }
    void set(const QString &reference, const QString &field, const QString &value)
    {
        KD_REQUIRE_OK(ComplaintService(db()).setField(reference, field, value));
    }
    QString value(const QString &table, const QString &id, const QString &column)
    {
        auto q = runQuery(db(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table),
                          {id});
        KD_REQUIRE_OK(q);
        REQUIRE(q->next());
        return q->value(0).isNull() ? QStringLiteral("<null>") : q->value(0).toString();
    }
    int count(const QString &sql, const QVariantList &values = {})
    {
        auto q = runQuery(db(), sql, values);
        KD_REQUIRE_OK(q);
        REQUIRE(q->next());
        return q->value(0).toInt();
    }
    // Every synced row of a table, as text, for comparing desktops (local_id left out).
    QStringList dump(const QString &table)
    {
        auto q = runQuery(db(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        KD_REQUIRE_OK(q);
        QStringList rows;
        while (q->next()) {
            QStringList cols;
            const QSqlRecord rec = q->record();
            for (int i = 0; i < rec.count(); ++i)
                if (rec.fieldName(i) != QLatin1String("local_id"))
                    cols << rec.fieldName(i) + u'=' + (q->value(i).isNull() ? u"<null>"_qs
                                                                              : q->value(i).toString());
            rows << cols.join(u'|');
        }
        return rows;
    }

    // The columns in which this desktop's table differs from another's ("" when equal).
    QString differences(Desk &other, const QString &table)
    {
        const QStringList mine = dump(table), theirs = other.dump(table);
        if (mine.size() != theirs.size())
            return QStringLiteral("%1 rows vs %2").arg(mine.size()).arg(theirs.size());
        QStringList out;
        for (int r = 0; r < mine.size(); ++r) {
            const QStringList a = mine.at(r).split(u'|'), b = theirs.at(r).split(u'|');
            for (int c = 0; c < a.size() && c < b.size(); ++c)
                if (a.at(c) != b.at(c))
                    out << a.at(c) + QStringLiteral(" vs ") + b.at(c);
        }
        return out.join(QStringLiteral("; "));
    }

private:
    TempDatabase m_local;
    ServerAddress m_server;
    ServerConnection m_conn;
};

} // namespace kd::test
