// The reply checks themselves; each rule is described in docs/reply-checks.md.
#include "replychecker.h"

#include "textanalysis.h"

#include <QLocale>
#include <QCoreApplication>
#include <QSet>

#include <array>

namespace kd {
using namespace drafting;

namespace {

// A surrogate without its partner (half an emoji, cut off by a copy from a chat window) makes
// PCRE2 refuse the whole text, so no phrase at all would be found. Each one becomes U+FFFD: the
// text keeps its length, so evidence offsets still point into the draft as typed.
QString withWholeCharacters(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ReplyChecker", text);
}

// Short public channels (a tweet) are a first, acknowledging reply: the explanation and the
// make-good follow in private, so their absence is no fault there.
bool shortPublic(const ReplyContext &c)
{
    return c.channel.isPublic && c.channel.replyLimit && *c.channel.replyLimit <= 280;
}

CheckResult result(const QString &id, CheckStatus status, QList<EvidenceSpan> evidence,
                   const QString &hint)
{
    return CheckResult{id, status, std::move(evidence), hint};
}

QList<EvidenceSpan> inSentencesWith(const QList<EvidenceSpan> &spans,
                                    const QList<EvidenceSpan> &required, const QList<Range> &sentences)
{
    QList<EvidenceSpan> out;
    for (const EvidenceSpan &s : spans) {
        for (const Range &r : sentences) {
            if (!r.contains(s.start))
                continue;
            for (const EvidenceSpan &q : required)
                if (r.contains(q.start)) {
                    out.append(s);
                    break;
                }
            break;
        }
    }
    return out;
}

QString quoted(const QList<EvidenceSpan> &spans, int max = 3)
{
    QStringList parts;
    for (const EvidenceSpan &s : spans) {
        if (parts.size() == max)
            break;
        parts << QLatin1Char('"') + s.text + QLatin1Char('"');
    }
    return parts.join(QStringLiteral(", "));
}

const QSet<QString> kNameParticles = {QStringLiteral("de"), QStringLiteral("van"), QStringLiteral("der"),
                                      QStringLiteral("den"), QStringLiteral("het"), QStringLiteral("ten"),
                                      QStringLiteral("ter"), QStringLiteral("te"), QStringLiteral("in"),
                                      QStringLiteral("'t"), QStringLiteral("mr"), QStringLiteral("mrs"),
                                      QStringLiteral("ms"), QStringLiteral("dhr"), QStringLiteral("mevr")};

// Matches any significant part of a person's name; for an agent also initials ("^MJ", "/MJ").
QRegularExpression makeNameRegex(const QString &name, bool withInitials)
{
    QStringList alternatives;
    QString initials;
    QString initialsWithParticles; // "JvD" for Joost van Dam
    const QStringList parts = name.split(QRegularExpression(QStringLiteral("[\\s.]+")),
                                         Qt::SkipEmptyParts);
    for (QString p : parts) {
        const bool handle = p.startsWith(u'@');
        if (handle)
            p = p.mid(1);
        if (kNameParticles.contains(p.toLower()) && !p.isEmpty())
            initialsWithParticles += p.at(0).toLower();
        if (p.size() < 2 || kNameParticles.contains(p.toLower()))
            continue;
        initialsWithParticles += p.at(0).toUpper();
        alternatives << QRegularExpression::escape(p);
        if (handle)
            alternatives << QRegularExpression::escape(QStringLiteral("@") + p);
        initials += p.at(0).toUpper();
    }
    if (withInitials && initials.size() >= 2)
        alternatives << QStringLiteral("[\\^/~\\-–]\\s?(?:") + QRegularExpression::escape(initials)
                            + u'|' + QRegularExpression::escape(initialsWithParticles) + u')';
    if (alternatives.isEmpty())
        return QRegularExpression(QStringLiteral("(?!)"));
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + alternatives.join(u'|')
                                  + QStringLiteral(")(?![\\p{L}\\p{N}])"),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

// The same, kept for the last few names: compiling a regex costs more than matching it over a
// long draft, and the editor checks the same two names on every pause in typing. Per thread,
// since a checker may run on several.
QRegularExpression nameRegex(const QString &name, bool withInitials)
{
    struct Entry
    {
        QString name;
        bool withInitials = false;
        QRegularExpression regex;
    };
    thread_local std::array<Entry, 4> recent;
    thread_local size_t next = 0;
    for (const Entry &e : recent)
        if (!e.regex.pattern().isEmpty() && e.withInitials == withInitials && e.name == name)
            return e.regex;
    Entry &e = recent[next];
    next = (next + 1) % recent.size();
    e = {name, withInitials, makeNameRegex(name, withInitials)};
    return e.regex;
}

// Words of at least five letters the draft shares with the customer's message: the draft then
// names the situation in the customer's own terms.
QList<EvidenceSpan> sharedWords(const PhraseBook &book, const QString &lang, const QString &draft,
                                const QString &customer)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}]{5,}"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> theirs;
    auto it = word.globalMatch(customer);
    while (it.hasNext())
        theirs.insert(it.next().captured().toLower());
    const QRegularExpression &stop = book.regex(lang, Phrase::Stopwords);
    QList<EvidenceSpan> out;
    QSet<QString> seen;
    it = word.globalMatch(draft);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString w = m.captured().toLower();
        // Greetings ("Geachte heer/mevrouw") and sign-offs are shared by every letter.
        if (!theirs.contains(w) || seen.contains(w) || stop.match(w).hasMatch()
            || book.regex(lang, Phrase::GreetingWords).match(w).hasMatch()
            || book.regex(lang, Phrase::FormalGreetings).match(w).hasMatch()
            || book.regex(lang, Phrase::FormletterOpening).match(w + QStringLiteral(" heer")).hasMatch())
            continue;
        seen.insert(w);
        out.append({int(m.capturedStart()), int(m.capturedLength()), m.captured()});
    }
    return out;
}

} // namespace

