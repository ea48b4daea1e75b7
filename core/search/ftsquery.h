// Turning whatever a user types into a safe FTS5 query, and folding text the way the index does.
#pragma once

#include <QString>
#include <QStringList>

namespace kd::fts {

// The words of a text as the search sees them: runs of letters, digits and combining marks,
// lower-cased. Everything else (quotes, brackets, operators, '*', '^', ':') separates words, so
// no user text can become FTS5 syntax. At most maxTokens words of at most 64 characters.
QStringList tokens(const QString &text, int maxTokens = 8);

// Every token must occur (implicit AND); each token is a quoted string. With prefixLast the last
// token also matches longer words ("leverti" finds "levertijd") when it has two or more
// characters. Empty when the text has no words: callers then skip the full-text query.
QString matchAll(const QStringList &tokens, bool prefixLast = true);

// Any of the tokens (OR), each as a whole word; for "similar to" queries.
QString matchAny(const QStringList &tokens);

// Lower case without diacritics ("Café Überweg" -> "cafe uberweg"), as remove_diacritics does.
QString fold(const QString &text);

// A short piece of text around the first word that matches one of the tokens (accents and
// case ignored, the last token also as a prefix), with matched words in [brackets].
QString snippet(const QString &text, const QStringList &tokens, int width = 120);

// True for common Dutch and English words that say nothing about a complaint's subject.
bool isStopWord(const QString &foldedWord);

} // namespace kd::fts
