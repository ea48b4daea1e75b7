// A TCP proxy on loopback for the sync tests: forwards to the server and drops the connection
// (both sides) once N bytes have passed, to cut a sync at any point of the protocol.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <thread>

namespace kd::test {

class CutProxy
{
public:
    // cutAfter < 0: never cut. The cut applies to the bytes of all connections together.
    CutProxy(int upstreamPort, long long cutAfter) : m_upstream(upstreamPort), m_budget(cutAfter)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 16);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~CutProxy()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }
    int port() const { return m_port; }
    long long forwarded() const { return m_forwarded; }
    bool cut() const { return m_cut; }

private:
    void run()
    {
        struct Pair { int client; int server; };
        std::vector<Pair> pairs;
        char buf[16384];
        while (!m_stop) {
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
            for (const Pair &p : pairs) {
                fds.push_back({p.client, POLLIN, 0});
                fds.push_back({p.server, POLLIN, 0});
            }
            if (::poll(fds.data(), fds.size(), 50) <= 0)
                continue;
            // Only the pairs polled above have entries in fds; one accepted now waits for the next
            // round (reading its revents past the end of fds was a heap overflow under ASan).
            const size_t polled = pairs.size();
            if (fds[0].revents & POLLIN) {
                const int c = ::accept(m_listen, nullptr, nullptr);
                const int s = ::socket(AF_INET, SOCK_STREAM, 0);
                sockaddr_in a{};
                a.sin_family = AF_INET;
                a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                a.sin_port = htons(m_upstream);
                if (m_cut || ::connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
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
                    if (!(f.revents & (POLLIN | POLLHUP | POLLERR)))
                        continue;
                    const int from = side == 0 ? pairs[i].client : pairs[i].server;
                    const int to = side == 0 ? pairs[i].server : pairs[i].client;
                    ssize_t n = ::read(from, buf, sizeof buf);
                    if (n <= 0) {
                        dead = true;
                        break;
                    }
                    if (m_budget >= 0 && m_forwarded + n > m_budget) {
                        n = static_cast<ssize_t>(m_budget - m_forwarded);
                        if (n > 0)
                            (void)::write(to, buf, n);
                        m_forwarded += n;
                        m_cut = true;
                        dead = true;
                        break;
                    }
                    if (::write(to, buf, n) != n)
                        dead = true;
                    m_forwarded += n;
                }
                if (dead || m_cut) {
                    ::shutdown(pairs[i].client, SHUT_RDWR);
                    ::shutdown(pairs[i].server, SHUT_RDWR);
                    ::close(pairs[i].client);
                    ::close(pairs[i].server);
                } else {
                    alive.push_back(pairs[i]);
                }
            }
            pairs = alive;
        }
        for (const Pair &p : pairs) {
            ::close(p.client);
            ::close(p.server);
        }
    }

    int m_listen = -1;
    int m_port = 0;
    int m_upstream = 0;
    long long m_budget = -1;
    std::atomic<long long> m_forwarded{0};
    std::atomic<bool> m_cut{false};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace kd::test
