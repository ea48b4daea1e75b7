// The reply checks' vocabulary: a check's verdict with its evidence, and what the checker is told.
#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

enum class CheckStatus { Pass, Warn, Fail };
QString toString(CheckStatus status); // "pass", "warn", "fail"
template<> std::optional<CheckStatus> parse<CheckStatus>(const QString &code);

// A piece of the draft that satisfied (or broke) a rule. Offsets are in UTF-16 code units of the
// draft as given, so a QTextCursor or a JavaScript string can use them unchanged.
struct EvidenceSpan
{
    int start = 0;
    int length = 0;
    QString text;
};

struct CheckResult
{
    QString id;      // stable: "apology.harm", "zekep.short", ... (docs/reply-checks.md)
    CheckStatus status = CheckStatus::Pass;
    QList<EvidenceSpan> evidence; // what satisfied the rule, or what broke it
    QString hint;    // why this verdict: the missing piece, or what to change
};

// What the checker needs to know about the channel; filled from a Channel row or the CLI.
struct ChannelRules
{
    QString code;             // "twitter", "email", ...; empty when not known
    bool isPublic = false;
    std::optional<int> replyLimit;
};

struct ReplyContext
{
    QString customerMessage;  // the customer's own words, for register and "situation" overlap
    ChannelRules channel;
    QString customerName;     // "Sanne de Vries" or "@sannedv"; empty when not known
    QString agentName;        // "Mark Jansen"; empty when not known
    QString language;         // "nl", "en", or empty for auto-detection
    FormOfAddress customerForm = FormOfAddress::Unknown; // stored preference; overrides detection
};

// How someone writes: Dutch je/jij versus u, informal versus formal greeting, emoji.
struct Register
{
    FormOfAddress form = FormOfAddress::Unknown;
    FormOfAddress pronounForm = FormOfAddress::Unknown; // from je/jij versus u alone (Dutch)
    bool informalGreeting = false;
    bool formalGreeting = false;
    bool emoji = false;
    QList<EvidenceSpan> informalMarks; // pronouns, greetings, emoji
    QList<EvidenceSpan> formalMarks;
};

// "we bellen u morgen": a commitment in the draft, with its due time when one could be resolved.
struct DetectedPromise
{
    EvidenceSpan sentence;            // the whole sentence that holds the promise
    EvidenceSpan when;                // the time expression; empty when there is none
    std::optional<QDateTime> due;     // resolved against the clock; nothing when vague or absent
    bool vague = false;               // "zo snel mogelijk", "soon": a when that is no date
};

struct ReplyCheckReport
{
    QString language;                 // the language the checks used
    Register customerRegister;
    Register replyRegister;
    QList<CheckResult> checks;        // in the order of allCheckIds()
    QList<DetectedPromise> promises;

    const CheckResult *find(const QString &id) const;
    CheckStatus worst() const;
};

// Every check id in the order the checklist shows them.
const QStringList &allCheckIds();
// A short English title per check id, translatable (context "kd::ReplyChecker").
QString checkTitle(const QString &id);

} // namespace kd
