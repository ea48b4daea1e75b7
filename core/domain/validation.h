// Rules a complaint and a customer must meet before they are stored, with messages for people.
#pragma once

#include "entities.h"
#include "error.h"

namespace kd {

Status validate(const Complaint &complaint);
Status validate(const Customer &customer);
Status validate(const Interaction &interaction);

} // namespace kd
