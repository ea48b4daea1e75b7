// Sentence splitting, language and register detection for the reply checks.
#include "textanalysis.h"

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

QList<EvidenceSpan> findAll(const QRegularExpression &r, const QString &text, int max)
{
    QList<EvidenceSpan> out;
    auto it = r.globalMatch(text);
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
    for (size_t i = 0; i < size_t(Phrase::Count); ++i) {
        if (Phrase(i) == Phrase::Stopwords || Phrase(i) == Phrase::OfferRequest)
            continue;
        scan.lists[i] = findAll(book.regex(lang, Phrase(i)), text, kMaxHits);
    }
    const QList<TimeRule> &rules = book.timeRules(lang);
    for (int r = 0; r < rules.size(); ++r) {
        auto it = rules[r].pattern.globalMatch(text);
        while (it.hasNext()) {
            QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                scan.times.append({r, std::move(m)});
        }
    }
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
