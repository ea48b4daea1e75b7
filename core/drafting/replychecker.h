// Checks a draft reply against the rules of good complaint communication: the five-part apology,
// the triad, ZEKEP, the explanation, tone mirroring, the channel's rules and the don'ts.
// Deterministic and explainable: every verdict carries its evidence in the draft or a hint.
#pragma once

#include "domain/clock.h"
#include "phrasebook.h"
#include "promisedetector.h"
#include "replycheck.h"

#include <memory>

namespace kd {

class ReplyChecker
{
public:
    // Uses the embedded phrase lists unless a book is given (a supervisor's edited lists).
    explicit ReplyChecker(const Clock &clock, std::shared_ptr<const PhraseBook> book = {});

    ReplyCheckReport check(const QString &draft, const ReplyContext &context) const;

    const PhraseBook &phraseBook() const { return *m_bookPtr; }

private:
    struct Scan; // matches of every list over the draft, computed once per check
    void checkApology(const Scan &s, const ReplyContext &c, QList<CheckResult> &out) const;
    void checkTriad(const Scan &s, QList<CheckResult> &out) const;
    void checkZekep(const Scan &s, const ReplyContext &c, QList<CheckResult> &out) const;
    CheckResult checkExplanation(const Scan &s, const ReplyContext &c) const;
    CheckResult checkTone(const Scan &s, const ReplyContext &c, ReplyCheckReport &report) const;
    void checkChannel(const Scan &s, const ReplyContext &c, QList<CheckResult> &out) const;
    void checkDonts(const Scan &s, const ReplyContext &c, QList<CheckResult> &out) const;

    std::shared_ptr<const PhraseBook> m_book;
    const PhraseBook *m_bookPtr;
    const Clock &m_clock;
};

} // namespace kd
