// The platform layer answers the same way on every system for streams that are not terminals.
#include "platform/terminal.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace kd;

TEST_CASE("a regular file is not a terminal", "[platform]")
{
    std::FILE *file = std::tmpfile();
    REQUIRE(file != nullptr);
    CHECK_FALSE(platform::isTerminal(file));
    std::fclose(file);
}

TEST_CASE("a missing stream is not a terminal", "[platform]")
{
    CHECK_FALSE(platform::isTerminal(nullptr));
}
