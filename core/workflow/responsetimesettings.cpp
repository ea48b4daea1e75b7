// Administrator edits of the response-time set-up, each one transaction through RowWriter.
#include "responsetimesettings.h"

#include "service/userrole.h"

#include "domain/uuid.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/sqlquery.h"
#include "workflowservice.h"
#include "workflowsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ResponseTimeSettings", text);
}

// Runs one change in its own transaction; rolled back when it fails.
template <typename T, typename F>
Result<T> inTransaction(Database &db, F &&change)
{
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    Result<T> r = change();
    if (!r)
        return r;
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

template <typename F>
Status inTransactionStatus(Database &db, F &&change)
{
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = change(); !s)
        return s;
    return tx.commit();
}

QString timeText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ResponseTimeSettings::ResponseTimeSettings(Database &db) : m_db(db) {}

Result<QList<SlaRule>> ResponseTimeSettings::rules()
{
    return SlaRules(m_db).rules();
}

Result<WorkingWeek> ResponseTimeSettings::workingWeek()
{
    auto cal = BusinessCalendar::load(m_db);
    if (!cal)
        return cal.error();
    WorkingWeek week;
    for (int d = 1; d <= 7; ++d)
        week[d] = cal->workingHours(d);
    return week;
}

Result<QList<HolidayException>> ResponseTimeSettings::holidayExceptions()
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id, day, name, day_off FROM holiday "
                                           "WHERE deleted_at IS NULL ORDER BY day"));
    if (!q)
        return q.error();
    QList<HolidayException> out;
    while (q->next()) {
        HolidayException h;
        h.id = q->value(0).toString();
        h.day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        h.name = q->value(2).toString();
        h.dayOff = q->value(3).toBool();
        out << h;
    }
    return out;
}

Result<QList<CalendarHoliday>> ResponseTimeSettings::holidays(int year)
{
    auto cal = BusinessCalendar::load(m_db);
    if (!cal)
        return cal.error();
    QList<QDate> computed;
    for (const Holiday &h : BusinessCalendar::dutchHolidays(
             year, WorkflowSettings(m_db).value(QStringLiteral("liberation_day"))
                           == QLatin1String("yearly")
                       ? BusinessCalendar::LiberationDay::Yearly
                       : BusinessCalendar::LiberationDay::Lustrum))
        computed << h.day;
    QList<CalendarHoliday> out;
    const QMap<QDate, QString> days = cal->holidays(year);
    for (auto it = days.begin(); it != days.end(); ++it)
        out << CalendarHoliday{it.key(), it.value(),
                               computed.contains(it.key()) ? CalendarHoliday::Source::Computed
                                                           : CalendarHoliday::Source::Added};
    return out;
}

QList<ComplaintStatus> ResponseTimeSettings::pausingStatuses()
{
    return WorkflowSettings(m_db).pausingStatuses();
}

int ResponseTimeSettings::pauseLimitDays()
{
    return WorkflowSettings(m_db).pauseLimitDays();
}

QList<ComplaintStatus> ResponseTimeSettings::pausableStatuses()
{
    return {ComplaintStatus::Acknowledged, ComplaintStatus::InProgress,
            ComplaintStatus::WaitingForCustomer};
}

Status ResponseTimeSettings::mayChange()
{
    return requireRole(m_db, UserRole::Administrator, tr("change the response-time settings"));
}

bool ResponseTimeSettings::canChange()
{
    return mayChange().ok();
}

Status ResponseTimeSettings::setRule(const SlaRule &rule)
{
    if (auto s = mayChange(); !s)
        return s;
    return inTransactionStatus(m_db, [&]() -> Status {
        if (auto s = SlaRules(m_db).setRule(rule); !s)
            return s.error();
        return {};
    });
}

Status ResponseTimeSettings::removeRule(const QString &id)
{
    if (auto s = mayChange(); !s)
        return s;
    return inTransactionStatus(m_db, [&]() -> Status {
        auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM sla_rule WHERE id = ? AND "
                                               "deleted_at IS NULL"),
                          {id});
        if (!q)
            return q.error();
        if (!q->next())
            return Error{ErrorCode::NotFound, tr("There is no SLA rule %1.").arg(id), {}};
        q->finish();
        if (auto s = SlaRules(m_db).removeRule(id); !s)
            return s.error();
        return {};
    });
}

