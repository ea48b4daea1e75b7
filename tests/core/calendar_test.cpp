// Working time over Dutch holidays and working hours: Easter, Koningsdag, long weekends.
#include "testsupport.h"

#include "storage/sqlquery.h"
#include "workflow/businesscalendar.h"

#include <catch2/catch.hpp>

using namespace kd;

namespace {

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

} // namespace

TEST_CASE("Easter Sunday is computed for past and future years", "[workflow][calendar]")
{
    CHECK(BusinessCalendar::easterSunday(2000) == QDate(2000, 4, 23));
    CHECK(BusinessCalendar::easterSunday(2019) == QDate(2019, 4, 21));
    CHECK(BusinessCalendar::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(BusinessCalendar::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(BusinessCalendar::easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(BusinessCalendar::easterSunday(2027) == QDate(2027, 3, 28));
    CHECK(BusinessCalendar::easterSunday(2038) == QDate(2038, 4, 25));
}

TEST_CASE("the Dutch holidays of 2026 follow from Easter and the fixed dates", "[workflow][calendar]")
{
    BusinessCalendar cal;
    const auto days = cal.holidays(2026);
    CHECK(days.value(QDate(2026, 1, 1)) == QStringLiteral("Nieuwjaarsdag"));
    CHECK(days.value(QDate(2026, 4, 6)) == QStringLiteral("Tweede Paasdag"));
    CHECK(days.value(QDate(2026, 4, 27)) == QStringLiteral("Koningsdag"));
    CHECK(days.value(QDate(2026, 5, 14)) == QStringLiteral("Hemelvaartsdag"));
    CHECK(days.value(QDate(2026, 5, 25)) == QStringLiteral("Tweede Pinksterdag"));
    CHECK(days.value(QDate(2026, 12, 26)) == QStringLiteral("Tweede Kerstdag"));
    // Goede Vrijdag is not a default day off; Bevrijdingsdag only in lustrum years.
    CHECK_FALSE(cal.isHoliday(QDate(2026, 4, 3)));
    CHECK_FALSE(cal.isHoliday(QDate(2026, 5, 5)));
    CHECK(cal.isHoliday(QDate(2025, 5, 5)));
    CHECK(cal.isHoliday(QDate(2030, 5, 5)));
}

TEST_CASE("Koningsdag moves to Saturday 26 April when the 27th is a Sunday", "[workflow][calendar]")
{
    BusinessCalendar cal;
    CHECK(cal.isHoliday(QDate(2025, 4, 26)));
    CHECK_FALSE(cal.isHoliday(QDate(2025, 4, 27)));
}

TEST_CASE("Bevrijdingsdag can be a day off every year", "[workflow][calendar]")
{
    BusinessCalendar cal;
    cal.setLiberationDay(BusinessCalendar::LiberationDay::Yearly);
    CHECK(cal.isHoliday(QDate(2026, 5, 5)));
}

TEST_CASE("a complaint registered on Friday 16:55 before Whit Monday is due on Tuesday",
          "[workflow][calendar]")
{
    BusinessCalendar cal;
    const QDateTime friday = local(2026, 5, 22, 16, 55);
    // One hour on social media: 5 minutes on Friday, 55 on Tuesday (Monday is a holiday).
    CHECK(cal.addWorkingMinutes(friday, 60) == local(2026, 5, 26, 9, 55));
    // One working day elsewhere.
    CHECK(cal.addWorkingMinutes(friday, 480) == local(2026, 5, 26, 16, 55));
    CHECK(cal.workingMinutesBetween(friday, local(2026, 5, 26, 9, 55)) == 60);
    CHECK(cal.workingMinutesBetween(local(2026, 5, 26, 9, 55), friday) == -60);
}

TEST_CASE("working time starts at the next working moment outside working hours",
          "[workflow][calendar]")
{
    BusinessCalendar cal;
    // Saturday evening: the count starts on Monday 09:00.
    CHECK(cal.addWorkingMinutes(local(2026, 10, 3, 20, 0), 30) == local(2026, 10, 5, 9, 30));
    // Ending exactly at closing time stays at 17:00, not the next morning.
    CHECK(cal.addWorkingMinutes(local(2026, 10, 5, 16, 0), 60) == local(2026, 10, 5, 17, 0));
    // Summer time ends on 25 October 2026: still eight working hours on Monday the 26th.
    CHECK(cal.workingMinutesBetween(local(2026, 10, 26, 0, 0), local(2026, 10, 27, 0, 0)) == 480);
}

TEST_CASE("an administrator's extra day off and worked holiday change the count",
          "[workflow][calendar]")
{
    BusinessCalendar cal;
    cal.setException(QDate(2026, 10, 6), true, QStringLiteral("Bedrijfsuitje"));
    cal.setException(QDate(2026, 12, 26), false);
    CHECK(cal.isHoliday(QDate(2026, 10, 6)));
    CHECK(cal.addWorkingMinutes(local(2026, 10, 5, 16, 0), 120) == local(2026, 10, 7, 10, 0));
    CHECK_FALSE(cal.isHoliday(QDate(2026, 12, 26)));
}

TEST_CASE("the calendar stored in the database overrides the defaults", "[workflow][calendar]")
{
    kd::test::TempDatabase t;
    // Saturday mornings are worked too.
    KD_REQUIRE_OK(runStatement(t.db(),
                               QStringLiteral("INSERT INTO working_hours(id, weekday, start_minute, "
                                              "end_minute, created_at, updated_at, created_by, "
                                              "updated_by) VALUES (?, ?, ?, ?, 0, 0, 't', 't')"),
                               {QStringLiteral("w6"), 6, 9 * 60, 12 * 60}));
    auto cal = BusinessCalendar::load(t.db());
    KD_REQUIRE_OK(cal);
    // Only Saturday is stored, so weekdays are not working days any more.
    CHECK(cal->isWorkingDay(QDate(2026, 10, 3)));
    CHECK_FALSE(cal->isWorkingDay(QDate(2026, 10, 5)));
    CHECK(cal->addWorkingMinutes(local(2026, 10, 3, 11, 0), 90) == local(2026, 10, 10, 9, 30));
}
