// Small text measures the reply checks share: sentences, spans of a regex, language and register.
#pragma once

#include "phrasebook.h"
#include "replycheck.h"

#include <QList>
#include <QRegularExpressionMatch>
#include <QString>

#include <array>

namespace kd::drafting {

struct Range
{
    int start = 0;
    int end = 0; // one past the last character
    bool contains(int pos) const { return pos >= start && pos < end; }
};

// Sentences split at . ! ? followed by white space, and at line breaks; trimmed, never empty.
QList<Range> sentences(const QString &text);

// Every match of r in text as evidence, at most max of them.
QList<EvidenceSpan>
findAll(const QRegularExpression &r, const QString &text, int max = 64,
        QRegularExpression::MatchOptions options = QRegularExpression::NoMatchOption);

// A time rule's match in the whole text: which rule (index in PhraseBook::timeRules) and where.
struct TimeMatch
{
    int rule = 0;
    QRegularExpressionMatch match;
};

// Every phrase list and time rule of one language, matched once over a text. The checks and the
// promise detector read the same scan: on a 2,000-word draft the regexes are most of the cost, so
// none of them may run twice (docs/reply-checks.md "Speed").
struct PhraseScan
{
    QString lang;
    QList<Range> sentences;
    std::array<QList<EvidenceSpan>, size_t(Phrase::Count)> lists;
    QList<TimeMatch> times; // ordered by rule, then by position

    const QList<EvidenceSpan> &operator[](Phrase p) const { return lists[size_t(p)]; }
};

// Lists that only the language detection and the customer's message use are not scanned.
PhraseScan scanPhrases(const PhraseBook &book, const QString &text, const QString &lang);

// Words as runs of letters, digits and apostrophes.
int wordCount(const QString &text, const Range &range);

// "nl" or "en" by counting each language's stop words; fallback when neither wins.
QString detectLanguage(const PhraseBook &book, const QString &text, const QString &fallback);

// The register of a text: Dutch pronouns, greetings and emoji (docs/reply-checks.md "tone").
Register detectRegister(const PhraseBook &book, const QString &text, const QString &lang);
// The same from a scan already made of text (only the emoji are looked for again).
Register detectRegister(const PhraseBook &book, const QString &text, const PhraseScan &scan);

} // namespace kd::drafting
