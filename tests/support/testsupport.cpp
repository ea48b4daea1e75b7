// Fixtures shared by the tests.
#include "testsupport.h"

#include "service/session.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTimeZone>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace kd::test {

TempDatabase::TempDatabase(const QDateTime &start) : m_clock(start)
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    reopen();
}

Database &TempDatabase::reopen()
{
    m_db.reset();
    auto db = openWorkstation(m_path, &m_clock);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    m_db = std::move(*db);
    m_db->setUser(QStringLiteral("tester"));
    return *m_db;
}

Result<std::unique_ptr<Database>> TempDatabase::openSecond() const
{
    Database::Options o;
    o.path = m_path;
    o.sameProcess = true;
    return Database::open(o);
}

NewComplaint emailComplaint(const QString &customer, const QString &description)
{
    NewComplaint n;
    n.customer.name = customer;
    n.customer.email = customer.section(u' ', 0, 0).toLower() + QStringLiteral("@example.nl");
    n.channel = QStringLiteral("email");
    n.description = description;
    return n;
}

Registration registerOne(Database &db, const NewComplaint &complaint)
{
    auto r = ComplaintService(db).registerComplaint(complaint);
    KD_REQUIRE_OK(r);
    return *r;
}

namespace {

CliRun runCliIn(const QString &locale, const QString &language, const QStringList &args,
                const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANGUAGE"), language);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KD_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

CliRun runCli(const QStringList &args, const QByteArray &stdinData)
{
    return runCliIn(QStringLiteral("C.UTF-8"), QStringLiteral("en"), args, stdinData);
}

CliRun runCliDutch(const QStringList &args)
{
    // Qt reads the locale's name from the environment; the C library need not have it.
    return runCliIn(QStringLiteral("nl_NL.UTF-8"), QStringLiteral("nl"), args, {});
}

void poisonFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_PERTURB, 0xa5);
#endif
}

int rowCount(Database &db, const QString &table)
{
    auto q = runQuery(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(q.ok());
    q->next();
    return q->value(0).toInt();
}

int complaintAndCustomerIndexes(Database &db)
{
    return int(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                         "'index' AND tbl_name IN ('complaint', 'customer')")));
}

namespace {

QVariant firstValue(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = runQuery(db, sql, values);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0);
}

} // namespace

qint64 scalar(Database &db, const QString &sql, const QVariantList &values)
{
    return firstValue(db, sql, values).toLongLong();
}

QString text(Database &db, const QString &sql, const QVariantList &values)
{
    return firstValue(db, sql, values).toString();
}

} // namespace kd::test
