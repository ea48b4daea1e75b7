// Finds commitments in a draft ("we bellen u morgen", "I'll send it by Friday") and resolves
// their time expression to a due date relative to the clock.
#pragma once

#include "domain/clock.h"
#include "phrasebook.h"
#include "replycheck.h"
#include "textanalysis.h"

#include <optional>

namespace kd {

class PromiseDetector
{
public:
    PromiseDetector(const PhraseBook &book, const Clock &clock);

    QList<DetectedPromise> detect(const QString &text, const QString &lang) const;
    // The same on a scan the caller already made of text (the reply checker's).
    QList<DetectedPromise> detect(const QString &text, const drafting::PhraseScan &scan) const;

    // The due time of a time expression found in text at match; nothing when it is not one.
    std::optional<QDateTime> resolve(const TimeRule &rule, const QRegularExpressionMatch &match,
                                     const QString &lang) const;

private:
    class LocalTimes;
    std::optional<QDateTime> resolve(const TimeRule &rule, const QRegularExpressionMatch &match,
                                     const QString &lang, LocalTimes &times) const;
    int amount(const TimeRule &rule, const QRegularExpressionMatch &match, const QString &lang) const;

    const PhraseBook &m_book;
    const Clock &m_clock;
};

} // namespace kd
