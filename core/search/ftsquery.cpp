// FTS5 query text built only from quoted words, never from the user's own syntax.
#include "ftsquery.h"

#include <QList>
#include <QSet>

#include <algorithm>

namespace kd::fts {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QString quoted(const QString &token)
{
    // Tokens hold no '"' (see isWordChar), but doubling keeps the promise even if that changes.
    QString t = token;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

QStringList tokens(const QString &text, int maxTokens)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty() && out.size() < maxTokens)
            out << current.left(64).toLower();
        current.clear();
    };
    for (const QChar c : text) {
        if (c.isSurrogate()) { // letters outside the BMP are rare here; treat as separators
            flush();
            continue;
        }
        if (isWordChar(c))
            current += c;
        else
            flush();
    }
    flush();
    return out;
}

QString matchAll(const QStringList &tokens, bool prefixLast)
{
    QStringList parts;
    for (int i = 0; i < tokens.size(); ++i) {
        QString part = quoted(tokens.at(i));
        if (prefixLast && i == tokens.size() - 1 && fold(tokens.at(i)).size() >= 2)
            part += QLatin1Char('*');
        parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

QString matchAny(const QStringList &tokens)
{
    QStringList parts;
    for (const QString &t : tokens)
        parts << quoted(t);
    return parts.join(QStringLiteral(" OR "));
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (!c.isMark())
            out += c.toLower();
    return out;
}

QString snippet(const QString &text, const QStringList &tokens, int width)
{
    QStringList folded;
    for (const QString &t : tokens)
        folded << fold(t);
    // Words of the text with their positions, compared folded.
    struct Word
    {
        qsizetype start;
        qsizetype length;
        bool hit;
    };
    QList<Word> words;
    qsizetype firstHit = -1;
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && isWordChar(text.at(j)))
            ++j;
        const QString w = fold(text.mid(i, j - i));
        bool hit = false;
        for (int k = 0; k < folded.size() && !hit; ++k)
            hit = w == folded.at(k) || (k == folded.size() - 1 && folded.at(k).size() >= 2
                                        && w.startsWith(folded.at(k)));
        words.append({i, j - i, hit});
        if (hit && firstHit < 0)
            firstHit = i;
        i = j;
    }
    qsizetype from = 0;
    if (firstHit > width / 3)
        from = firstHit - width / 3;
    // Start and end on word boundaries.
    while (from > 0 && from < text.size() && isWordChar(text.at(from - 1)))
        ++from;
    qsizetype to = std::min<qsizetype>(text.size(), from + width);
    while (to < text.size() && isWordChar(text.at(to)))
        ++to;
    QString out;
    if (from > 0)
        out += QChar(0x2026);
    qsizetype pos = from;
    for (const Word &w : words) {
        if (w.start < from || w.start + w.length > to || !w.hit)
            continue;
        out += text.mid(pos, w.start - pos);
        out += QLatin1Char('[') + text.mid(w.start, w.length) + QLatin1Char(']');
        pos = w.start + w.length;
    }
    out += text.mid(pos, to - pos);
    if (to < text.size())
        out += QChar(0x2026);
    return out.simplified();
}

bool isStopWord(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *x :
             {// Dutch
              "de", "het", "een", "en", "of", "maar", "dat", "die", "dit", "deze", "is", "was",
              "ben", "bent", "zijn", "heb", "hebt", "heeft", "hebben", "had", "ik", "je", "jij",
              "u", "uw", "we", "wij", "ze", "zij", "hij", "mijn", "mij", "me", "ons", "onze",
              "jullie", "hun", "niet", "geen", "wel", "nog", "al", "ook", "er", "daar", "hier",
              "in", "op", "aan", "met", "voor", "van", "naar", "bij", "om", "tot", "uit", "over",
              "te", "door", "als", "dan", "toen", "nu", "kan", "kunt", "kon", "wil", "wilt",
              "moet", "moest", "zou", "zal", "wordt", "werd", "worden", "graag", "heel", "erg",
              "zo", "wat", "wie", "waar", "hoe", "waarom", "want", "omdat", "dus", "nog", "meer",
              "alle", "alles", "iets", "niets", "keer", "weer", "even", "gewoon", "echt", "toch",
              "sinds", "na", "zonder", "tegen", "onder", "tussen", "hallo", "beste", "geachte",
              "groet", "groeten", "vriendelijke", "mvg", "dank", "bedankt",
              // English
              "the", "a", "an", "and", "or", "but", "that", "this", "these", "those", "is", "are",
              "was", "were", "be", "been", "have", "has", "had", "i", "you", "he", "she", "it",
              "we", "they", "my", "me", "our", "your", "their", "not", "no", "yes", "still", "in",
              "on", "at", "with", "for", "of", "to", "from", "by", "about", "as", "than", "then",
              "now", "can", "could", "will", "would", "should", "must", "do", "did", "does",
              "what", "who", "where", "how", "why", "because", "so", "very", "just", "again",
              "hello", "dear", "regards", "thanks", "thank", "please"})
            s.insert(QString::fromLatin1(x));
        return s;
    }();
    return w.size() < 3 || words.contains(w);
}

} // namespace kd::fts
