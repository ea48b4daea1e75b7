// Cell parsers. Dates are parsed by hand: QDateTime::fromString tried format by format is far too
// slow for a million rows, and no single format fits a real office's files.
#include "valueparsers.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace kd {
namespace {

QString normWord(const QString &text)
{
    QString s = text.trimmed().toLower();
    for (QChar &c : s)
        if (c == u'_' || c == u'-')
            c = u' ';
    return s.simplified();
}

int monthFromName(QStringView word)
{
    if (word.size() < 3)
        return 0;
    const QString w = word.left(3).toString().toLower();
    static const QHash<QString, int> months{
        {QStringLiteral("jan"), 1}, {QStringLiteral("feb"), 2}, {QStringLiteral("mar"), 3},
        {QStringLiteral("maa"), 3}, {QStringLiteral("mrt"), 3}, {QStringLiteral("apr"), 4},
        {QStringLiteral("may"), 5}, {QStringLiteral("mei"), 5}, {QStringLiteral("jun"), 6},
        {QStringLiteral("jul"), 7}, {QStringLiteral("aug"), 8}, {QStringLiteral("sep"), 9},
        {QStringLiteral("oct"), 10}, {QStringLiteral("okt"), 10}, {QStringLiteral("nov"), 11},
        {QStringLiteral("dec"), 12}};
    return months.value(w, 0);
}

// Reads digits at pos; returns the number and how many digits there were.
int readInt(QStringView s, qsizetype &pos, int &digits)
{
    int v = 0;
    digits = 0;
    while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 128 && digits < 9) {
        v = v * 10 + (s[pos].unicode() - '0');
        ++pos;
        ++digits;
    }
    return v;
}

struct TimeParts
{
    int h = 0, m = 0, s = 0, ms = 0;
    bool hasOffset = false;
    int offsetSecs = 0;
};

// "14:05", "14:05:09", "14:05:09.250", optionally "PM", then "Z", "+02:00", "+0200", "UTC".
bool parseTimeAndZone(QStringView rest, TimeParts &t)
{
    qsizetype p = 0;
    auto skipSpaces = [&] {
        while (p < rest.size() && (rest[p] == u' ' || rest[p] == u'T' || rest[p] == u','))
            ++p;
    };
    skipSpaces();
    if (p >= rest.size())
        return true;
    int dg;
    if (p < rest.size() && rest[p].isDigit()) {
        t.h = readInt(rest, p, dg);
        if (dg < 1 || dg > 2 || p >= rest.size() || rest[p] != u':')
            return false;
        ++p;
        t.m = readInt(rest, p, dg);
        if (dg != 2)
            return false;
        if (p < rest.size() && rest[p] == u':') {
            ++p;
            t.s = readInt(rest, p, dg);
            if (dg != 2)
                return false;
            if (p < rest.size() && (rest[p] == u'.' || rest[p] == u',')) {
                ++p;
                const qsizetype f0 = p;
                int frac = readInt(rest, p, dg);
                const qsizetype fd = p - f0;
                if (fd == 0)
                    return false;
                while (dg > 3) {
                    frac /= 10;
                    --dg;
                }
                while (dg < 3) {
                    frac *= 10;
                    ++dg;
                }
                t.ms = frac;
            }
        }
        while (p < rest.size() && rest[p] == u' ')
            ++p;
        const QStringView tail = rest.mid(p);
        if (tail.startsWith(u"AM", Qt::CaseInsensitive) || tail.startsWith(u"PM", Qt::CaseInsensitive)) {
            const bool pm = tail.startsWith(u"P", Qt::CaseInsensitive);
            if (t.h < 1 || t.h > 12)
                return false;
            t.h = (t.h % 12) + (pm ? 12 : 0);
            p += 2;
        }
        if (t.h > 23 || t.m > 59 || t.s > 60)
            return false;
    }
    while (p < rest.size() && rest[p] == u' ')
        ++p;
    if (p >= rest.size())
        return true;
    QStringView z = rest.mid(p);
    if (z == u"Z" || z == u"z" || z.compare(u"UTC", Qt::CaseInsensitive) == 0
        || z.compare(u"GMT", Qt::CaseInsensitive) == 0) {
        t.hasOffset = true;
        return true;
    }
    if (z.startsWith(u"UTC", Qt::CaseInsensitive) || z.startsWith(u"GMT", Qt::CaseInsensitive))
        z = z.mid(3);
    if (z.size() >= 3 && (z[0] == u'+' || z[0] == u'-')) {
        const int sign = z[0] == u'-' ? -1 : 1;
        qsizetype q = 1;
        int hh = readInt(z, q, dg);
        int mm = 0;
        if (dg == 4) {
            mm = hh % 100;
            hh /= 100;
        } else if (dg == 2 && q < z.size() && z[q] == u':') {
            ++q;
            mm = readInt(z, q, dg);
            if (dg != 2)
                return false;
        } else if (dg != 2) {
            return false;
        }
        if (q != z.size() || hh > 14 || mm > 59)
            return false;
        t.hasOffset = true;
        t.offsetSecs = sign * (hh * 3600 + mm * 60);
        return true;
    }
    return false;
}