struct ReplyChecker::Scan : PhraseScan
{
    QString text;
    QList<EvidenceSpan> actions;    // first-person actions, future or done
    QList<EvidenceSpan> timeSpans;  // time expressions that resolve to a date
    QList<DetectedPromise> promises;
};

ReplyChecker::ReplyChecker(const Clock &clock, std::shared_ptr<const PhraseBook> book)
    : m_book(std::move(book)), m_bookPtr(m_book ? m_book.get() : &PhraseBook::builtIn()), m_clock(clock)
{
}

ReplyCheckReport ReplyChecker::check(const QString &typed, const ReplyContext &given) const
{
    const QString draft = withWholeCharacters(typed);
    ReplyContext context = given;
    context.customerMessage = withWholeCharacters(given.customerMessage);
    const PhraseBook &book = *m_bookPtr;
    ReplyCheckReport report;
    QString lang = context.language;
    if (lang.isEmpty() || lang == QLatin1String("auto") || !book.hasLanguage(lang))
        lang = detectLanguage(book, draft + u'\n' + context.customerMessage, QStringLiteral("nl"));
    report.language = lang;

    Scan s;
    static_cast<PhraseScan &>(s) = scanPhrases(book, draft, lang);
    s.text = draft;
    // Our actions: a verb in a sentence with a first-person subject. "Bel ons" or "stuur ons een
    // DM" asks the customer to act, so verbs inside such requests do not count.
    const QList<EvidenceSpan> requests = s[Phrase::CallRequest] + s[Phrase::Dm] + s[Phrase::RedirectEmail]
                                         + s[Phrase::RedirectWebform] + s[Phrase::RedirectLetter];
    for (const EvidenceSpan &a : inSentencesWith(s[Phrase::ActionFuture] + s[Phrase::ActionDone],
                                                 s[Phrase::FirstPerson], s.sentences)
                                     + s[Phrase::PromisePhrase]) {
        bool inRequest = false;
        for (const EvidenceSpan &r : requests)
            inRequest = inRequest || (a.start < r.start + r.length && r.start < a.start + a.length);
        if (!inRequest)
            s.actions.append(a);
    }
    for (const TimeMatch &t : std::as_const(s.times))
        s.timeSpans.append({int(t.match.capturedStart()), int(t.match.capturedLength()), t.match.captured()});
    s.promises = PromiseDetector(book, m_clock).detect(draft, s);
    report.promises = s.promises;

    QList<CheckResult> &out = report.checks;
    checkApology(s, context, out);
    checkTriad(s, out);
    checkZekep(s, context, out);
    out.append(checkExplanation(s, context));
    out.append(checkTone(s, context, report));
    checkChannel(s, context, out);
    checkDonts(s, context, out);
    return report;
}

