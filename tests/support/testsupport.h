// Shared fixtures: a fresh database in a temporary folder with a clock the test controls.
#pragma once

#include "domain/clock.h"
#include "service/complaintservice.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace kd::test {

// Fails the current test with the error's message when a Result is not ok.
#define KD_REQUIRE_OK(expr)                                                                        \
    do {                                                                                           \
        const auto &kd_r_ = (expr);                                                                \
        INFO((kd_r_.ok() ? QString() : kd_r_.error().toString()).toStdString());                  \
        REQUIRE(kd_r_.ok());                                                                       \
    } while (false)

class TempDatabase
{
public:
    // A new database file, migrated, with default categories and channels, at a fixed time.
    explicit TempDatabase(const QDateTime &start = QDateTime(QDate(2026, 10, 5), QTime(9, 0),
                                                              Qt::UTC));
    Database &db() { return *m_db; }
    ManualClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    Database &reopen();
    // A second connection of this program to the file (the sync thread's or the window's),
    // sharing the first one's lock; use it only in the thread that called this.
    Result<std::unique_ptr<Database>> openSecond() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
};

// A complaint as most tests register one: by e-mail from customer, whose address is the first
// name at example.nl ("Ria Smit": ria@example.nl). A test sets whatever else it is about.
NewComplaint emailComplaint(const QString &customer, const QString &description);

// Registers the complaint through the service, as the registration form would; the test fails
// when it is refused.
Registration registerOne(Database &db, const NewComplaint &complaint);

// Runs klachtdesk-cli with the arguments; returns exit code, stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {});
// The same in a Dutch session, whose words run longer than the English ones.
CliRun runCliDutch(const QStringList &args);

// Freed memory is overwritten from here on (glibc's M_PERTURB; the test runners call it first),
// so that a use after free fails its test on the spot instead of reading what happened to be
// left there: the import dialog read its preview into freed members while closing, and no test
// saw it.
void poisonFreedMemory();

// Rows in a table, tombstones included.
int rowCount(Database &db, const QString &table);

// The indexes of the complaint and customer tables, automatic ones included.
int complaintAndCustomerIndexes(Database &db);

// The first column of the first row a query gives; the test fails when there is none.
qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {});
QString text(Database &db, const QString &sql, const QVariantList &values = {});

} // namespace kd::test
