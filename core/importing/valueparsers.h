// Turning the text of one cell into a value: dates as offices write them, severity and status
// words in Dutch and English, empty-value words, and spreadsheet formula escapes.
#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace kd {

// Which number comes first in an all-numeric date: 05-03-2026 is 5 March in the Netherlands and
// 3 May in the United States. Auto decides per column from the values (a part above 12).
enum class DateOrder { Auto, DayMonthYear, MonthDayYear, YearMonthDay };
QString toString(DateOrder order);                        // "auto", "dmy", "mdy", "ymd"
std::optional<DateOrder> parseDateOrder(const QString &text);

// Guesses the order from a column's sample values: a first part above 12 means day first, a
// second part above 12 means month first; otherwise day first (the Dutch habit).
DateOrder guessDateOrder(const QStringList &samples);

// Parses dates with or without a time: ISO 8601 (with T or space, fractions, Z or offset),
// dd-mm-yyyy, d-m-yy, dd/mm/yyyy, dd.mm.yyyy, yyyy/m/d, "3 maart 2026", "Tue Oct 31 22:10:47
// +0000 2017". A time without offset is local time in zone. Caches zone offsets, so keep one
// parser per import.
class DateParser
{
public:
    explicit DateParser(DateOrder order = DateOrder::Auto,
                        QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    std::optional<QDateTime> parse(QStringView text);
    DateOrder order() const { return m_order; }

private:
    qint64 toUtcMs(const QDate &date, int h, int m, int s, int ms);

    DateOrder m_order;
    QTimeZone m_zone;
    QHash<qint64, int> m_offsets; // (julian day * 24 + hour) -> seconds east of UTC
};

// Words in either language ("hoog", "High", "3", "kritiek") to the closed vocabularies.
std::optional<Severity> parseSeverityWord(const QString &text);
std::optional<ComplaintStatus> parseStatusWord(const QString &text);
std::optional<Justified> parseJustifiedWord(const QString &text);
std::optional<FormOfAddress> parseFormOfAddressWord(const QString &text);
// A channel word ("Web", "Postal mail", "telefoon") to a default channel code, or empty.
QString channelCodeForWord(const QString &text);

// Cells that mean "nothing": empty, "N/A", "None", "NULL", "n.v.t.", "-".
bool isEmptyWord(const QString &text);

// True for a cell a spreadsheet would run as a formula: it starts with = + - @ tab or CR.
bool looksLikeFormula(const QString &text);
// A cell as it must be written to CSV so that a spreadsheet shows it as text: formulas get a
// leading apostrophe. unescapeFormula undoes exactly that on import.
QString escapeFormula(const QString &text);
QString unescapeFormula(const QString &text);

} // namespace kd
