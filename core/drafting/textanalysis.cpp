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

QString detectLanguage(const PhraseBook &book, const QString &text, const QString &fallback)
{
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
    Register r;
    const QList<EvidenceSpan> informalPronouns = findAll(book.regex(lang, Phrase::InformalPronouns), text);
    const QList<EvidenceSpan> formalPronouns = findAll(book.regex(lang, Phrase::FormalPronouns), text);
    const QList<EvidenceSpan> informalGreetings = findAll(book.regex(lang, Phrase::InformalGreetings), text);
    const QList<EvidenceSpan> formalGreetings = findAll(book.regex(lang, Phrase::FormalGreetings), text);
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
