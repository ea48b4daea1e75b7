// Platform layer: whether an output stream is an interactive terminal, on POSIX and Windows alike.
#pragma once

#include <cstdio>

namespace kd::platform {

// True when the stream is a console or terminal a person watches, false for a file, a pipe or no
// stream. Commands draw progress bars only then, so logs and pipes stay clean.
bool isTerminal(std::FILE *stream);

} // namespace kd::platform