int fullYear(int y, int digits)
{
    if (digits <= 2)
        return y < 70 ? 2000 + y : 1900 + y;
    return y;
}

} // namespace

QString toString(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto: return QStringLiteral("auto");
    case DateOrder::DayMonthYear: return QStringLiteral("dmy");
    case DateOrder::MonthDayYear: return QStringLiteral("mdy");
    case DateOrder::YearMonthDay: return QStringLiteral("ymd");
    }
    return {};
}

std::optional<DateOrder> parseDateOrder(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("auto"))
        return DateOrder::Auto;
    if (t == QLatin1String("dmy") || t == QLatin1String("dd-mm-yyyy"))
        return DateOrder::DayMonthYear;
    if (t == QLatin1String("mdy") || t == QLatin1String("mm/dd/yyyy"))
        return DateOrder::MonthDayYear;
    if (t == QLatin1String("ymd") || t == QLatin1String("iso"))
        return DateOrder::YearMonthDay;
    return std::nullopt;
}

DateOrder guessDateOrder(const QStringList &samples)
{
    static const QRegularExpression numeric(
        QStringLiteral("^\\s*(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{1,4})"));
    bool dayFirst = false, monthFirst = false, yearFirst = false;
    for (const QString &s : samples) {
        const auto m = numeric.match(s);
        if (!m.hasMatch())
            continue;
        if (m.captured(1).size() == 4) {
            yearFirst = true;
            continue;
        }
        if (m.captured(1).toInt() > 12)
            dayFirst = true;
        if (m.captured(2).toInt() > 12)
            monthFirst = true;
    }
    if (monthFirst && !dayFirst)
        return DateOrder::MonthDayYear;
    if (yearFirst && !dayFirst && !monthFirst)
        return DateOrder::YearMonthDay;
    return DateOrder::DayMonthYear;
}

DateParser::DateParser(DateOrder order, QTimeZone zone) : m_order(order), m_zone(std::move(zone))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

qint64 DateParser::toUtcMs(const QDate &date, int h, int m, int s, int ms)
{
    const qint64 day = date.toJulianDay() - 2440588; // days since 1970-01-01
    const qint64 localMs = ((day * 24 + h) * 60 + m) * 60000LL + s * 1000LL + ms;
    const qint64 key = date.toJulianDay() * 24 + h;
    auto it = m_offsets.constFind(key);
    int offset;
    if (it != m_offsets.constEnd()) {
        offset = it.value();
    } else {
        offset = QDateTime(date, QTime(h, 0), m_zone).offsetFromUtc();
        m_offsets.insert(key, offset);
    }
    return localMs - offset * 1000LL;
}

