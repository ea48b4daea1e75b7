// Reading and compiling the drafting phrase lists; every regex is compiled here, once.
#include "phrasebook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd {
namespace {

constexpr const char *kPhraseKeys[] = {
    "stopwords", "first_person", "situation", "harm", "responsibility", "sorry", "prevent",
    "forgiveness", "makegood", "understanding", "empathy", "action_future", "action_done",
    "promise_phrase", "vague_time", "bureaucratic", "formletter_opening", "defensive", "sales",
    "offer_request", "explain_again", "condescending", "call_request", "dm", "redirect_email",
    "redirect_webform", "redirect_letter", "explanation", "informal_pronouns", "formal_pronouns",
    "informal_greetings", "formal_greetings", "greeting_words"};
static_assert(std::size(kPhraseKeys) == size_t(Phrase::Count));

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption
                          | QRegularExpression::UseUnicodePropertiesOption;
const QString kBefore = QStringLiteral("(?<![\\p{L}\\p{N}_'’-])");
const QString kAfter = QStringLiteral("(?![\\p{L}\\p{N}_])");

const QRegularExpression &never()
{
    static const QRegularExpression r(QStringLiteral("(?!)"));
    return r;
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<QJsonObject> parseObject(const QByteArray &json, const QString &where)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("not a JSON object (%1 at offset %2)")
                             .arg(e.errorString())
                             .arg(e.offset),
                         where);
    return doc.object();
}

Status checkValid(const QRegularExpression &r, const QString &where, const QString &entry)
{
    if (r.isValid())
        return {};
    return makeError(ErrorCode::Invalid,
                     QStringLiteral("the pattern \"%1\" does not compile: %2")
                         .arg(entry, r.errorString()),
                     where);
}

int captureIndex(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.startsWith(u'$') ? s.mid(1).toInt() : 0;
}

} // namespace

QRegularExpression compilePhrases(const QStringList &entries)
{
    if (entries.isEmpty())
        return never();
    QStringList parts;
    for (QString e : entries) {
        // A typed apostrophe is often the typographic one: "we’ll" must match "we'll".
        e.replace(u'\'', QStringLiteral("['\u2019]")); // not QLatin1String: ’ is 3 bytes of UTF-8
        parts << QStringLiteral("(?:%1)").arg(e);
    }
    QRegularExpression r(kBefore + QStringLiteral("(?:") + parts.join(u'|') + QStringLiteral(")")
                             + kAfter,
                         kOptions);
    // Not optimize()d here: the reply checks scan with StartIndex's anchored copies, so most
    // lists are never matched as they are; Qt compiles a list the first time it is.
    return r;
}

bool phraseMayFollow(QChar c)
{
    // Keep in step with kBefore.
    const char16_t u = c.unicode();
    if (u >= 128)
        return u != u'’';
    return !((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
             || u == u'_' || u == u'\'' || u == u'-');
}

QString PhraseBook::key(Phrase list)
{
    return QLatin1String(kPhraseKeys[size_t(list)]);
}

const PhraseBook &PhraseBook::builtIn()
{
    static const PhraseBook book = [] {
        PhraseBook b;
        for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
            const QString path = QStringLiteral(":/data/drafting/phrases_%1.json").arg(lang);
            auto s = b.addLanguage(readResource(path), path);
            Q_ASSERT_X(s.ok(), "PhraseBook", qPrintable(s.ok() ? QString() : s.error().toString()));
        }
        auto s = b.setCommon(readResource(QStringLiteral(":/data/drafting/common.json")),
                             QStringLiteral(":/data/drafting/common.json"));
        Q_ASSERT(s.ok());
        return b;
    }();
    return book;
}