void ReplyChecker::checkApology(const Scan &s, const ReplyContext &c, QList<CheckResult> &out) const
{
    // 1. The situation, in words of its own or in the customer's words.
    QList<EvidenceSpan> situation = s[Phrase::Situation];
    if (situation.isEmpty() && !c.customerMessage.isEmpty()) {
        const QList<EvidenceSpan> shared = sharedWords(*m_bookPtr, s.lang, s.text, c.customerMessage);
        if (shared.size() >= 2)
            situation = shared;
    }
    out.append(situation.isEmpty()
                   ? result(u"apology.situation"_qs, CheckStatus::Warn, {},
                            tr("Describe what happened in a sentence, so you both mean the same "
                               "thing (\"I read that your parcel did not arrive on Saturday\")."))
                   : result(u"apology.situation"_qs, CheckStatus::Pass, situation,
                            tr("The situation is named: %1.").arg(quoted(situation))));
    // 2. The harm or inconvenience.
    const QList<EvidenceSpan> harm = s[Phrase::Harm] + s[Phrase::Empathy];
    out.append(harm.isEmpty()
                   ? result(u"apology.harm"_qs, CheckStatus::Warn, {},
                            tr("Acknowledge what it cost the customer (time, a day off, money, "
                               "annoyance)."))
                   : result(u"apology.harm"_qs, CheckStatus::Pass, harm,
                            tr("The harm is acknowledged: %1.").arg(quoted(harm))));
    // 3. Responsibility, without defending.
    const QList<EvidenceSpan> &resp = s[Phrase::Responsibility];
    const QList<EvidenceSpan> &defensive = s[Phrase::Defensive];
    if (!defensive.isEmpty())
        out.append(result(u"apology.responsibility"_qs, CheckStatus::Fail, defensive,
                          tr("The draft defends or shifts the blame (%1): take responsibility "
                             "instead.")
                              .arg(quoted(defensive))));
    else if (resp.isEmpty())
        out.append(result(u"apology.responsibility"_qs, CheckStatus::Warn, {},
                          tr("Say what your side did wrong (\"we should have called you\"), "
                             "without excuses.")));
    else
        out.append(result(u"apology.responsibility"_qs, CheckStatus::Pass, resp,
                          tr("Responsibility is taken: %1.").arg(quoted(resp))));
    // 4. Sorry, and doing the utmost to prevent a repeat.
    const QList<EvidenceSpan> &sorry = s[Phrase::Sorry];
    const QList<EvidenceSpan> &prevent = s[Phrase::Prevent];
    if (sorry.isEmpty())
        out.append(result(u"apology.sorry_prevent"_qs, CheckStatus::Fail, prevent,
                          tr("There is no apology: say you are sorry.")));
    else if (prevent.isEmpty())
        out.append(result(u"apology.sorry_prevent"_qs, CheckStatus::Warn, sorry,
                          tr("Say what you will do so that it does not happen again.")));
    else
        out.append(result(u"apology.sorry_prevent"_qs, CheckStatus::Pass, sorry + prevent,
                          tr("Apology %1 and prevention %2.").arg(quoted(sorry, 1), quoted(prevent, 1))));
    // 5. Forgiveness or a make-good.
    const QList<EvidenceSpan> amends = s[Phrase::Forgiveness] + s[Phrase::MakeGood];
    if (!amends.isEmpty())
        out.append(result(u"apology.forgiveness_makegood"_qs, CheckStatus::Pass, amends,
                          tr("Forgiveness or a make-good: %1.").arg(quoted(amends))));
    else if (shortPublic(c))
        out.append(result(u"apology.forgiveness_makegood"_qs, CheckStatus::Pass, {},
                          tr("Not expected in a short public reply; offer it in private.")));
    else
        out.append(result(u"apology.forgiveness_makegood"_qs, CheckStatus::Warn, {},
                          tr("Ask for forgiveness or offer a make-good where it fits.")));
}

