// Scopes an import run sets on its SQLite connection for as long as they live: the two SQL
// functions that stamp the change log, and progress while it finishes (its larger page cache is
// storage/pragmascope.h).
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;

namespace kd {

// kd_import_change_id() and kd_import_hlc() for the run's change-log statements, on its
// connection for as long as this lives: a UUIDv7 change id and the run's next HLC stamp, as a
// row-by-row writer would make them.
class ChangeStampFunctions
{
public:
    ChangeStampFunctions(sqlite3 *db, const std::function<QString()> &changeId,
                         const std::function<QString()> &hlc);
    ~ChangeStampFunctions();
    ChangeStampFunctions(const ChangeStampFunctions &) = delete;
    ChangeStampFunctions &operator=(const ChangeStampFunctions &) = delete;

private:
    static void call(sqlite3_context *context, int, sqlite3_value **);
    sqlite3 *m_db;
    std::function<QString()> m_changeId, m_hlc;
};

// For as long as it lives, SQLite calls report() while the run's long statements work (every few
// thousand virtual machine steps, at most ten times a second, and at once when the step changes),
// so that a window stays responsive and its Cancel is heard. After the rows are read, finishing a
// million-row run (change log, indexes, search index) takes half a minute or more in a handful of
// statements. Cancelling interrupts the statement; the run's transaction then rolls back.
class FinishProgress
{
public:
    // step: what the run is doing now; read at every call, so the caller may change it.
    FinishProgress(sqlite3 *db, const QString &step, std::function<bool()> report);
    ~FinishProgress();
    FinishProgress(const FinishProgress &) = delete;
    FinishProgress &operator=(const FinishProgress &) = delete;
    bool cancelled() const { return m_cancelled; }

private:
    static int call(void *self);
    int tick();
    sqlite3 *m_db;
    const QString &m_step;
    QString m_reportedStep;
    std::function<bool()> m_report;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
    bool m_cancelled = false;
};

} // namespace kd