Result<std::shared_ptr<const PhraseBook>> PhraseBook::load(const QString &dir)
{
    auto book = std::make_shared<PhraseBook>();
    auto read = [&dir](const QString &name, QString &where) {
        QFile f(dir + u'/' + name);
        if (f.open(QIODevice::ReadOnly)) {
            where = f.fileName();
            return f.readAll();
        }
        where = QStringLiteral(":/data/drafting/") + name;
        return readResource(where);
    };
    QString where;
    for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
        const QByteArray json = read(QStringLiteral("phrases_%1.json").arg(lang), where);
        if (auto s = book->addLanguage(json, where); !s)
            return s.error();
    }
    const QByteArray common = read(QStringLiteral("common.json"), where);
    if (auto s = book->setCommon(common, where); !s)
        return s.error();
    return std::shared_ptr<const PhraseBook>(book);
}

Status PhraseBook::addLanguage(const QByteArray &json, const QString &where)
{
    auto o = parseObject(json, where);
    if (!o)
        return o.error();
    const QString lang = o->value(u"language").toString();
    if (lang.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("\"language\" is missing"), where);
    Language l;
    for (size_t i = 0; i < size_t(Phrase::Count); ++i) {
        QStringList entries;
        for (const auto &v : o->value(QLatin1String(kPhraseKeys[i])).toArray())
            entries << v.toString();
        for (const QString &e : entries) {
            if (auto s = checkValid(QRegularExpression(e), where, e); !s)
                return s;
        }
        l.lists[i] = compilePhrases(entries);
        l.listSlots[i] = l.starts.add(l.lists[i]);
    }
    const QJsonObject numbers = o->value(u"numbers").toObject();
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        l.numbers.insert(it.key().toLower(), it.value().toInt());
    QStringList months;
    for (const auto &v : o->value(u"months").toArray())
        months << v.toString();
    const QString monthAlt = months.join(u'|');
    for (const auto &v : o->value(u"time_expressions").toArray()) {
        const QJsonObject t = v.toObject();
        QString p = t.value(u"pattern").toString();
        p.replace(QLatin1String("MONTH"), monthAlt);
        TimeRule rule;
        rule.pattern = QRegularExpression(kBefore + QStringLiteral("(?:") + p + QStringLiteral(")")
                                              + kAfter,
                                          kOptions);
        if (auto s = checkValid(rule.pattern, where, p); !s)
            return s;
        auto amount = [&rule](const QJsonValue &a) {
            if (a.isString()) {
                rule.amount = -1;
                rule.captureA = captureIndex(a);
            } else {
                rule.amount = a.toInt();
            }
        };
        if (t.contains(u"days")) {
            rule.kind = TimeRule::Kind::Days;
            amount(t.value(u"days"));
        } else if (t.contains(u"hours")) {
            rule.kind = TimeRule::Kind::Hours;
            amount(t.value(u"hours"));
        } else if (t.contains(u"working_days")) {
            rule.kind = TimeRule::Kind::WorkingDays;
            amount(t.value(u"working_days"));
        } else if (t.contains(u"weekday")) {
            rule.kind = TimeRule::Kind::Weekday;
            rule.amount = t.value(u"weekday").toInt();
        } else if (t.contains(u"this_week")) {
            rule.kind = TimeRule::Kind::ThisWeek;
        } else if (t.contains(u"next_week")) {
            rule.kind = TimeRule::Kind::NextWeek;
        } else if (t.contains(u"day_month") || t.contains(u"day_month_numeric")) {
            const bool numeric = t.contains(u"day_month_numeric");
            rule.kind = numeric ? TimeRule::Kind::DayMonthNumeric : TimeRule::Kind::DayMonth;
            const QJsonArray caps = t.value(numeric ? u"day_month_numeric" : u"day_month").toArray();
            rule.captureA = captureIndex(caps.at(0));
            rule.captureB = captureIndex(caps.at(1));
        } else {
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("the time expression \"%1\" says neither days, hours, "
                                            "working_days, weekday, this_week, next_week nor "
                                            "day_month")
                                 .arg(p),
                             where);
        }
        rule.pattern.optimize();
        rule.startSlot = l.starts.add(rule.pattern);
        l.timeRules.append(rule);
    }
    // Month names are looked up by their position when a date is resolved.
    for (int i = 0; i < months.size(); ++i)
        l.numbers.insert(QStringLiteral("month:") + months[i].toLower(), i + 1);
    l.timeOfDay = QRegularExpression(kBefore + o->value(u"time_of_day").toString() + kAfter, kOptions);
    if (auto s = checkValid(l.timeOfDay, where, o->value(u"time_of_day").toString()); !s)
        return s;
    m_byLanguage.insert(lang, std::move(l));
    if (!m_languages.contains(lang))
        m_languages << lang;
    return {};
}