Status ResponseTimeSettings::setPausingStatuses(const QList<ComplaintStatus> &statuses)
{
    if (auto s = mayChange(); !s)
        return s;
    QStringList codes;
    for (ComplaintStatus s : statuses) {
        if (!pausableStatuses().contains(s))
            return invalid(QStringLiteral("pausing_statuses"),
                           tr("\"%1\" cannot pause the clocks; choose from: %2.")
                               .arg(toString(s), QStringList{toString(ComplaintStatus::Acknowledged),
                                                             toString(ComplaintStatus::InProgress),
                                                             toString(ComplaintStatus::WaitingForCustomer)}
                                                     .join(QStringLiteral(", "))));
        if (!codes.contains(toString(s)))
            codes << toString(s);
    }
    return inTransactionStatus(m_db, [&]() -> Status {
        if (auto s = WorkflowSettings(m_db).setValue(QStringLiteral("pausing_statuses"),
                                                     codes.join(QLatin1Char(',')));
            !s)
            return s.error();
        return {};
    });
}

Status ResponseTimeSettings::setPauseLimitDays(int days)
{
    if (auto s = mayChange(); !s)
        return s;
    if (days < 1 || days > 365)
        return invalid(QStringLiteral("pause_limit_days"),
                       tr("The pause limit is a number of days from 1 to 365, not %1.").arg(days));
    return inTransactionStatus(m_db, [&]() -> Status {
        if (auto s = WorkflowSettings(m_db).setValue(QStringLiteral("pause_limit_days"),
                                                     QString::number(days));
            !s)
            return s.error();
        return {};
    });
}

Status ResponseTimeSettings::checkWeek(const WorkingWeek &week)
{
    bool anyTime = false;
    for (auto it = week.begin(); it != week.end(); ++it) {
        if (it.key() < 1 || it.key() > 7)
            return invalid(QStringLiteral("weekday"), tr("A weekday is 1 (Monday) to 7 (Sunday)."));
        QList<WorkingSpan> spans = it.value();
        std::sort(spans.begin(), spans.end(), [](const WorkingSpan &a, const WorkingSpan &b) {
            return a.startMinute < b.startMinute;
        });
        for (int i = 0; i < spans.size(); ++i) {
            const WorkingSpan &s = spans.at(i);
            if (s.startMinute < 0 || s.endMinute > 24 * 60 || s.startMinute >= s.endMinute)
                return invalid(QStringLiteral("hours"),
                               tr("Working hours must start before they end, within the day "
                                  "(%1-%2).")
                                   .arg(timeText(s.startMinute), timeText(s.endMinute)));
            if (i > 0 && spans.at(i - 1).endMinute > s.startMinute)
                return invalid(QStringLiteral("hours"), tr("Working hours of one day overlap."));
            anyTime = true;
        }
    }
    if (!anyTime)
        return invalid(QStringLiteral("hours"),
                       tr("At least one day needs working hours, or no target could ever fall "
                          "due."));
    return {};
}

Result<int> ResponseTimeSettings::finishCalendarChange()
{
    return WorkflowService(m_db).refreshOpenDueTimes();
}

Result<int> ResponseTimeSettings::setWorkingWeek(const WorkingWeek &week)
{
    if (auto s = mayChange(); !s)
        return s.error();
    WorkingWeek full;
    for (int d = 1; d <= 7; ++d)
        full[d] = week.value(d);
    if (auto s = checkWeek(full); !s)
        return s.error();
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        auto q = runQuery(m_db, QStringLiteral("SELECT id, weekday, start_minute, end_minute FROM "
                                               "working_hours WHERE deleted_at IS NULL"));
        if (!q)
            return q.error();
        QHash<int, QList<std::pair<QString, WorkingSpan>>> stored;
        bool anyStored = false;
        while (q->next()) {
            anyStored = true;
            stored[q->value(1).toInt()].append(
                {q->value(0).toString(), WorkingSpan{q->value(2).toInt(), q->value(3).toInt()}});
        }
        q->finish();
        RowWriter writer(m_db);
        bool changed = false;
        for (int d = 1; d <= 7; ++d) {
            QList<WorkingSpan> now;
            for (const auto &[id, span] : stored.value(d))
                now << span;
            const auto key = [](const QList<WorkingSpan> &l) {
                QList<std::pair<int, int>> k;
                for (const WorkingSpan &s : l)
                    k << std::pair{s.startMinute, s.endMinute};
                std::sort(k.begin(), k.end());
                return k;
            };
            // With nothing stored the defaults are in force: store the whole week once, so the
            // rows say exactly what counts.
            if (anyStored && key(now) == key(full.value(d)))
                continue;
            for (const auto &[id, span] : stored.value(d))
                if (auto s = writer.tombstone(QStringLiteral("working_hours"), id); !s)
                    return s.error();
            for (const WorkingSpan &s : full.value(d))
                if (auto st = writer.insert(QStringLiteral("working_hours"), uuid::v7(m_db.clock()),
                                            {{QStringLiteral("weekday"), d},
                                             {QStringLiteral("start_minute"), s.startMinute},
                                             {QStringLiteral("end_minute"), s.endMinute}});
                    !st)
                    return st.error();
            changed = true;
        }
        if (!changed)
            return 0;
        return finishCalendarChange();
    });
}

