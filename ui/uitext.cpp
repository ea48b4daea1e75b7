// The words users see for each code; the codes themselves never reach the screen.
#include "uitext.h"

#include <QCoreApplication>

namespace kd::uitext {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kd::uitext", text);
}
} // namespace

QString severity(Severity v)
{
    switch (v) {
    case Severity::Low: return tr("Low");
    case Severity::Normal: return tr("Normal");
    case Severity::High: return tr("High");
    case Severity::Critical: return tr("Critical");
    }
    return {};
}

QString justified(Justified v)
{
    switch (v) {
    case Justified::Unknown: return tr("Not yet known");
    case Justified::Yes: return tr("Justified");
    case Justified::Partly: return tr("Partly justified");
    case Justified::No: return tr("Not justified");
    }
    return {};
}

QString status(ComplaintStatus v)
{
    switch (v) {
    case ComplaintStatus::New: return tr("New");
    case ComplaintStatus::Acknowledged: return tr("Acknowledged");
    case ComplaintStatus::InProgress: return tr("In progress");
    case ComplaintStatus::WaitingForCustomer: return tr("Waiting for customer");
    case ComplaintStatus::Resolved: return tr("Resolved");
    case ComplaintStatus::Closed: return tr("Closed");
    }
    return {};
}

QString direction(Direction v)
{
    switch (v) {
    case Direction::Inbound: return tr("From customer");
    case Direction::Outbound: return tr("To customer");
    case Direction::Internal: return tr("Internal");
    }
    return {};
}

QString kind(InteractionKind v)
{
    switch (v) {
    case InteractionKind::Message: return tr("Message");
    case InteractionKind::CallNote: return tr("Call note");
    case InteractionKind::Reply: return tr("Reply");
    case InteractionKind::Note: return tr("Note");
    }
    return {};
}

QString formOfAddress(FormOfAddress v)
{
    switch (v) {
    case FormOfAddress::Unknown: return tr("Not known");
    case FormOfAddress::Informal: return tr("Informal (je)");
    case FormOfAddress::Formal: return tr("Formal (u)");
    }
    return {};
}

} // namespace kd::uitext
