// Platform layer: isatty on POSIX, _isatty on Windows. The one place such calls belong (see
// packaging/windows/README.md, "Portability of the code").
#include "platform/terminal.h"

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace kd::platform {

bool isTerminal(std::FILE *stream)
{
    if (!stream)
        return false;
#ifdef _WIN32
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

} // namespace kd::platform
