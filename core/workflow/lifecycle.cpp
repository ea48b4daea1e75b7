// Transition table and the conditions for resolving and closing, with messages for people.
#include "lifecycle.h"

#include <QCoreApplication>

namespace kd {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::Lifecycle", text);
}

using S = ComplaintStatus;

} // namespace

QList<ComplaintStatus> Lifecycle::allowedTargets(ComplaintStatus from)
{
    switch (from) {
    case S::New: return {S::Acknowledged, S::InProgress, S::WaitingForCustomer, S::Resolved};
    case S::Acknowledged: return {S::InProgress, S::WaitingForCustomer, S::Resolved};
    case S::InProgress: return {S::WaitingForCustomer, S::Resolved};
    case S::WaitingForCustomer: return {S::InProgress, S::Resolved};
    case S::Resolved: return {S::Closed, S::InProgress};
    case S::Closed: return {S::InProgress};
    }
    return {};
}

bool Lifecycle::isAllowed(ComplaintStatus from, ComplaintStatus to)
{
    return from == to || allowedTargets(from).contains(to);
}

bool Lifecycle::isReopen(ComplaintStatus from, ComplaintStatus to)
{
    return (from == S::Resolved || from == S::Closed) && to == S::InProgress;
}

Status Lifecycle::check(ComplaintStatus from, ComplaintStatus to, const LifecycleFacts &facts)
{
    if (from == to)
        return {};
    auto refuse = [&](const QString &message) {
        Error e = makeError(ErrorCode::Conflict, message, facts.reference);
        e.field = QStringLiteral("status");
        return Status(e);
    };
    if (to == S::New)
        return refuse(tr("A complaint cannot go back to \"new\"; use \"in_progress\" to work on "
                         "it again."));
    if (to == S::Closed && from != S::Resolved)
        return refuse(tr("Cannot close a complaint that is \"%1\": resolve it first (it needs a "
                         "solution and a reply to the customer).")
                          .arg(toString(from)));
    if (from == S::Closed && to != S::InProgress)
        return refuse(tr("A closed complaint can only be reopened (status \"in_progress\"), not "
                         "set to \"%1\".")
                          .arg(toString(to)));
    if (!allowedTargets(from).contains(to)) {
        QStringList codes;
        for (ComplaintStatus s : allowedTargets(from))
            codes << toString(s);
        return refuse(tr("A complaint cannot go from \"%1\" to \"%2\"; from \"%1\" it can go to: "
                         "%3.")
                          .arg(toString(from), toString(to), codes.join(QStringLiteral(", "))));
    }
    if (to == S::Resolved) {
        if (!facts.hasSolution)
            return refuse(tr("Cannot resolve without a recorded solution: record what was done "
                             "first (set REF solution \"...\" or the assessment panel)."));
        if (facts.repliesToCustomer == 0 && !facts.hasNoReplyReason)
            return refuse(tr("Cannot resolve before the customer had at least one reply: send or "
                             "record a reply, or state why none was possible "
                             "(set REF no_reply_reason \"...\")."));
    }
    return {};
}

} // namespace kd
