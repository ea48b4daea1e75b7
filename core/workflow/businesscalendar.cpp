// Working-time arithmetic over working hours and Dutch holidays, day by day in local time.
#include "businesscalendar.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "workflowsettings.h"

namespace kd {
namespace {

// A target of years of working time is a configuration error; stop instead of looping forever.
constexpr int kMaxDays = 3660;

} // namespace

BusinessCalendar::BusinessCalendar() : m_zone(QByteArrayLiteral("Europe/Amsterdam"))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone(3600); // no zone database: CET without summer time beats failing
    for (int d = 1; d <= 5; ++d)
        m_hours.insert(d, {WorkingSpan{}});
}

void BusinessCalendar::setWorkingHours(int isoWeekday, QList<WorkingSpan> spans)
{
    m_hours.insert(isoWeekday, std::move(spans));
}

void BusinessCalendar::setLiberationDay(LiberationDay rule)
{
    m_liberation = rule;
    m_cache.clear();
}

void BusinessCalendar::setException(const QDate &day, bool dayOff, const QString &name)
{
    m_exceptions.insert(day, {dayOff, name});
    m_cache.clear();
}

QDate BusinessCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<Holiday> BusinessCalendar::dutchHolidays(int year, LiberationDay rule)
{
    const QDate easter = easterSunday(year);
    QDate kingsDay(year, 4, 27);
    if (kingsDay.dayOfWeek() == Qt::Sunday)
        kingsDay = kingsDay.addDays(-1);
    QList<Holiday> out{{QDate(year, 1, 1), QStringLiteral("Nieuwjaarsdag")},
                       {easter, QStringLiteral("Eerste Paasdag")},
                       {easter.addDays(1), QStringLiteral("Tweede Paasdag")},
                       {kingsDay, QStringLiteral("Koningsdag")}};
    if (rule == LiberationDay::Yearly || year % 5 == 0)
        out.append({QDate(year, 5, 5), QStringLiteral("Bevrijdingsdag")});
    out.append({{easter.addDays(39), QStringLiteral("Hemelvaartsdag")},
                {easter.addDays(49), QStringLiteral("Eerste Pinksterdag")},
                {easter.addDays(50), QStringLiteral("Tweede Pinksterdag")},
                {QDate(year, 12, 25), QStringLiteral("Eerste Kerstdag")},
                {QDate(year, 12, 26), QStringLiteral("Tweede Kerstdag")}});
    return out;
}

QMap<QDate, QString> BusinessCalendar::holidays(int year) const
{
    auto it = m_cache.constFind(year);
    if (it != m_cache.constEnd())
        return *it;
    QMap<QDate, QString> days;
    for (const Holiday &h : dutchHolidays(year, m_liberation))
        days.insert(h.day, h.name);
    for (auto e = m_exceptions.cbegin(); e != m_exceptions.cend(); ++e) {
        if (e.key().year() != year)
            continue;
        if (e.value().first)
            days.insert(e.key(), e.value().second);
        else
            days.remove(e.key());
    }
    m_cache.insert(year, days);
    return days;
}

bool BusinessCalendar::isHoliday(const QDate &day) const
{
    return holidays(day.year()).contains(day);
}

bool BusinessCalendar::isWorkingDay(const QDate &day) const
{
    return !m_hours.value(day.dayOfWeek()).isEmpty() && !isHoliday(day);
}

QDate BusinessCalendar::localDate(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
}

QList<std::pair<qint64, qint64>> BusinessCalendar::windows(const QDate &day) const
{
    QList<std::pair<qint64, qint64>> out;
    if (!isWorkingDay(day))
        return out;
    for (const WorkingSpan &s : m_hours.value(day.dayOfWeek())) {
        if (s.endMinute <= s.startMinute)
            continue;
        const auto at = [&](int minute) {
            if (minute >= 24 * 60)
                return QDateTime(day.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
            return QDateTime(day, QTime(minute / 60, minute % 60), m_zone).toMSecsSinceEpoch();
        };
        out.append({at(s.startMinute), at(s.endMinute)});
    }
    return out;
}

qint64 BusinessCalendar::workingMsBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs < fromMs)
        return -workingMsBetween(toMs, fromMs);
    qint64 total = 0;
    const QDate last = localDate(toMs);
    int guard = 0;
    for (QDate d = localDate(fromMs); d <= last && guard < 100 * kMaxDays; d = d.addDays(1), ++guard) {
        for (const auto &[start, end] : windows(d)) {
            const qint64 a = std::max(start, fromMs);
            const qint64 b = std::min(end, toMs);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}

qint64 BusinessCalendar::addWorkingMs(qint64 fromMs, qint64 ms) const
{
    if (ms <= 0)
        return fromMs;
    qint64 left = ms;
    QDate d = localDate(fromMs);
    for (int i = 0; i < kMaxDays; ++i, d = d.addDays(1)) {
        for (const auto &[start, end] : windows(d)) {
            const qint64 a = std::max(start, fromMs);
            if (end <= a)
                continue;
            if (left <= end - a)
                return a + left;
            left -= end - a;
        }
    }
    return fromMs + ms; // no working time configured at all: count plain time
}

Result<BusinessCalendar> BusinessCalendar::load(Database &db)
{
    BusinessCalendar cal;
    WorkflowSettings settings(db);
    const QString zone = settings.value(QStringLiteral("time_zone"));
    if (!zone.isEmpty()) {
        QTimeZone z(zone.toUtf8());
        if (z.isValid())
            cal.setTimeZone(z);
    }
    if (settings.value(QStringLiteral("liberation_day")) == QLatin1String("yearly"))
        cal.setLiberationDay(LiberationDay::Yearly);

    auto hours = runQuery(db, QStringLiteral("SELECT weekday, start_minute, end_minute FROM "
                                             "working_hours WHERE deleted_at IS NULL "
                                             "ORDER BY weekday, start_minute"));
    if (!hours)
        return hours.error();
    QHash<int, QList<WorkingSpan>> stored;
    bool any = false;
    while (hours->next()) {
        any = true;
        stored[hours->value(0).toInt()].append(
            WorkingSpan{hours->value(1).toInt(), hours->value(2).toInt()});
    }
    if (any) {
        for (int d = 1; d <= 7; ++d)
            cal.setWorkingHours(d, stored.value(d));
    }
    auto days = runQuery(db, QStringLiteral("SELECT day, day_off, name FROM holiday "
                                            "WHERE deleted_at IS NULL"));
    if (!days)
        return days.error();
    while (days->next()) {
        const QDate day = QDate::fromString(days->value(0).toString(), Qt::ISODate);
        if (day.isValid())
            cal.setException(day, days->value(1).toBool(), days->value(2).toString());
    }
    return cal;
}

} // namespace kd
