// The stretch of time (a calendar month or any from/until) and the team a report covers.
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace kd {

struct ReportPeriod
{
    QDateTime from;        // inclusive
    QDateTime until;       // exclusive
    QString team;          // complaint.team to report on; empty means everyone
    bool wholeMonth = false;
    QTimeZone zone = QTimeZone::utc(); // months and days are counted in this zone

    qint64 fromMs() const { return from.toMSecsSinceEpoch(); }
    qint64 untilMs() const { return until.toMSecsSinceEpoch(); }

    // The calendar month in the zone: from the first at 00:00 up to the next month's first.
    static ReportPeriod month(int year, int month, const QTimeZone &zone);
    // "2026-10" (the month) in the zone; an error names the option for the user.
    static Result<ReportPeriod> parseMonth(const QString &text, const QTimeZone &zone,
                                           const QString &field = QStringLiteral("--month"));
    // From the first day 00:00 up to the day after the last day, both dates inclusive.
    static Result<ReportPeriod> days(const QDate &first, const QDate &last, const QTimeZone &zone);

    // The twelve calendar months that end with the month `until` falls in (or the month before,
    // when until is a month's first instant), oldest first: the trend chart's buckets.
    QList<QDate> trendMonths() const;
    QDateTime monthStart(const QDate &anyDayInMonth) const;

    // "October 2026" for a month, "1 Oct 2026 – 15 Oct 2026" otherwise.
    QString label(const QLocale &locale) const;
};

} // namespace kd
