// Small text measures the reply checks share: sentences, spans of a regex, language and register.
#pragma once

#include "phrasebook.h"
#include "replycheck.h"

#include <QList>
#include <QString>

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
QList<EvidenceSpan> findAll(const QRegularExpression &r, const QString &text, int max = 64);

// Words as runs of letters, digits and apostrophes.
int wordCount(const QString &text, const Range &range);

// "nl" or "en" by counting each language's stop words; fallback when neither wins.
QString detectLanguage(const PhraseBook &book, const QString &text, const QString &fallback);

// The register of a text: Dutch pronouns, greetings and emoji (docs/reply-checks.md "tone").
Register detectRegister(const PhraseBook &book, const QString &text, const QString &lang);

} // namespace kd::drafting
