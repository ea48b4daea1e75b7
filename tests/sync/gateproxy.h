// A TCP proxy on loopback that the test opens and shuts like a server going down and coming
// back: while shut it drops every connection (open ones and new ones); the port stays the same.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

namespace kd::test {

class GateProxy
{
public:
    GateProxy(int upstreamPort, bool open) : m_upstream(upstreamPort), m_open(open)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 16);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~GateProxy()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }
    int port() const { return m_port; }
    void setOpen(bool open) { m_open = open; }
    int refused() const { return m_refused; }

private:
    struct Pair
    {
        int client;
        int server;
    };
    static void drop(const Pair &p)
    {
        ::shutdown(p.client, SHUT_RDWR);
        ::shutdown(p.server, SHUT_RDWR);
        ::close(p.client);
        ::close(p.server);
    }
    void run()
    {
        std::vector<Pair> pairs;
        char buf[16384];
        while (!m_stop) {
            if (!m_open) {
                for (const Pair &p : pairs)
                    drop(p);
                pairs.clear();
            }
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
            for (const Pair &p : pairs) {
                fds.push_back({p.client, POLLIN, 0});
                fds.push_back({p.server, POLLIN, 0});
            }
            if (::poll(fds.data(), fds.size(), 20) <= 0)
                continue;
            // Only the pairs polled above have entries in fds (see cutproxy.h).
            const size_t polled = pairs.size();
            if (fds[0].revents & POLLIN) {
                const int c = ::accept(m_listen, nullptr, nullptr);
                const int s = ::socket(AF_INET, SOCK_STREAM, 0);
                sockaddr_in a{};
                a.sin_family = AF_INET;
                a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                a.sin_port = htons(m_upstream);
                if (!m_open || ::connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
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
                    if (!(f.revents & (POLLIN | POLLHUP | POLLERR)))
                        continue;
                    const int from = side == 0 ? pairs[i].client : pairs[i].server;
                    const int to = side == 0 ? pairs[i].server : pairs[i].client;
                    const ssize_t n = ::read(from, buf, sizeof buf);
                    if (n <= 0 || ::write(to, buf, n) != n)
                        dead = true;
                }
                if (dead)
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
    std::atomic<bool> m_open;
    std::atomic<int> m_refused{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace kd::test
