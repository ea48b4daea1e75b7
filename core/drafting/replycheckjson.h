// The stable JSON form of a reply check report (docs/reply-checks.md), for the CLI and exports.
#pragma once

#include "replycheck.h"

#include <QJsonObject>

namespace kd {

QJsonObject toJson(const ReplyCheckReport &report);
QJsonObject toJson(const CheckResult &check);

} // namespace kd