void ReplyChecker::checkTriad(const Scan &s, QList<CheckResult> &out) const
{
    const QList<EvidenceSpan> understanding = s[Phrase::Understanding] + s[Phrase::Empathy]
                                              + s[Phrase::Harm];
    out.append(understanding.isEmpty()
                   ? result(u"triad.understanding"_qs, CheckStatus::Fail, {},
                            tr("Show understanding for the customer (\"I understand that you are "
                               "annoyed\")."))
                   : result(u"triad.understanding"_qs, CheckStatus::Pass, understanding,
                            tr("Understanding: %1.").arg(quoted(understanding))));
    out.append(s[Phrase::Sorry].isEmpty()
                   ? result(u"triad.apology"_qs, CheckStatus::Fail, {}, tr("Apologise."))
                   : result(u"triad.apology"_qs, CheckStatus::Pass, s[Phrase::Sorry],
                            tr("Apology: %1.").arg(quoted(s[Phrase::Sorry]))));
    out.append(s.actions.isEmpty()
                   ? result(u"triad.solution"_qs, CheckStatus::Fail, {},
                            tr("Say what you do or did to solve it (\"I have sent a new one\")."))
                   : result(u"triad.solution"_qs, CheckStatus::Pass, s.actions,
                            tr("Solution: %1.").arg(quoted(s.actions))));
}

void ReplyChecker::checkZekep(const Scan &s, const ReplyContext &c, QList<CheckResult> &out) const
{
    // Z: businesslike, no bureaucratic or empty phrases.
    const QList<EvidenceSpan> &bureau = s[Phrase::Bureaucratic];
    out.append(bureau.isEmpty()
                   ? result(u"zekep.businesslike"_qs, CheckStatus::Pass, {},
                            tr("No bureaucratic or empty phrases found."))
                   : result(u"zekep.businesslike"_qs,
                            bureau.size() >= 2 ? CheckStatus::Fail : CheckStatus::Warn, bureau,
                            tr("Write plainly instead of %1.").arg(quoted(bureau))));
    // E: empathetic.
    const QList<EvidenceSpan> empathy = s[Phrase::Empathy] + s[Phrase::Understanding] + s[Phrase::Harm];
    out.append(empathy.isEmpty()
                   ? result(u"zekep.empathetic"_qs, CheckStatus::Fail, {},
                            tr("Show that you feel for the customer (\"what a nuisance\", \"I "
                               "understand\")."))
                   : result(u"zekep.empathetic"_qs, CheckStatus::Pass, empathy,
                            tr("Empathy: %1.").arg(quoted(empathy))));
    // K: short, against the channel's limit and a sentence-length measure.
    {
        const int length = int(s.text.trimmed().size());
        int words = 0;
        QList<EvidenceSpan> longSentences;
        for (const Range &r : s.sentences) {
            const int w = wordCount(s.text, r);
            words += w;
            if (w > 35)
                longSentences.append({r.start, r.end - r.start, s.text.mid(r.start, r.end - r.start)});
        }
        const double average = s.sentences.isEmpty() ? 0.0 : double(words) / s.sentences.size();
        if (c.channel.replyLimit && length > *c.channel.replyLimit)
            out.append(result(u"zekep.short"_qs, CheckStatus::Fail, {},
                              tr("%1 characters; this channel allows %2.")
                                  .arg(length)
                                  .arg(*c.channel.replyLimit)));
        else if (!longSentences.isEmpty())
            out.append(result(u"zekep.short"_qs, CheckStatus::Warn, longSentences,
                              tr("Split sentences of more than 35 words.")));
        else if (average > 22)
            out.append(result(u"zekep.short"_qs, CheckStatus::Warn, {},
                              tr("Sentences average %1 words; aim for at most 22.")
                                  .arg(QLocale().toString(average, 'f', 1))));
        else if (!c.channel.replyLimit && words > 350)
            out.append(result(u"zekep.short"_qs, CheckStatus::Warn, {},
                              tr("%1 words; a reply rarely needs more than 350.").arg(words)));
        else
            out.append(result(u"zekep.short"_qs, CheckStatus::Pass, {},
                              c.channel.replyLimit
                                  ? tr("%1 of %2 characters, %3 words a sentence on average.")
                                        .arg(length)
                                        .arg(*c.channel.replyLimit)
                                        .arg(QLocale().toString(average, 'f', 1))
                                  : tr("%1 words, %2 a sentence on average.")
                                        .arg(words)
                                        .arg(QLocale().toString(average, 'f', 1))));
    }
    // E: effective, a concrete next step with a when.
    if (s.actions.isEmpty())
        out.append(result(u"zekep.effective"_qs, CheckStatus::Fail, {},
                          tr("Say what happens next, who does it and when.")));
    else if (s.timeSpans.isEmpty())
        out.append(result(u"zekep.effective"_qs, CheckStatus::Warn, s.actions,
                          tr("The next step %1 has no when: add a day or time.")
                              .arg(quoted(s.actions, 1))));
    else
        out.append(result(u"zekep.effective"_qs, CheckStatus::Pass, s.actions + s.timeSpans,
                          tr("Next step %1, when %2.").arg(quoted(s.actions, 1), quoted(s.timeSpans, 1))));
    // P: personal, the customer's and the agent's name, no form-letter opening.
    {
        QList<EvidenceSpan> evidence;
        QStringList missing;
        const QString trimmedCustomer = c.customerName.trimmed();
        const QString trimmedAgent = c.agentName.trimmed();
        if (!trimmedCustomer.isEmpty()) {
            const QList<EvidenceSpan> found = findAll(nameRegex(trimmedCustomer, false), s.text, 8);
            if (found.isEmpty())
                missing << tr("the customer's name");
            evidence += found;
        }
        if (!trimmedAgent.isEmpty()) {
            const QList<EvidenceSpan> found = findAll(nameRegex(trimmedAgent, true), s.text, 8);
            if (found.isEmpty())
                missing << tr("your name");
            evidence += found;
        }
        // "Geachte heer" is a form letter only when the name does not follow.
        QList<EvidenceSpan> formletter;
        const QRegularExpression customerName = nameRegex(trimmedCustomer, false);
        for (const EvidenceSpan &e : s[Phrase::FormletterOpening]) {
            const QString after = s.text.mid(e.start + e.length, 40).section(u'\n', 0, 0);
            if (e.start < 120 && (trimmedCustomer.isEmpty() || !customerName.match(after).hasMatch()))
                formletter.append(e);
        }
        if (!formletter.isEmpty() && !trimmedCustomer.isEmpty())
            out.append(result(u"zekep.personal"_qs, CheckStatus::Fail, formletter,
                              tr("The customer's name is known: open with it instead of %1.")
                                  .arg(quoted(formletter))));
        else if (missing.size() >= 2)
            out.append(result(u"zekep.personal"_qs, CheckStatus::Fail, evidence,
                              tr("Add %1.").arg(missing.join(tr(" and ")))));
        else if (missing.size() == 1)
            out.append(result(u"zekep.personal"_qs, CheckStatus::Warn, evidence,
                              tr("Add %1.").arg(missing.first())));
        else if (trimmedCustomer.isEmpty() && trimmedAgent.isEmpty())
            out.append(result(u"zekep.personal"_qs, CheckStatus::Pass, {},
                              tr("No names are known; use them when you have them.")));
        else
            out.append(result(u"zekep.personal"_qs, CheckStatus::Pass, evidence,
                              tr("Names used: %1.").arg(quoted(evidence))));
    }
}

