// Promise detection: a first-person commitment in a sentence, and when it is due.
#include "promisedetector.h"

#include "textanalysis.h"

#include <QHash>

namespace kd {
namespace {

// Promises are due at the end of a working day unless they name an hour.
constexpr int kEndOfDayHour = 17;

QDate addWorkingDays(QDate d, int n)
{
    while (n > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --n;
    }
    return d;
}

bool anyIn(const QList<EvidenceSpan> &spans, const drafting::Range &r)
{
    for (const EvidenceSpan &s : spans)
        if (r.contains(s.start))
            return true;
    return false;
}

} // namespace

// The clock's local time, read once, and the local times of day already made. Making a local
// QDateTime from a date and a time calls mktime(), and glibc's mktime reads the time zone file's
// status each time: on a long draft that was most of the promise detection.
class PromiseDetector::LocalTimes
{
public:
    explicit LocalTimes(const Clock &clock) : now(clock.now().toLocalTime()) {}

    const QDateTime now;

    QDateTime at(const QDate &d, const QTime &t)
    {
        const qint64 key = d.toJulianDay() * 86400000 + t.msecsSinceStartOfDay();
        auto it = m_made.constFind(key);
        if (it == m_made.constEnd())
            it = m_made.insert(key, QDateTime(d, t));
        return *it;
    }
    QDateTime endOfDay(const QDate &d) { return at(d, QTime(kEndOfDayHour, 0)); }

private:
    QHash<qint64, QDateTime> m_made;
};

PromiseDetector::PromiseDetector(const PhraseBook &book, const Clock &clock)
    : m_book(book), m_clock(clock)
{
}

int PromiseDetector::amount(const TimeRule &rule, const QRegularExpressionMatch &match,
                            const QString &lang) const
{
    if (rule.amount >= 0)
        return rule.amount;
    const QString word = match.captured(rule.captureA).toLower();
    bool ok = false;
    const int n = word.toInt(&ok);
    if (ok)
        return n;
    return m_book.numberWords(lang).value(word, -1);
}

std::optional<QDateTime> PromiseDetector::resolve(const TimeRule &rule,
                                                  const QRegularExpressionMatch &match,
                                                  const QString &lang) const
{
    LocalTimes times(m_clock);
    return resolve(rule, match, lang, times);
}

std::optional<QDateTime> PromiseDetector::resolve(const TimeRule &rule,
                                                  const QRegularExpressionMatch &match,
                                                  const QString &lang, LocalTimes &times) const
{
    const QDateTime &now = times.now;
    const QDate today = now.date();
    auto endOfDay = [&times](const QDate &d) { return times.endOfDay(d); };
    switch (rule.kind) {
    case TimeRule::Kind::Days: {
        const int n = amount(rule, match, lang);
        if (n < 0)
            return std::nullopt;
        QDateTime due = endOfDay(today.addDays(n));
        return due < now ? now.addSecs(3600) : due;
    }
    case TimeRule::Kind::Hours: {
        const int n = amount(rule, match, lang);
        if (n < 0)
            return std::nullopt;
        return now.addSecs(qint64(n) * 3600);
    }
    case TimeRule::Kind::WorkingDays: {
        const int n = amount(rule, match, lang);
        if (n < 0)
            return std::nullopt;
        return endOfDay(addWorkingDays(today, n));
    }
    case TimeRule::Kind::Weekday: {
        // The next such day after today: "vrijdag" said on a Friday means a week later.
        int ahead = (rule.amount - today.dayOfWeek() + 7) % 7;
        if (ahead == 0)
            ahead = 7;
        return endOfDay(today.addDays(ahead));
    }
    case TimeRule::Kind::ThisWeek: {
        const int ahead = std::max(0, 5 - today.dayOfWeek());
        return endOfDay(today.addDays(ahead));
    }
    case TimeRule::Kind::NextWeek:
        return endOfDay(today.addDays(7 - today.dayOfWeek() + 5));
    case TimeRule::Kind::DayMonth:
    case TimeRule::Kind::DayMonthNumeric: {
        const int day = match.captured(rule.captureA).toInt();
        const QString m = match.captured(rule.captureB).toLower();
        const int month = rule.kind == TimeRule::Kind::DayMonth
                              ? m_book.numberWords(lang).value(QStringLiteral("month:") + m, 0)
                              : m.toInt();
        QDate d(today.year(), month, day);
        if (!d.isValid())
            return std::nullopt;
        if (d < today)
            d = d.addYears(1);
        return endOfDay(d);
    }
    }
    return std::nullopt;
}

QList<DetectedPromise> PromiseDetector::detect(const QString &text, const QString &lang) const
{
    return detect(text, drafting::scanPhrases(m_book, text, lang));
}

QList<DetectedPromise> PromiseDetector::detect(const QString &text, const drafting::PhraseScan &scan) const
{
    using namespace drafting;
    const QString &lang = scan.lang;
    QList<DetectedPromise> out;
    const QList<EvidenceSpan> &firstPerson = scan[Phrase::FirstPerson];
    // Verbs inside a request to the customer ("bel ons", "stuur ons een DM") are not ours.
    QList<EvidenceSpan> requests;
    for (Phrase r : {Phrase::CallRequest, Phrase::Dm, Phrase::RedirectEmail, Phrase::RedirectWebform,
                     Phrase::RedirectLetter})
        requests += scan[r];
    QList<EvidenceSpan> actions;
    for (const EvidenceSpan &a : scan[Phrase::ActionFuture]) {
        bool inRequest = false;
        for (const EvidenceSpan &r : requests)
            inRequest = inRequest || (a.start < r.start + r.length && r.start < a.start + a.length);
        if (!inRequest)
            actions.append(a);
    }
    const QList<EvidenceSpan> &phrases = scan[Phrase::PromisePhrase];
    const QList<EvidenceSpan> &vague = scan[Phrase::VagueTime];
    const QList<EvidenceSpan> &prevention = scan[Phrase::Prevent];
    const QList<EvidenceSpan> admission = scan[Phrase::Responsibility] + scan[Phrase::Understanding];
    const QList<EvidenceSpan> &makeGood = scan[Phrase::MakeGood];
    const QList<TimeRule> &rules = m_book.timeRules(lang);
    LocalTimes times(m_clock);
    for (const Range &s : scan.sentences) {
        // A question ("Zullen we je morgen bellen?") offers, it does not promise.
        if (text.at(s.end - 1) == u'?')
            continue;
        // "so that it does not happen again" pledges an effort, not a deliverable with a date.
        // Nor does "we should have called you" or "I understand you expect us to pay": those
        // admit or restate, they do not commit.
        if (anyIn(prevention, s) || anyIn(admission, s))
            continue;
        const bool promise = (anyIn(firstPerson, s) && anyIn(actions, s)) || anyIn(phrases, s);
        if (!promise)
            continue;
        DetectedPromise p;
        p.sentence = {s.start, s.end - s.start, text.mid(s.start, s.end - s.start)};
        const QString sentence = p.sentence.text;
        // The first rule (in the book's order) that matched inside this sentence decides the date.
        for (const TimeMatch &t : scan.times) {
            const QRegularExpressionMatch &m = t.match;
            if (!s.contains(int(m.capturedStart())) || m.capturedEnd() > s.end)
                continue;
            const TimeRule &rule = rules[t.rule];
            auto due = resolve(rule, m, lang, times);
            if (!due)
                continue;
            // "om 14:00 uur" sets the hour of the day the rule found.
            const QRegularExpressionMatch hour = m_book.timeOfDay(lang).match(sentence);
            if (hour.hasMatch() && rule.kind != TimeRule::Kind::Hours) {
                int h = hour.captured(1).toInt();
                const QString suffix = hour.captured(3).toLower();
                if (suffix == QLatin1String("pm") && h < 12)
                    h += 12;
                const int minute = hour.captured(2).toInt();
                if (h < 24 && minute < 60)
                    due = times.at(due->date(), QTime(h, minute));
            }
            p.when = {int(m.capturedStart()), int(m.capturedLength()), m.captured()};
            p.due = due;
            break;
        }
        if (!p.due) {
            for (const EvidenceSpan &v : vague) {
                if (s.contains(v.start)) {
                    p.when = v;
                    p.vague = true;
                    break;
                }
            }
        }
        // A make-good offered without a date ("als goedmaker storten we ... terug") is given
        // with the reply; it is tracked only when it names a date.
        if (!p.due && !p.vague && anyIn(makeGood, s))
            continue;
        out.append(p);
    }
    return out;
}

} // namespace kd
