// The loop the sync tests' TCP proxies share (cutproxy.h, gateproxy.h): a port of its own on
// loopback whose clients are each connected to the server's port, the bytes copied both ways on one
// thread. The proxy that owns it decides when it is open and how many bytes of a read may pass.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace kd::test {

class LoopbackProxy
{
public:
    struct Rules
    {
        // While false, new connections are refused and open ones dropped.
        std::function<bool()> open;
        // Of n bytes read, how many go on; fewer drops that connection after them.
        std::function<ssize_t(ssize_t n)> pass = [](ssize_t n) { return n; };
    };

    // Starts at once: the owner's state the rules read must be there before, and outlive it.
    LoopbackProxy(int upstreamPort, int pollMs, Rules rules)
        : m_upstream(upstreamPort), m_pollMs(pollMs), m_rules(std::move(rules))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a = loopback(0);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 16);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~LoopbackProxy()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }
    int port() const { return m_port; }
    int refused() const { return m_refused; }

private:
    struct Pair
    {
        int client;
        int server;
    };
    static sockaddr_in loopback(int port)
    {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(port);
        return a;
    }
    static void drop(const Pair &p)
    {
        ::shutdown(p.client, SHUT_RDWR);
        ::shutdown(p.server, SHUT_RDWR);
        ::close(p.client);
        ::close(p.server);
    }
    // Copies what one side of a pair has to the other; false: the pair is done.
    bool copy(int from, int to, char *buf, size_t size)
    {
        const ssize_t n = ::read(from, buf, size);
        if (n <= 0)
            return false;
        const ssize_t passed = m_rules.pass(n);
        if (passed > 0 && ::write(to, buf, passed) != passed)
            return false;
        return passed == n;
    }
    void run()
    {
        std::vector<Pair> pairs;
        char buf[16384];
        while (!m_stop) {
            if (!m_rules.open()) {
                for (const Pair &p : pairs)
                    drop(p);
                pairs.clear();
            }
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
            for (const Pair &p : pairs) {
                fds.push_back({p.client, POLLIN, 0});
                fds.push_back({p.server, POLLIN, 0});
            }
            if (::poll(fds.data(), fds.size(), m_pollMs) <= 0)
                continue;
            // Only the pairs polled above have entries in fds; one accepted now waits for the next
            // round (reading its revents past the end of fds was a heap overflow under ASan).
            const size_t polled = pairs.size();
            if (fds[0].revents & POLLIN) {
                const int c = ::accept(m_listen, nullptr, nullptr);
                const int s = ::socket(AF_INET, SOCK_STREAM, 0);
                const sockaddr_in a = loopback(m_upstream);
                if (!m_rules.open() ||
                    ::connect(s, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) {
                    ++m_refused;
                    ::close(c);
                    ::close(s);
                } else {
                    pairs.push_back({c, s});
                }
            }
            std::vector<Pair> alive;
            for (size_t i = 0; i < pairs.size(); ++i) {
                if (i >= polled) {
                    alive.push_back(pairs[i]);
                    continue;
                }
                bool dead = false;
                for (int side = 0; side < 2 && !dead; ++side) {
                    const pollfd &f = fds[1 + 2 * i + side];
                    if (f.revents & (POLLIN | POLLHUP | POLLERR))
                        dead = side == 0 ? !copy(pairs[i].client, pairs[i].server, buf, sizeof buf)
                                         : !copy(pairs[i].server, pairs[i].client, buf, sizeof buf);
                }
                // Closed while copying (a cut): the pairs after this one go at once too.
                if (dead || !m_rules.open())
                    drop(pairs[i]);
                else
                    alive.push_back(pairs[i]);
            }
            pairs = alive;
        }
        for (const Pair &p : pairs)
            drop(p);
    }

    int m_listen = -1;
    int m_port = 0;
    int m_upstream = 0;
    int m_pollMs = 0;
    Rules m_rules;
    std::atomic<int> m_refused{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace kd::test
