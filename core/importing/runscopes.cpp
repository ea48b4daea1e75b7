// See runscopes.h.
#include "runscopes.h"

#include <QByteArray>

#include <sqlite3.h>

namespace kd {

ChangeStampFunctions::ChangeStampFunctions(sqlite3 *db, const std::function<QString()> &changeId,
                                           const std::function<QString()> &hlc)
    : m_db(db), m_changeId(changeId), m_hlc(hlc)
{
    sqlite3_create_function_v2(db, "kd_import_change_id", 0, SQLITE_UTF8, &m_changeId, call,
                               nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "kd_import_hlc", 0, SQLITE_UTF8, &m_hlc, call, nullptr,
                               nullptr, nullptr);
}

ChangeStampFunctions::~ChangeStampFunctions()
{
    for (const char *name : {"kd_import_change_id", "kd_import_hlc"})
        sqlite3_create_function_v2(m_db, name, 0, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
}

void ChangeStampFunctions::call(sqlite3_context *context, int, sqlite3_value **)
{
    const auto *make = static_cast<const std::function<QString()> *>(sqlite3_user_data(context));
    const QByteArray text = (*make)().toUtf8();
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

FinishProgress::FinishProgress(sqlite3 *db, const QString &step, std::function<bool()> report)
    : m_db(db), m_step(step), m_report(std::move(report))
{
    m_timer.start();
    sqlite3_progress_handler(m_db, 1000, call, this);
}

FinishProgress::~FinishProgress()
{
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

int FinishProgress::call(void *self)
{
    return static_cast<FinishProgress *>(self)->tick();
}

int FinishProgress::tick()
{
    if (m_cancelled)
        return 1;
    if (m_step == m_reportedStep && m_timer.elapsed() - m_last < 100)
        return 0;
    m_last = m_timer.elapsed();
    m_reportedStep = m_step;
    m_cancelled = !m_report();
    return m_cancelled ? 1 : 0;
}

} // namespace kd