Status PhraseBook::setCommon(const QByteArray &json, const QString &where)
{
    auto o = parseObject(json, where);
    if (!o)
        return o.error();
    m_personalData.clear();
    for (const auto &v : o->value(u"personal_data").toArray()) {
        const QJsonObject p = v.toObject();
        PersonalDataRule rule;
        rule.kind = p.value(u"kind").toString();
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (!p.value(u"case_sensitive").toBool())
            options |= QRegularExpression::CaseInsensitiveOption;
        rule.pattern = QRegularExpression(p.value(u"pattern").toString(), options);
        if (auto s = checkValid(rule.pattern, where, p.value(u"pattern").toString()); !s)
            return s;
        rule.pattern.optimize();
        m_personalData.append(rule);
    }
    QStringList exceptions;
    for (const auto &v : o->value(u"not_personal").toArray())
        exceptions << QStringLiteral("(?:%1)").arg(v.toString());
    m_notPersonal = exceptions.isEmpty() ? never()
                                         : QRegularExpression(exceptions.join(u'|'),
                                                              QRegularExpression::CaseInsensitiveOption);
    if (auto s = checkValid(m_notPersonal, where, exceptions.join(u'|')); !s)
        return s;
    m_emoji = QRegularExpression(o->value(u"emoji").toString(),
                                 QRegularExpression::UseUnicodePropertiesOption);
    if (auto s = checkValid(m_emoji, where, o->value(u"emoji").toString()); !s)
        return s;
    return {};
}

const PhraseBook::Language *PhraseBook::languageOrEnglish(const QString &lang) const
{
    auto it = m_byLanguage.constFind(lang);
    if (it == m_byLanguage.constEnd())
        it = m_byLanguage.constFind(QStringLiteral("en"));
    return it == m_byLanguage.constEnd() ? nullptr : &*it;
}

const QRegularExpression &PhraseBook::regex(const QString &lang, Phrase list) const
{
    const Language *l = languageOrEnglish(lang);
    return l ? l->lists[size_t(list)] : never();
}

const drafting::StartIndex *PhraseBook::startIndex(const QString &lang) const
{
    const Language *l = languageOrEnglish(lang);
    return l ? &l->starts : nullptr;
}

int PhraseBook::startSlot(const QString &lang, Phrase list) const
{
    const Language *l = languageOrEnglish(lang);
    return l ? l->listSlots[size_t(list)] : -1;
}

const QList<TimeRule> &PhraseBook::timeRules(const QString &lang) const
{
    static const QList<TimeRule> none;
    auto it = m_byLanguage.constFind(lang);
    return it == m_byLanguage.constEnd() ? none : it->timeRules;
}

const QRegularExpression &PhraseBook::timeOfDay(const QString &lang) const
{
    auto it = m_byLanguage.constFind(lang);
    return it == m_byLanguage.constEnd() ? never() : it->timeOfDay;
}

const QHash<QString, int> &PhraseBook::numberWords(const QString &lang) const
{
    static const QHash<QString, int> none;
    auto it = m_byLanguage.constFind(lang);
    return it == m_byLanguage.constEnd() ? none : it->numbers;
}

} // namespace kd
