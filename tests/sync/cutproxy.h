// A TCP proxy on loopback for the sync tests: forwards to the server and drops the connection
// (both sides) once N bytes have passed, to cut a sync at any point of the protocol.
#pragma once

#include "loopbackproxy.h"

#include <atomic>

namespace kd::test {

class CutProxy
{
public:
    // cutAfter < 0: never cut. The cut applies to the bytes of all connections together.
    CutProxy(int upstreamPort, long long cutAfter)
        : m_budget(cutAfter), m_proxy(upstreamPort, 50, rules())
    {
    }
    int port() const { return m_proxy.port(); }
    long long forwarded() const { return m_forwarded; }
    bool cut() const { return m_cut; }

private:
    // Once cut, it stays shut: every connection is dropped and new ones are refused.
    LoopbackProxy::Rules rules()
    {
        return {[this] { return !m_cut; },
                [this](ssize_t n) {
                    if (m_budget >= 0 && m_forwarded + n > m_budget) {
                        n = static_cast<ssize_t>(m_budget - m_forwarded);
                        m_cut = true;
                    }
                    m_forwarded += n;
                    return n;
                }};
    }

    long long m_budget = -1;
    std::atomic<long long> m_forwarded{0};
    std::atomic<bool> m_cut{false};
    LoopbackProxy m_proxy; // last: its thread stops before the members above go
};

} // namespace kd::test