CheckResult ReplyChecker::checkExplanation(const Scan &s, const ReplyContext &c) const
{
    const QList<EvidenceSpan> &why = s[Phrase::Explanation];
    if (!why.isEmpty())
        return result(u"explanation"_qs, CheckStatus::Pass, why,
                      tr("Explains why: %1.").arg(quoted(why)));
    if (shortPublic(c))
        return result(u"explanation"_qs, CheckStatus::Pass, {},
                      tr("Not expected in a short public reply; explain in private."));
    return result(u"explanation"_qs, CheckStatus::Warn, {},
                  tr("Explain briefly why it happened (a choice, a procedure, a third party)."));
}

CheckResult ReplyChecker::checkTone(const Scan &s, const ReplyContext &c, ReplyCheckReport &report) const
{
    const PhraseBook &book = *m_bookPtr;
    Register theirs = detectRegister(book, c.customerMessage, s.lang);
    if (c.customerForm != FormOfAddress::Unknown)
        theirs.form = c.customerForm;
    const Register mine = detectRegister(book, s.text, static_cast<const PhraseScan &>(s));
    report.customerRegister = theirs;
    report.replyRegister = mine;
    const bool dutch = s.lang == QLatin1String("nl");
    const QList<EvidenceSpan> informalPronouns = s[Phrase::InformalPronouns];
    const QList<EvidenceSpan> formalPronouns = s[Phrase::FormalPronouns];
    const QString id = u"tone.register"_qs;
    if (dutch && !informalPronouns.isEmpty() && !formalPronouns.isEmpty())
        return result(id, CheckStatus::Fail, informalPronouns + formalPronouns,
                      tr("The draft mixes je/jij and u: choose one."));
    const bool myPronounsInformal = !informalPronouns.isEmpty();
    const bool myPronounsFormal = !formalPronouns.isEmpty();
    // Pronouns decide only when the customer's own pronouns (or the stored preference) are known;
    // a greeting alone is too weak a sign for a red verdict.
    const FormOfAddress theirPronouns = c.customerForm != FormOfAddress::Unknown ? c.customerForm
                                                                                 : theirs.pronounForm;
    if (dutch && theirPronouns == FormOfAddress::Formal && myPronounsInformal)
        return result(id, CheckStatus::Fail, informalPronouns,
                      tr("The customer writes formally (u): address them with u, not je."));
    if (dutch && theirPronouns == FormOfAddress::Informal && myPronounsFormal)
        return result(id, CheckStatus::Fail, formalPronouns,
                      tr("The customer writes informally (je/jij): address them with je, not u."));
    const bool theyInformal = theirs.form == FormOfAddress::Informal || theirs.informalGreeting
                              || theirs.emoji;
    const bool theyFormal = theirs.form == FormOfAddress::Formal || theirs.formalGreeting;
    QList<EvidenceSpan> formalOpening;
    for (const EvidenceSpan &e : s[Phrase::FormalGreetings] + s[Phrase::FormletterOpening])
        if (e.start < 120)
            formalOpening.append(e);
    if (dutch && theirs.form == FormOfAddress::Informal && myPronounsFormal)
        return result(id, CheckStatus::Warn, formalPronouns,
                      tr("The customer writes informally; u sounds distant next to it."));
    if (dutch && theirs.form == FormOfAddress::Formal && myPronounsInformal)
        return result(id, CheckStatus::Warn, informalPronouns,
                      tr("The customer writes formally; je may sound too familiar."));
    if (theyInformal && !theyFormal && !formalOpening.isEmpty())
        return result(id, CheckStatus::Warn, formalOpening,
                      tr("The customer writes informally; %1 sounds stiff next to it.")
                          .arg(quoted(formalOpening, 1)));
    const QList<EvidenceSpan> casual = s[Phrase::InformalGreetings] + findAll(book.emoji(), s.text, 8);
    if (theyFormal && !theyInformal && !casual.isEmpty())
        return result(id, CheckStatus::Warn, casual,
                      tr("The customer writes formally; leave out %1.").arg(quoted(casual, 2)));
    if (c.customerMessage.trimmed().isEmpty() && c.customerForm == FormOfAddress::Unknown)
        return result(id, CheckStatus::Pass, mine.informalMarks + mine.formalMarks,
                      tr("No customer message to mirror; the draft is consistent."));
    return result(id, CheckStatus::Pass, mine.informalMarks + mine.formalMarks,
                  tr("The draft's register matches the customer's (%1).")
                      .arg(theirs.form == FormOfAddress::Formal     ? tr("formal")
                           : theirs.form == FormOfAddress::Informal ? tr("informal")
                                                                    : tr("neutral")));
}