std::optional<QDateTime> DateParser::parse(QStringView input)
{
    const QStringView s = input.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    int y = 0, mo = 0, d = 0;
    QStringView rest;
    qsizetype p = 0;
    int da, db, dc;
    if (s[0].isDigit()) {
        const int a = readInt(s, p, da);
        if (p >= s.size() || !(s[p] == u'-' || s[p] == u'/' || s[p] == u'.'))
            goto words;
        {
            const QChar sep = s[p++];
            const int b = readInt(s, p, db);
            if (db == 0 || p >= s.size() || s[p] != sep)
                return std::nullopt;
            ++p;
            const int c = readInt(s, p, dc);
            if (dc == 0)
                return std::nullopt;
            if (da == 4 || (m_order == DateOrder::YearMonthDay && dc <= 2)) {
                y = fullYear(a, da);
                mo = b;
                d = c;
            } else {
                y = fullYear(c, dc);
                const bool monthFirst = m_order == DateOrder::MonthDayYear
                                        || (m_order == DateOrder::Auto && a <= 12 && b > 12);
                mo = monthFirst ? a : b;
                d = monthFirst ? b : a;
            }
            rest = s.mid(p);
        }
    } else {
    words:
        // Words: "Tue Oct 31 22:10:47 +0000 2017", "3 maart 2026 14:00", "March 3, 2026".
        QString timeAndZone;
        const auto tokens = s.toString().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                               Qt::SkipEmptyParts);
        for (const QString &tok : tokens) {
            if (tok.contains(u':') || tok.startsWith(u'+') || (tok.startsWith(u'-') && tok.size() > 1)
                || tok.compare(u"Z") == 0 || tok.compare(u"UTC", Qt::CaseInsensitive) == 0
                || tok.compare(u"AM", Qt::CaseInsensitive) == 0
                || tok.compare(u"PM", Qt::CaseInsensitive) == 0) {
                timeAndZone += tok + u' ';
                continue;
            }
            bool isNumber = false;
            const int v = tok.toInt(&isNumber);
            if (isNumber) {
                if (tok.size() == 4)
                    y = v;
                else if (d == 0 && tok.size() <= 2)
                    d = v;
                else
                    return std::nullopt;
                continue;
            }
            QString word = tok;
            if (word.endsWith(u'.'))
                word.chop(1);
            const int m = monthFromName(word);
            if (m > 0 && mo == 0) {
                mo = m;
                continue;
            }
            // Day names and filler are allowed; anything else means this is not a date.
            static const QStringList filler{
                QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                QStringLiteral("sun"), QStringLiteral("maa"), QStringLiteral("din"),
                QStringLiteral("woe"), QStringLiteral("don"), QStringLiteral("vri"),
                QStringLiteral("zat"), QStringLiteral("zon"), QStringLiteral("ma"),
                QStringLiteral("di"), QStringLiteral("wo"), QStringLiteral("do"),
                QStringLiteral("vr"), QStringLiteral("za"), QStringLiteral("zo"),
                QStringLiteral("om"), QStringLiteral("at")};
            if (!filler.contains(word.left(3).toLower()))
                return std::nullopt;
        }
        if (y == 0 || mo == 0 || d == 0)
            return std::nullopt;
        TimeParts t;
        if (!parseTimeAndZone(timeAndZone.trimmed(), t))
            return std::nullopt;
        const QDate date(y, mo, d);
        if (!date.isValid())
            return std::nullopt;
        if (t.hasOffset) {
            const qint64 ms = ((date.toJulianDay() - 2440588) * 86400LL + t.h * 3600 + t.m * 60
                               + t.s - t.offsetSecs) * 1000LL + t.ms;
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        }
        return QDateTime::fromMSecsSinceEpoch(toUtcMs(date, t.h, t.m, t.s, t.ms), Qt::UTC);
    }
    {
        const QDate date(y, mo, d);
        if (!date.isValid() || y < 1900 || y > 2200)
            return std::nullopt;
        TimeParts t;
        if (!parseTimeAndZone(rest, t))
            return std::nullopt;
        if (t.hasOffset) {
            const qint64 ms = ((date.toJulianDay() - 2440588) * 86400LL + t.h * 3600 + t.m * 60
                               + t.s - t.offsetSecs) * 1000LL + t.ms;
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        }
        return QDateTime::fromMSecsSinceEpoch(toUtcMs(date, t.h, t.m, t.s, t.ms), Qt::UTC);
    }
}

std::optional<Severity> parseSeverityWord(const QString &text)
{
    const QString w = normWord(text);
    if (auto v = parse<Severity>(w))
        return v;
    static const QHash<QString, Severity> words{
        {QStringLiteral("laag"), Severity::Low},        {QStringLiteral("l"), Severity::Low},
        {QStringLiteral("minor"), Severity::Low},       {QStringLiteral("gering"), Severity::Low},
        {QStringLiteral("1"), Severity::Low},           {QStringLiteral("normaal"), Severity::Normal},
        {QStringLiteral("medium"), Severity::Normal},   {QStringLiteral("gemiddeld"), Severity::Normal},
        {QStringLiteral("middel"), Severity::Normal},   {QStringLiteral("m"), Severity::Normal},
        {QStringLiteral("2"), Severity::Normal},        {QStringLiteral("standaard"), Severity::Normal},
        {QStringLiteral("hoog"), Severity::High},       {QStringLiteral("h"), Severity::High},
        {QStringLiteral("major"), Severity::High},      {QStringLiteral("ernstig"), Severity::High},
        {QStringLiteral("3"), Severity::High},          {QStringLiteral("kritiek"), Severity::Critical},
        {QStringLiteral("kritisch"), Severity::Critical}, {QStringLiteral("urgent"), Severity::Critical},
        {QStringLiteral("spoed"), Severity::Critical},  {QStringLiteral("4"), Severity::Critical},
        {QStringLiteral("zeer hoog"), Severity::Critical}, {QStringLiteral("very high"), Severity::Critical},
        {QStringLiteral("blocker"), Severity::Critical}};
    const auto it = words.constFind(w);
    return it == words.constEnd() ? std::nullopt : std::optional<Severity>(it.value());
}

