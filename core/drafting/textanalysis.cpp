// Sentence splitting, language and register detection for the reply checks.
#include "textanalysis.h"

#include <bit>

namespace kd::drafting {

QList<Range> sentences(const QString &text)
{
    QList<Range> out;
    const int n = int(text.size());
    int start = 0;
    auto push = [&](int end) {
        int s = start;
        int e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            out.append({s, e});
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            push(i);
            start = i + 1;
        } else if (c == u'.' || c == u'!' || c == u'?') {
            int j = i + 1;
            while (j < n && (text.at(j) == u'.' || text.at(j) == u'!' || text.at(j) == u'?'))
                ++j;
            if (j >= n || text.at(j).isSpace()) {
                push(j);
                start = j;
                i = j - 1;
            }
        }
    }
    push(n);
    return out;
}

QList<EvidenceSpan> findAll(const QRegularExpression &r, const QString &text, int max,
                            QRegularExpression::MatchOptions options)
{
    QList<EvidenceSpan> out;
    auto it = r.globalMatch(text, 0, QRegularExpression::NormalMatch, options);
    while (it.hasNext() && out.size() < max) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        out.append({int(m.capturedStart()), int(m.capturedLength()), m.captured()});
    }
    return out;
}

int wordCount(const QString &text, const Range &range)
{
    int words = 0;
    bool inWord = false;
    for (int i = range.start; i < range.end; ++i) {
        const QChar c = text.at(i);
        const bool w = c.isLetterOrNumber() || c == u'\'' || c == u'’';
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    return words;
}

PhraseScan scanPhrases(const PhraseBook &book, const QString &text, const QString &lang)
{
    // Enough for any draft: a list with more hits than this is no evidence worth showing anyway.
    constexpr int kMaxHits = 4096;
    PhraseScan scan;
    scan.lang = lang;
    scan.sentences = sentences(text);
    // PCRE2 checks the whole subject for valid UTF-16 on every match call unless told it is; once
    // here is enough. A text with a lone surrogate takes the old way: every regex over the whole
    // text, where PCRE2 refuses it, so nothing matches (an anchored match after the bad character
    // would have matched).
    const bool valid = text.isValidUtf16();
    const QRegularExpression::MatchOptions checked =
        valid ? QRegularExpression::DontCheckSubjectStringMatchOption
              : QRegularExpression::NoMatchOption;

    // Each list and time rule is a matcher. Those with a slot in the book's StartIndex are tried
    // only at positions where one of their entries can begin, anchored there; the others scan
    // the whole text. Both give globalMatch's matches: leftmost first, none overlapping.
    struct Matcher
    {
        const QRegularExpression *regex = nullptr;
        QList<EvidenceSpan> *spans = nullptr; // a phrase list
        int rule = -1;                        // or a time rule
        qsizetype next = 0;                   // where the next match may begin
    };
    const QList<TimeRule> &rules = book.timeRules(lang);
    const StartIndex *index = valid ? book.startIndex(lang) : nullptr;
    std::array<int, StartIndex::kMaxSlots> bySlot;
    bySlot.fill(-1);
    quint64 wanted = 0;
    QList<Matcher> matchers;
    QList<QList<TimeMatch>> times(rules.size());
    auto addMatcher = [&](const Matcher &m, int slot) {
        if (index && slot >= 0) {
            bySlot[size_t(slot)] = int(matchers.size());
            wanted |= quint64(1) << slot;
            matchers.append(m);
            return;
        }
        if (m.spans) {
            *m.spans = findAll(*m.regex, text, kMaxHits, checked);
            return;
        }
        auto it = m.regex->globalMatch(text, 0, QRegularExpression::NormalMatch, checked);
        while (it.hasNext()) {
            QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                times[m.rule].append({m.rule, std::move(match)});
        }
    };
    for (size_t i = 0; i < size_t(Phrase::Count); ++i) {
        if (Phrase(i) == Phrase::Stopwords || Phrase(i) == Phrase::OfferRequest)
            continue;
        addMatcher({&book.regex(lang, Phrase(i)), &scan.lists[i], -1, 0},
                   book.startSlot(lang, Phrase(i)));
    }
    for (int r = 0; r < rules.size(); ++r)
        addMatcher({&rules[r].pattern, nullptr, r, 0}, rules[r].startSlot);

    const qsizetype n = text.size();
    for (qsizetype p = 0; p < n && wanted; ++p) {
        if (p > 0 && !phraseMayFollow(text[p - 1]))
            continue;
        quint64 due = index->candidates(text, p) & wanted;
        while (due) {
            const int slot = std::countr_zero(due);
            due &= due - 1;
            Matcher &m = matchers[bySlot[size_t(slot)]];
            if (p < m.next)
                continue;
            QRegularExpressionMatch match =
                index->anchored(slot).match(text, p, QRegularExpression::NormalMatch, checked);
            if (!match.hasMatch() || match.capturedLength() == 0)
                continue;
            m.next = match.capturedEnd();
            if (m.spans) {
                m.spans->append(
                    {int(match.capturedStart()), int(match.capturedLength()), match.captured()});
                if (m.spans->size() >= kMaxHits)
                    wanted &= ~(quint64(1) << slot);
            } else {
                times[m.rule].append({m.rule, std::move(match)});
            }
        }
    }
    for (QList<TimeMatch> &t : times)
        scan.times += std::move(t);
    return scan;
}

QString detectLanguage(const PhraseBook &book, const QString &text, const QString &fallback)
{
    // The first few hundred words decide the language as well as all of a long draft would.
    constexpr int kSample = 3000;
    if (text.size() > 2 * kSample + 1) // the sample itself is 2 * kSample + 1 long
        return detectLanguage(book, text.left(kSample) + u'\n' + text.right(kSample), fallback);
    QString best = fallback;
    int bestCount = 0;
    bool tie = false;
    for (const QString &lang : book.languages()) {
        int count = 0;
        auto it = book.regex(lang, Phrase::Stopwords).globalMatch(text);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        if (count > bestCount) {
            best = lang;
            bestCount = count;
            tie = false;
        } else if (count == bestCount && count > 0) {
            tie = true;
        }
    }
    if (tie || bestCount == 0)
        return fallback.isEmpty() ? QStringLiteral("nl") : fallback;
    return best;
}

Register detectRegister(const PhraseBook &book, const QString &text, const QString &lang)
{
    PhraseScan scan;
    scan.lang = lang;
    for (Phrase p : {Phrase::InformalPronouns, Phrase::FormalPronouns, Phrase::InformalGreetings,
                     Phrase::FormalGreetings})
        scan.lists[size_t(p)] = findAll(book.regex(lang, p), text);
    return detectRegister(book, text, scan);
}

Register detectRegister(const PhraseBook &book, const QString &text, const PhraseScan &scan)
{
    Register r;
    // At most 64 of each, as before the scan was shared: they are counted against each other.
    const QList<EvidenceSpan> informalPronouns = scan[Phrase::InformalPronouns].mid(0, 64);
    const QList<EvidenceSpan> formalPronouns = scan[Phrase::FormalPronouns].mid(0, 64);
    const QList<EvidenceSpan> informalGreetings = scan[Phrase::InformalGreetings].mid(0, 64);
    const QList<EvidenceSpan> formalGreetings = scan[Phrase::FormalGreetings].mid(0, 64);
    const QList<EvidenceSpan> emoji = findAll(book.emoji(), text);
    r.informalGreeting = !informalGreetings.isEmpty();
    r.formalGreeting = !formalGreetings.isEmpty();
    r.emoji = !emoji.isEmpty();
    r.informalMarks = informalPronouns + informalGreetings + emoji;
    r.formalMarks = formalPronouns + formalGreetings;
    // Pronouns decide when there are any (Dutch); otherwise greetings and emoji do (English).
    int informal = int(informalPronouns.size());
    int formal = int(formalPronouns.size());
    if (informal > formal)
        r.pronounForm = FormOfAddress::Informal;
    else if (formal > informal)
        r.pronounForm = FormOfAddress::Formal;
    if (informal == 0 && formal == 0) {
        informal = int(informalGreetings.size() + emoji.size());
        formal = int(formalGreetings.size());
    }
    if (informal > formal)
        r.form = FormOfAddress::Informal;
    else if (formal > informal)
        r.form = FormOfAddress::Formal;
    return r;
}

} // namespace kd::drafting