void ReplyChecker::checkChannel(const Scan &s, const ReplyContext &c, QList<CheckResult> &out) const
{
    const bool isPublic = c.channel.isPublic;
    // Move to a private message on a public channel.
    if (!isPublic)
        out.append(result(u"channel.move_private"_qs, CheckStatus::Pass, {},
                          tr("Not a public channel.")));
    else if (s[Phrase::Dm].isEmpty())
        out.append(result(u"channel.move_private"_qs, CheckStatus::Warn, {},
                          tr("On a public channel, ask for the details by private message.")));
    else
        out.append(result(u"channel.move_private"_qs, CheckStatus::Pass, s[Phrase::Dm],
                          tr("Moves to private: %1.").arg(quoted(s[Phrase::Dm], 1))));
    // No personal data in public.
    if (!isPublic) {
        out.append(result(u"channel.personal_data"_qs, CheckStatus::Pass, {},
                          tr("Not a public channel.")));
    } else {
        QList<EvidenceSpan> found;
        QStringList kinds;
        for (const PersonalDataRule &rule : m_bookPtr->personalData()) {
            for (const EvidenceSpan &e : findAll(rule.pattern, s.text, 8)) {
                if (m_bookPtr->notPersonal()
                        .match(s.text, e.start, QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption)
                        .hasMatch())
                    continue;
                bool overlaps = false;
                for (const EvidenceSpan &f : found)
                    overlaps = overlaps || (e.start < f.start + f.length && f.start < e.start + e.length);
                if (overlaps)
                    continue;
                found.append(e);
                if (!kinds.contains(rule.kind))
                    kinds << rule.kind;
            }
        }
        out.append(found.isEmpty()
                       ? result(u"channel.personal_data"_qs, CheckStatus::Pass, {},
                                tr("No personal data in the public text."))
                       : result(u"channel.personal_data"_qs, CheckStatus::Fail, found,
                                tr("Personal data in a public reply (%1): move it to the private "
                                   "message.")
                                    .arg(kinds.join(QStringLiteral(", ")))));
    }
    // Do not ask the customer to call: you call them.
    out.append(s[Phrase::CallRequest].isEmpty()
                   ? result(u"channel.no_call_request"_qs, CheckStatus::Pass, {},
                            tr("The customer is not asked to call."))
                   : result(u"channel.no_call_request"_qs, CheckStatus::Fail, s[Phrase::CallRequest],
                            tr("Do not ask the customer to call; offer to call them.")));
    // Answer on the channel the complaint came in on.
    QList<EvidenceSpan> elsewhere;
    const struct { Phrase list; const char *code; } redirects[] = {
        {Phrase::RedirectEmail, "email"}, {Phrase::RedirectWebform, "webform"},
        {Phrase::RedirectLetter, "letter"}};
    for (const auto &r : redirects)
        if (c.channel.code != QLatin1String(r.code))
            elsewhere += s[r.list];
    out.append(elsewhere.isEmpty()
                   ? result(u"channel.same_channel"_qs, CheckStatus::Pass, {},
                            tr("The conversation stays on this channel."))
                   : result(u"channel.same_channel"_qs, CheckStatus::Fail, elsewhere,
                            tr("Answer on the channel the customer used instead of %1.")
                                .arg(quoted(elsewhere, 1))));
}