std::optional<ComplaintStatus> parseStatusWord(const QString &text)
{
    const QString w = normWord(text);
    if (auto v = parse<ComplaintStatus>(w.isEmpty() ? w : QString(w).replace(u' ', u'_')))
        return v;
    static const QHash<QString, ComplaintStatus> words{
        {QStringLiteral("nieuw"), ComplaintStatus::New},
        {QStringLiteral("open"), ComplaintStatus::New},
        {QStringLiteral("geregistreerd"), ComplaintStatus::New},
        {QStringLiteral("registered"), ComplaintStatus::New},
        {QStringLiteral("bevestigd"), ComplaintStatus::Acknowledged},
        {QStringLiteral("ontvangst bevestigd"), ComplaintStatus::Acknowledged},
        {QStringLiteral("in behandeling"), ComplaintStatus::InProgress},
        {QStringLiteral("bezig"), ComplaintStatus::InProgress},
        {QStringLiteral("onderhanden"), ComplaintStatus::InProgress},
        {QStringLiteral("pending"), ComplaintStatus::InProgress},
        {QStringLiteral("wacht op klant"), ComplaintStatus::WaitingForCustomer},
        {QStringLiteral("waiting for customer"), ComplaintStatus::WaitingForCustomer},
        {QStringLiteral("in afwachting"), ComplaintStatus::WaitingForCustomer},
        {QStringLiteral("on hold"), ComplaintStatus::WaitingForCustomer},
        {QStringLiteral("opgelost"), ComplaintStatus::Resolved},
        {QStringLiteral("solved"), ComplaintStatus::Resolved},
        {QStringLiteral("gesloten"), ComplaintStatus::Closed},
        {QStringLiteral("afgehandeld"), ComplaintStatus::Closed},
        {QStringLiteral("afgesloten"), ComplaintStatus::Closed}};
    const auto it = words.constFind(w);
    if (it != words.constEnd())
        return it.value();
    // "Closed with explanation", "Closed with monetary relief" (CFPB's words).
    if (w.startsWith(QLatin1String("closed")) || w.startsWith(QLatin1String("gesloten")))
        return ComplaintStatus::Closed;
    return std::nullopt;
}

std::optional<Justified> parseJustifiedWord(const QString &text)
{
    const QString w = normWord(text);
    if (auto v = parse<Justified>(w))
        return v;
    static const QHash<QString, Justified> words{
        {QStringLiteral("ja"), Justified::Yes},           {QStringLiteral("terecht"), Justified::Yes},
        {QStringLiteral("gegrond"), Justified::Yes},      {QStringLiteral("justified"), Justified::Yes},
        {QStringLiteral("j"), Justified::Yes},            {QStringLiteral("y"), Justified::Yes},
        {QStringLiteral("true"), Justified::Yes},         {QStringLiteral("deels"), Justified::Partly},
        {QStringLiteral("deels terecht"), Justified::Partly},
        {QStringLiteral("gedeeltelijk"), Justified::Partly},
        {QStringLiteral("partially"), Justified::Partly},
        {QStringLiteral("partly justified"), Justified::Partly},
        {QStringLiteral("deels gegrond"), Justified::Partly},
        {QStringLiteral("nee"), Justified::No},           {QStringLiteral("onterecht"), Justified::No},
        {QStringLiteral("ongegrond"), Justified::No},     {QStringLiteral("unjustified"), Justified::No},
        {QStringLiteral("not justified"), Justified::No}, {QStringLiteral("n"), Justified::No},
        {QStringLiteral("false"), Justified::No},         {QStringLiteral("onbekend"), Justified::Unknown},
        {QStringLiteral("nog onbekend"), Justified::Unknown},
        {QStringLiteral("?"), Justified::Unknown}};
    const auto it = words.constFind(w);
    return it == words.constEnd() ? std::nullopt : std::optional<Justified>(it.value());
}

