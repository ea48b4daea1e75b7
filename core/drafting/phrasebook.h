// The phrase lists the reply checks use, read from JSON (resources/data/drafting/) and compiled
// once into one regular expression per list and language.
#pragma once

#include "domain/error.h"
#include "startindex.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace kd {

// The lists each language file has; the JSON keys are the lower-case names in kPhraseKeys.
enum class Phrase {
    Stopwords, FirstPerson, Situation, Harm, Responsibility, Sorry, Prevent, Forgiveness, MakeGood,
    Understanding, Empathy, ActionFuture, ActionDone, PromisePhrase, VagueTime, Bureaucratic,
    FormletterOpening, Defensive, Sales, OfferRequest, ExplainAgain, Condescending, CallRequest, Dm,
    RedirectEmail, RedirectWebform, RedirectLetter, Explanation, InformalPronouns, FormalPronouns,
    InformalGreetings, FormalGreetings, GreetingWords,
    Count
};

// A rule that turns a time expression into a due date ("binnen 2 werkdagen", "by Friday").
struct TimeRule
{
    enum class Kind { Days, Hours, WorkingDays, Weekday, ThisWeek, NextWeek, DayMonth, DayMonthNumeric };
    QRegularExpression pattern;
    Kind kind = Kind::Days;
    int amount = 0;        // fixed days/hours/weekday; -1 when taken from a capture
    int captureA = 0;      // capture holding the amount, or the day for dates
    int captureB = 0;      // capture holding the month for dates
    int startSlot = -1;    // in the language's StartIndex; -1: scanned over the whole text
};

struct PersonalDataRule
{
    QString kind; // "email", "phone", "order_number", ...
    QRegularExpression pattern;
};

class PhraseBook
{
public:
    // The lists embedded in the program, loaded on first use and shared (thread-safe static).
    static const PhraseBook &builtIn();
    // Reads phrases_nl.json, phrases_en.json and common.json from dir; files missing there come
    // from the embedded defaults. Errors name the file and the entry that did not compile.
    static Result<std::shared_ptr<const PhraseBook>> load(const QString &dir);

    QStringList languages() const { return m_languages; }
    bool hasLanguage(const QString &lang) const { return m_languages.contains(lang); }
    const QRegularExpression &regex(const QString &lang, Phrase list) const;
    // Where each list's regex (and each time rule's, TimeRule::startSlot) can begin to match, for
    // drafting::scanPhrases; of the same language regex() uses. Null when there is none.
    const drafting::StartIndex *startIndex(const QString &lang) const;
    // The slot of a list in startIndex(lang), or -1 when it has to be scanned over the whole text.
    int startSlot(const QString &lang, Phrase list) const;
    const QList<TimeRule> &timeRules(const QString &lang) const;
    const QRegularExpression &timeOfDay(const QString &lang) const;
    const QHash<QString, int> &numberWords(const QString &lang) const;
    const QList<PersonalDataRule> &personalData() const { return m_personalData; }
    const QRegularExpression &emoji() const { return m_emoji; }
    // Company numbers and addresses (0800-, service@) that are no customer's personal data.
    const QRegularExpression &notPersonal() const { return m_notPersonal; }

    static QString key(Phrase list);

private:
    struct Language
    {
        std::array<QRegularExpression, size_t(Phrase::Count)> lists;
        std::array<int, size_t(Phrase::Count)> listSlots;
        drafting::StartIndex starts;
        QList<TimeRule> timeRules;
        QRegularExpression timeOfDay;
        QHash<QString, int> numbers;
    };
    Status addLanguage(const QByteArray &json, const QString &where);
    Status setCommon(const QByteArray &json, const QString &where);
    const Language *languageOrEnglish(const QString &lang) const;

    QStringList m_languages;
    QHash<QString, Language> m_byLanguage;
    QList<PersonalDataRule> m_personalData;
    QRegularExpression m_emoji;
    QRegularExpression m_notPersonal;
};

// Builds one case-insensitive alternation with word boundaries around every entry.
QRegularExpression compilePhrases(const QStringList &entries);

// False when no phrase list or time rule can begin to match right after c: their patterns all
// open with a look-behind that refuses a letter, digit, _, ', ’ or - before the match. Only ASCII
// and ’ are judged here (true for anything else); the regex itself decides the rest.
bool phraseMayFollow(QChar c);

} // namespace kd