void ReplyChecker::checkDonts(const Scan &s, const ReplyContext &c, QList<CheckResult> &out) const
{
    const PhraseBook &book = *m_bookPtr;
    auto simple = [&out](const QString &id, const QList<EvidenceSpan> &found, const QString &bad,
                         const QString &good) {
        out.append(found.isEmpty() ? result(id, CheckStatus::Pass, {}, good)
                                   : result(id, CheckStatus::Fail, found, bad.arg(quoted(found))));
    };
    simple(u"dont.defensive"_qs, s[Phrase::Defensive],
           tr("Defensive or blaming: %1."), tr("No defensive or blaming wording."));
    const bool asked = book.regex(s.lang, Phrase::OfferRequest).match(c.customerMessage).hasMatch();
    if (asked && !s[Phrase::Sales].isEmpty())
        out.append(result(u"dont.sales"_qs, CheckStatus::Pass, s[Phrase::Sales],
                          tr("The customer asked for an offer, so %1 is fine.")
                              .arg(quoted(s[Phrase::Sales], 1))));
    else
        simple(u"dont.sales"_qs, s[Phrase::Sales],
               tr("A sales pitch the customer did not ask for: %1."), tr("No sales pitch."));
    simple(u"dont.explain_again"_qs, s[Phrase::ExplainAgain],
           tr("Asks the customer to explain again (%1): read the history instead."),
           tr("The customer is not asked to explain again."));
    QList<EvidenceSpan> undated;
    for (const DetectedPromise &p : s.promises)
        if (!p.due)
            undated.append(p.vague ? p.when : p.sentence);
    out.append(undated.isEmpty()
                   ? result(u"dont.promise_without_date"_qs, CheckStatus::Pass, {},
                            s.promises.isEmpty() ? tr("No promises.")
                                                 : tr("Every promise has a date."))
                   : result(u"dont.promise_without_date"_qs, CheckStatus::Fail, undated,
                            tr("A promise without a date: %1. Say when.").arg(quoted(undated, 1))));
    simple(u"dont.condescending"_qs, s[Phrase::Condescending],
           tr("Condescending: %1."), tr("No condescending wording."));
}

} // namespace kd
