// One import run (internal to core/importing): everything that lives from the first record to
// the commit. importrun.cpp holds the statements, transaction, rejects and progress;
// importrows.cpp turns one record into a complaint or a customer.
#pragma once

#include "bulkstatement.h"
#include "importer.h"
#include "sync/hlc.h"

#include <QFile>
#include <QHash>
#include <QMap>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace kd {

struct Customer;

// Field key -> column index, from a column mapping (a field mapped twice: the last one wins).
QHash<QString, int> fieldColumns(const ColumnMapping &mapping);

class ImportRun
{
public:
    ImportRun(Database &db, const ImportOptions &options, ImportReport &report);

    Status execute(CsvReader &reader);

    static QString tr(const char *text);

private:
    struct Row
    {
        const CsvRecord *record;
        QString value(int col) const;
    };
    // The ways a customer is recognised, in the order they are tried: kind ("x" external id,
    // "n" number, "e" e-mail, "p" phone, "h" handle) and the normalised value.
    using CustomerKeys = QList<std::pair<QString, QString>>;

    // Every prepared statement, so that they are made and dropped together.
    std::array<std::unique_ptr<BulkStatement> *, 6> statements();
    // The inserts, gathered into multi-row statements (flushInserts() writes what is pending).
    std::array<std::unique_ptr<BatchInsert> *, 3> inserts();
    Status flushInserts();
    Status prepare();
    void reject(const CsvRecord &r, int col, const QString &reason);
    QString columnName(int col) const;
    // field: a literal. Asked a dozen times a row, so answered by the literal's address after the
    // first time instead of hashing a new QString of its name.
    int col(const char *field) const;
    QString cell(const Row &row, int col) const; // empty for "-", "n/a", ...
    QString cell(const Row &row, const char *field) const { return cell(row, col(field)); }
    // The customer's own columns ("customer_email" in a complaints file, "email" in a
    // customers file), looked up once; customerCells reads them from a row.
    struct CustomerColumns
    {
        int externalId = -1, name = -1, number = -1, email = -1, phone = -1, handle = -1;
    };
    void findCustomerColumns();
    Customer customerCells(const Row &row) const;
    // An optional word column (severity, status, ...): true with out set when it is empty or
    // understood; false when the row was refused with the message (%1 = the word).
    template<typename T>
    bool wordCell(const Row &row, const char *field, std::optional<T> (*parse)(const QString &),
                  const char *message, T &out);

    // importrows.cpp: one record.
    Status handleRecord(const CsvRecord &record);
    Status importComplaint(const CsvRecord &record);
    Status importCustomer(const CsvRecord &record);
    Status updateCustomer(const QString &existing, const Customer &c);
    // Finds or makes the customer of a complaint row; empty id with reason set when refused.
    Result<QString> customerFor(const Row &row, QString &reason, int &badCol);

    // importrun.cpp: lookups, writes, bookkeeping.
    Result<QString> lookupCustomer(const QString &kind, const QString &value, bool &erased);
    // The first customer any of the keys finds (empty when none); erased says it was erased.
    Result<QString> findCustomer(const CustomerKeys &keys, bool &erased);
    void rememberCustomer(const CustomerKeys &keys, const QString &id);
    Status insertCustomer(const Customer &c);
    // Binds the time and user at stampAt and stampAt + 1, and runs the insert.
    Status execInsert(BatchInsert &s, int stampAt);
    // The highest local_id (rowid) of each table the run adds rows to, from before the run: the rows
    // above it are the run's own, logged for sync in one statement per table by logNewRows().
    Status markFirstRows();
    // Drops triggers or indexes, keeping their CREATE statements from sqlite_master, and
    // makes them again; inside the run's transaction, so a rollback brings them back too.
    // Optional: when one cannot be dropped, it and the rest stay, and that is no error.
    Status suspend(const char *type, const QStringList &names, bool optional = false);
    Status restoreSuspended();
    // Drops the complaint table's secondary indexes for the rest of a large run (see the .cpp).
    Status suspendComplaintIndexes(qint64 bytesRead, qint64 totalBytes);
    Status logNewRows();
    QString nextHlc();
    Result<QString> nextReference(int year);
    // True for a reference this run gave a complaint (which may not be written yet).
    bool isReferenceOfThisRun(const QString &text) const;
    // A channel or category word's id, looked up once per word; empty when it is not known.
    QString catalogId(QHash<QString, QString> &cache, const QString &word,
                      const std::function<QString(const QString &)> &find);
    QString channelId(const QString &word);
    QString categoryId(const QString &word);
    Status finish();
    // What finish() is doing, for the progress callback.
    void setStep(const QString &step) { m_step = step; }
    void flushHlc();
    void loadHlc();

    Database &m_db;
    const ImportOptions &m_options;
    ImportReport &m_report;
    DateParser m_parser;
    QHash<QString, int> m_fieldCol;
    mutable QHash<const char *, int> m_colOfLiteral;
    CustomerColumns m_customerCols;
    QHash<QString, qint64> m_seen; // external id -> line where it was first seen in this file
    QHash<QString, QString> m_customerByKey;
    QHash<QString, QString> m_channels, m_categories;
    QHash<int, qint64> m_references;      // year -> last number given
    QHash<int, qint64> m_firstReferences; // year -> the counter before the run
    QString m_unknownCustomerId;
    QString m_defaultChannelId;
    QMap<QString, int> m_defaultedChannels; // unknown channel word -> rows given the default
    HlcStamp m_hlc;
    qint64 m_now = 0;
    std::unique_ptr<QFile> m_rejects;
    QList<QByteArray> m_suspended; // CREATE statements of what suspend() dropped
    QString m_step;
    bool m_indexesDecided = false;
    qint64 m_lastComplaintBefore = 0, m_lastCustomerBefore = 0, m_lastHandleBefore = 0;
    std::unique_ptr<BulkStatement> m_findComplaint;
    std::unique_ptr<BatchInsert> m_insertComplaint, m_insertCustomer, m_insertHandle;
    std::unique_ptr<BulkStatement> m_findCustomer[5];
};

} // namespace kd
