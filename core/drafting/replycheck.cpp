// Codes and titles of the reply checks.
#include "replycheck.h"

#include <QCoreApplication>

namespace kd {

QString toString(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Fail: return QStringLiteral("fail");
    }
    return {};
}

template<>
std::optional<CheckStatus> parse<CheckStatus>(const QString &code)
{
    if (code == QLatin1String("pass"))
        return CheckStatus::Pass;
    if (code == QLatin1String("warn"))
        return CheckStatus::Warn;
    if (code == QLatin1String("fail"))
        return CheckStatus::Fail;
    return std::nullopt;
}

const CheckResult *ReplyCheckReport::find(const QString &id) const
{
    for (const CheckResult &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

CheckStatus ReplyCheckReport::worst() const
{
    CheckStatus w = CheckStatus::Pass;
    for (const CheckResult &c : checks)
        if (int(c.status) > int(w))
            w = c.status;
    return w;
}

namespace {
struct Title
{
    const char *id;
    const char *title;
};
// The order here is the checklist's order.
constexpr Title kTitles[] = {
    {"apology.situation", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Apology 1: describe the situation")},
    {"apology.harm", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Apology 2: acknowledge the harm")},
    {"apology.responsibility", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Apology 3: take responsibility")},
    {"apology.sorry_prevent", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Apology 4: say sorry, prevent a repeat")},
    {"apology.forgiveness_makegood", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Apology 5: forgiveness or make-good")},
    {"triad.understanding", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Triad: show understanding")},
    {"triad.apology", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Triad: apologise")},
    {"triad.solution", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Triad: solve")},
    {"zekep.businesslike", QT_TRANSLATE_NOOP("kd::ReplyChecker", "ZEKEP: businesslike")},
    {"zekep.empathetic", QT_TRANSLATE_NOOP("kd::ReplyChecker", "ZEKEP: empathetic")},
    {"zekep.short", QT_TRANSLATE_NOOP("kd::ReplyChecker", "ZEKEP: short")},
    {"zekep.effective", QT_TRANSLATE_NOOP("kd::ReplyChecker", "ZEKEP: effective (next step and when)")},
    {"zekep.personal", QT_TRANSLATE_NOOP("kd::ReplyChecker", "ZEKEP: personal")},
    {"explanation", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Explain why it happened")},
    {"tone.register", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Tone mirrors the customer")},
    {"channel.move_private", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Public: move to a private message")},
    {"channel.personal_data", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Public: no personal data")},
    {"channel.no_call_request", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Do not ask the customer to call")},
    {"channel.same_channel", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Answer on the same channel")},
    {"dont.defensive", QT_TRANSLATE_NOOP("kd::ReplyChecker", "No defending or blaming")},
    {"dont.sales", QT_TRANSLATE_NOOP("kd::ReplyChecker", "No sales pitch")},
    {"dont.explain_again", QT_TRANSLATE_NOOP("kd::ReplyChecker", "Do not make them explain again")},
    {"dont.promise_without_date", QT_TRANSLATE_NOOP("kd::ReplyChecker", "No promise without a date")},
    {"dont.condescending", QT_TRANSLATE_NOOP("kd::ReplyChecker", "No condescending wording")},
};
} // namespace

const QStringList &allCheckIds()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const Title &t : kTitles)
            out << QLatin1String(t.id);
        return out;
    }();
    return ids;
}

QString checkTitle(const QString &id)
{
    for (const Title &t : kTitles)
        if (id == QLatin1String(t.id))
            return QCoreApplication::translate("kd::ReplyChecker", t.title);
    return id;
}

} // namespace kd