Result<int> ResponseTimeSettings::setWorkingDay(int isoWeekday, const QList<WorkingSpan> &spans)
{
    if (auto s = mayChange(); !s)
        return s.error();
    auto week = workingWeek();
    if (!week)
        return week.error();
    if (isoWeekday < 1 || isoWeekday > 7)
        return invalid(QStringLiteral("weekday"), tr("A weekday is 1 (Monday) to 7 (Sunday)."));
    (*week)[isoWeekday] = spans;
    return setWorkingWeek(*week);
}

Result<int> ResponseTimeSettings::addHoliday(const QDate &day, const QString &name, bool dayOff)
{
    if (auto s = mayChange(); !s)
        return s.error();
    if (!day.isValid())
        return invalid(QStringLiteral("day"), tr("Give the day as YYYY-MM-DD."));
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        auto q = runQuery(m_db, QStringLiteral("SELECT id FROM holiday WHERE day = ? AND "
                                               "deleted_at IS NULL"),
                          {day.toString(Qt::ISODate)});
        if (!q)
            return q.error();
        const QString id = q->next() ? q->value(0).toString() : QString();
        q->finish();
        RowWriter writer(m_db);
        const QVariantMap columns{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                                  {QStringLiteral("name"), name.trimmed()},
                                  {QStringLiteral("day_off"), dayOff ? 1 : 0}};
        if (id.isEmpty()) {
            if (auto s = writer.insert(QStringLiteral("holiday"), uuid::v7(m_db.clock()), columns); !s)
                return s.error();
        } else {
            auto changed = writer.update(QStringLiteral("holiday"), id, columns);
            if (!changed)
                return changed.error();
            if (changed->isEmpty())
                return 0;
        }
        return finishCalendarChange();
    });
}

Result<int> ResponseTimeSettings::removeHoliday(const QDate &day)
{
    if (auto s = mayChange(); !s)
        return s.error();
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        auto found = queryStrings(m_db, QStringLiteral("SELECT id FROM holiday WHERE day = ? AND "
                                                       "deleted_at IS NULL"),
                                  {day.toString(Qt::ISODate)});
        if (!found)
            return found.error();
        const QStringList ids = *found;
        if (ids.isEmpty())
            return Error{ErrorCode::NotFound,
                         tr("%1 is not an added or worked holiday; computed holidays are kept "
                            "by adding the day as a working day.")
                             .arg(day.toString(Qt::ISODate)),
                         {}};
        RowWriter writer(m_db);
        for (const QString &id : ids)
            if (auto s = writer.tombstone(QStringLiteral("holiday"), id); !s)
                return s.error();
        return finishCalendarChange();
    });
}

Result<QList<WorkingSpan>> ResponseTimeSettings::parseSpans(const QString &text)
{
    const QString t = text.trimmed().toLower();
    QList<WorkingSpan> out;
    if (t.isEmpty() || t == QLatin1String("-") || t == QLatin1String("closed")
        || t == QLatin1String("gesloten"))
        return out;
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})$"));
    for (const QString &part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = re.match(part.trimmed());
        if (!m.hasMatch())
            return invalid(QStringLiteral("hours"),
                           tr("\"%1\" is not a time span like 09:00-17:00.").arg(part.trimmed()));
        const int a = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int b = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        if (m.captured(2).toInt() > 59 || m.captured(4).toInt() > 59 || a > 24 * 60 || b > 24 * 60)
            return invalid(QStringLiteral("hours"),
                           tr("\"%1\" is not a time span like 09:00-17:00.").arg(part.trimmed()));
        out << WorkingSpan{a, b};
    }
    return out;
}

QString ResponseTimeSettings::spansText(const QList<WorkingSpan> &spans)
{
    if (spans.isEmpty())
        return QStringLiteral("closed");
    QStringList parts;
    for (const WorkingSpan &s : spans)
        parts << timeText(s.startMinute) + QLatin1Char('-') + timeText(s.endMinute);
    return parts.join(QLatin1Char(','));
}

} // namespace kd
