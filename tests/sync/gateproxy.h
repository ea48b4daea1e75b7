// A TCP proxy on loopback that the test opens and shuts like a server going down and coming
// back: while shut it drops every connection (open ones and new ones); the port stays the same.
#pragma once

#include "loopbackproxy.h"

#include <atomic>

namespace kd::test {

class GateProxy
{
public:
    GateProxy(int upstreamPort, bool open)
        : m_open(open), m_proxy(upstreamPort, 20, {[this] { return m_open.load(); }})
    {
    }
    int port() const { return m_proxy.port(); }
    void setOpen(bool open) { m_open = open; }
    int refused() const { return m_proxy.refused(); }

private:
    std::atomic<bool> m_open;
    LoopbackProxy m_proxy; // last: its thread stops before m_open goes
};

} // namespace kd::test
