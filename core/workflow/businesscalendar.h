// Working time: working hours per weekday, Dutch public holidays and exceptions, in one time zone.
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace kd {

class Database;

struct WorkingSpan
{
    int startMinute = 9 * 60; // minutes after local midnight
    int endMinute = 17 * 60;
};

struct Holiday
{
    QDate day;
    QString name; // Dutch name, as on the calendar
};

class BusinessCalendar
{
public:
    // Bevrijdingsdag (5 May): a day off in lustrum years only (2025, 2030: the usual collective
    // agreement rule), or every year.
    enum class LiberationDay { Lustrum, Yearly };

    // Mon-Fri 09:00-17:00 in Europe/Amsterdam with the Dutch holidays.
    BusinessCalendar();

    // The calendar as the administrator set it up (working_hours, holiday, workflow_setting),
    // with the defaults for whatever is not stored.
    static Result<BusinessCalendar> load(Database &db);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }
    void setWorkingHours(int isoWeekday, QList<WorkingSpan> spans);
    QList<WorkingSpan> workingHours(int isoWeekday) const { return m_hours.value(isoWeekday); }
    void setLiberationDay(LiberationDay rule);
    // An exception: an extra day off (dayOff) or a computed holiday that is worked here.
    void setException(const QDate &day, bool dayOff, const QString &name = {});

    static QDate easterSunday(int year);
    static QList<Holiday> dutchHolidays(int year, LiberationDay rule = LiberationDay::Lustrum);

    // Holidays in force for a year, exceptions applied, by date.
    QMap<QDate, QString> holidays(int year) const;
    bool isHoliday(const QDate &day) const;
    bool isWorkingDay(const QDate &day) const;

    // Working time in [from, to); negative when to is before from.
    qint64 workingMsBetween(qint64 fromMs, qint64 toMs) const;
    qint64 workingMinutesBetween(const QDateTime &from, const QDateTime &to) const
    {
        return workingMsBetween(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()) / 60000;
    }
    // The moment `ms` of working time after fromMs (ms >= 0). Starting outside working hours,
    // the count starts at the next working moment; a result falls at the end of the working
    // moment reached (17:00 rather than the next morning's 09:00).
    qint64 addWorkingMs(qint64 fromMs, qint64 ms) const;
    QDateTime addWorkingMinutes(const QDateTime &from, qint64 minutes) const
    {
        return QDateTime::fromMSecsSinceEpoch(addWorkingMs(from.toMSecsSinceEpoch(), minutes * 60000),
                                              Qt::UTC);
    }

private:
    // The working windows of one local date, as UTC ms, in order.
    QList<std::pair<qint64, qint64>> windows(const QDate &day) const;
    QDate localDate(qint64 ms) const;

    QTimeZone m_zone;
    QHash<int, QList<WorkingSpan>> m_hours;
    LiberationDay m_liberation = LiberationDay::Lustrum;
    QMap<QDate, std::pair<bool, QString>> m_exceptions;
    mutable QHash<int, QMap<QDate, QString>> m_cache;
};

} // namespace kd