std::optional<FormOfAddress> parseFormOfAddressWord(const QString &text)
{
    const QString w = normWord(text);
    if (auto v = parse<FormOfAddress>(w))
        return v;
    if (w == QLatin1String("je") || w == QLatin1String("jij") || w == QLatin1String("informeel")
        || w == QLatin1String("je/jij"))
        return FormOfAddress::Informal;
    if (w == QLatin1String("u") || w == QLatin1String("formeel"))
        return FormOfAddress::Formal;
    if (w == QLatin1String("onbekend"))
        return FormOfAddress::Unknown;
    return std::nullopt;
}

QString channelCodeForWord(const QString &text)
{
    const QString w = normWord(text);
    static const QHash<QString, QString> words{
        {QStringLiteral("web"), QStringLiteral("webform")},
        {QStringLiteral("website"), QStringLiteral("webform")},
        {QStringLiteral("webformulier"), QStringLiteral("webform")},
        {QStringLiteral("contactformulier"), QStringLiteral("webform")},
        {QStringLiteral("web form"), QStringLiteral("webform")},
        {QStringLiteral("post"), QStringLiteral("letter")},
        {QStringLiteral("postal mail"), QStringLiteral("letter")},
        {QStringLiteral("brief"), QStringLiteral("letter")},
        {QStringLiteral("fax"), QStringLiteral("letter")},
        {QStringLiteral("telefoon"), QStringLiteral("phone")},
        {QStringLiteral("tel"), QStringLiteral("phone")},
        {QStringLiteral("telefonisch"), QStringLiteral("phone")},
        {QStringLiteral("phone call"), QStringLiteral("phone")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("e mail"), QStringLiteral("email")},
        {QStringLiteral("balie"), QStringLiteral("in_person")},
        {QStringLiteral("in person"), QStringLiteral("in_person")},
        {QStringLiteral("persoonlijk"), QStringLiteral("in_person")},
        {QStringLiteral("x"), QStringLiteral("twitter")},
        {QStringLiteral("tweet"), QStringLiteral("twitter")},
        {QStringLiteral("fb"), QStringLiteral("facebook")},
        {QStringLiteral("review"), QStringLiteral("review_site")},
        {QStringLiteral("reviewsite"), QStringLiteral("review_site")},
        // The review sites a review export names as its source.
        {QStringLiteral("trustpilot"), QStringLiteral("review_site")},
        {QStringLiteral("google"), QStringLiteral("review_site")},
        {QStringLiteral("google reviews"), QStringLiteral("review_site")},
        {QStringLiteral("tripadvisor"), QStringLiteral("review_site")},
        {QStringLiteral("yelp"), QStringLiteral("review_site")},
        {QStringLiteral("iens"), QStringLiteral("review_site")},
        {QStringLiteral("thefork"), QStringLiteral("review_site")},
        {QStringLiteral("kiyoh"), QStringLiteral("review_site")},
        {QStringLiteral("klantenvertellen"), QStringLiteral("review_site")},
        {QStringLiteral("feedback company"), QStringLiteral("review_site")}};
    return words.value(w);
}

bool isEmptyWord(const QString &text)
{
    // Called for every cell of an import, descriptions too: no copy, and anything longer than
    // the longest word below is settled by its length.
    const QStringView w = QStringView(text).trimmed();
    if (w.size() > 6)
        return false;
    static const QLatin1String words[] = {
        QLatin1String("n/a"), QLatin1String("na"),     QLatin1String("none"),
        QLatin1String("null"), QLatin1String("nil"),   QLatin1String("n.v.t."),
        QLatin1String("nvt"), QLatin1String("-"),      QLatin1String("nan")};
    return w.isEmpty() || std::any_of(std::begin(words), std::end(words), [&](QLatin1String word) {
               return w.compare(word, Qt::CaseInsensitive) == 0;
           });
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString escapeFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString unescapeFormula(const QString &text)
{
    if (text.size() >= 2 && text.at(0) == u'\'' && looksLikeFormula(text.mid(1)))
        return text.mid(1);
    return text;
}

} // namespace kd
