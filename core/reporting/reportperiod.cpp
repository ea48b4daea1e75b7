// Report periods: calendar months in a time zone, free from/until ranges, trend buckets.
#include "reportperiod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kd {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ReportPeriod", text);
}
} // namespace

QDateTime ReportPeriod::monthStart(const QDate &anyDayInMonth) const
{
    return QDateTime(QDate(anyDayInMonth.year(), anyDayInMonth.month(), 1), QTime(0, 0), zone);
}

ReportPeriod ReportPeriod::month(int year, int month, const QTimeZone &zone)
{
    ReportPeriod p;
    p.zone = zone;
    const QDate first(year, month, 1);
    p.from = QDateTime(first, QTime(0, 0), zone);
    p.until = QDateTime(first.addMonths(1), QTime(0, 0), zone);
    p.wholeMonth = true;
    return p;
}

Result<ReportPeriod> ReportPeriod::parseMonth(const QString &text, const QTimeZone &zone,
                                              const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    const int month = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || month < 1 || month > 12)
        return invalid(field, tr("\"%1\" is not a month; write it as YYYY-MM, e.g. 2026-10")
                                  .arg(text));
    return ReportPeriod::month(m.captured(1).toInt(), month, zone);
}

Result<ReportPeriod> ReportPeriod::days(const QDate &first, const QDate &last, const QTimeZone &zone)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return invalid(QStringLiteral("--from"),
                       tr("the period must start on or before its last day"));
    ReportPeriod p;
    p.zone = zone;
    p.from = QDateTime(first, QTime(0, 0), zone);
    p.until = QDateTime(last.addDays(1), QTime(0, 0), zone);
    p.wholeMonth = first.day() == 1 && last.addDays(1).day() == 1 && first.addMonths(1) == last.addDays(1);
    return p;
}

QList<QDate> ReportPeriod::trendMonths() const
{
    // The last instant inside the period decides the final month.
    const QDate last = until.addMSecs(-1).toTimeZone(zone).date();
    QList<QDate> months;
    for (int i = 11; i >= 0; --i) {
        const QDate d = QDate(last.year(), last.month(), 1).addMonths(-i);
        months << d;
    }
    return months;
}

QString ReportPeriod::label(const QLocale &locale) const
{
    const QDate first = from.toTimeZone(zone).date();
    const QDate last = until.addMSecs(-1).toTimeZone(zone).date();
    if (wholeMonth)
        return locale.standaloneMonthName(first.month()) + QLatin1Char(' ')
               + QString::number(first.year());
    return locale.toString(first, QLocale::ShortFormat) + QStringLiteral(" \u2013 ")
           + locale.toString(last, QLocale::ShortFormat);
}

} // namespace kd
