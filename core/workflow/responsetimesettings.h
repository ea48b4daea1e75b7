// What an administrator edits about response times: SLA rules, working hours, holiday exceptions,
// pausing statuses and the pause limit. One use case per call, each in its own transaction;
// every row goes through RowWriter (synced). The CLI `workflow` command and the GUI's
// Response-time settings dialog both use this class, so they keep the same rules.
#pragma once

#include "businesscalendar.h"
#include "domain/enums.h"
#include "domain/error.h"
#include "slarules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace kd {

class Database;

// A stored exception to the computed Dutch holidays.
struct HolidayException
{
    QString id;
    QDate day;
    QString name;
    bool dayOff = true; // false: a computed holiday that is a working day here
};

// One day of the effective calendar of a year, with where it comes from.
struct CalendarHoliday
{
    QDate day;
    QString name;
    enum class Source { Computed, Added } source = Source::Computed;
};

using WorkingWeek = QHash<int, QList<WorkingSpan>>; // ISO weekday (1 = Monday) -> spans

class ResponseTimeSettings
{
public:
    explicit ResponseTimeSettings(Database &db);

    // --- Reading ---------------------------------------------------------------------------
    Result<QList<SlaRule>> rules();
    // The working hours in force (Mon-Fri 09:00-17:00 when nothing is stored).
    Result<WorkingWeek> workingWeek();
    Result<QList<HolidayException>> holidayExceptions();
    // Days off of a year as the calendar counts them: computed holidays minus those worked, plus
    // added days off.
    Result<QList<CalendarHoliday>> holidays(int year);
    QList<ComplaintStatus> pausingStatuses();
    int pauseLimitDays();
    // Statuses an administrator may mark as pausing (new, resolved and closed never pause).
    static QList<ComplaintStatus> pausableStatuses();

    // --- Writing (administrators only: each write is refused with a Permission error) ---------
    // Ok when this user may change the settings; otherwise the Permission error, saying why.
    Status mayChange();
    bool canChange();

    // Rules and pause settings apply from now on: to complaints registered afterwards, and to a
    // complaint whose severity or channel changes (its targets are looked up again). Targets of
    // open complaints are kept: they were the promise when the complaint came in.
    Status setRule(const SlaRule &rule);
    Status removeRule(const QString &id);
    Status setPausingStatuses(const QList<ComplaintStatus> &statuses);
    Status setPauseLimitDays(int days);

    // Calendar changes recompute the due times of open complaints in the same transaction
    // (WorkflowService::refreshOpenDueTimes), because a due time is "target minutes of working
    // time" and must agree with the calendar that counts them. Return how many complaints got a
    // new due time.
    Result<int> setWorkingWeek(const WorkingWeek &week);
    Result<int> setWorkingDay(int isoWeekday, const QList<WorkingSpan> &spans);
    // An extra day off (dayOff) or a computed holiday that is worked (dayOff = false); replaces
    // an exception for the same day.
    Result<int> addHoliday(const QDate &day, const QString &name, bool dayOff = true);
    // Removes the exception for that day (the computed calendar applies again).
    Result<int> removeHoliday(const QDate &day);

    // "09:00-12:30,13:00-17:00" or "closed"/"-"/"" (no working time); minutes since midnight.
    static Result<QList<WorkingSpan>> parseSpans(const QString &text);
    static QString spansText(const QList<WorkingSpan> &spans);

private:
    Status checkWeek(const WorkingWeek &week);
    Result<int> finishCalendarChange();

    Database &m_db;
};

} // namespace kd
