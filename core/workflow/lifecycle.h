// The complaint status lifecycle: which moves are allowed and what a move needs first.
#pragma once

#include "domain/enums.h"
#include "domain/error.h"

#include <QList>

namespace kd {

// What the lifecycle needs to know about a complaint to judge a move.
struct LifecycleFacts
{
    QString reference;
    bool hasSolution = false;
    int repliesToCustomer = 0; // outbound interactions that are not internal notes
    bool hasNoReplyReason = false;
};

class Lifecycle
{
public:
    // The statuses a complaint in `from` may move to (the same status is always allowed: no-op).
    static QList<ComplaintStatus> allowedTargets(ComplaintStatus from);
    static bool isAllowed(ComplaintStatus from, ComplaintStatus to);
    // Reopening: from resolved or closed back to in progress.
    static bool isReopen(ComplaintStatus from, ComplaintStatus to);
    // Ok, or a Conflict error whose message says why and what to do instead.
    static Status check(ComplaintStatus from, ComplaintStatus to, const LifecycleFacts &facts);
};

} // namespace kd
