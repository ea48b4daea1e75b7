// Translated display names of the domain's codes, so every screen words them alike.
#pragma once

#include "domain/enums.h"

#include <QString>

namespace kd::uitext {

QString severity(Severity v);
QString justified(Justified v);
QString status(ComplaintStatus v);
QString direction(Direction v);
QString kind(InteractionKind v);
QString formOfAddress(FormOfAddress v);

} // namespace kd::uitext
