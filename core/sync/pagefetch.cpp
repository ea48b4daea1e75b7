// See pagefetch.h.
#include "pagefetch.h"

#include <QJsonDocument>

namespace kd {

Result<FeedPage> fetchFeedPage(ServerConnection &server, const QString &cursorTx, qint64 cursorSeq,
                               int pageSize)
{
    auto q = server.query(
        QStringLiteral("SELECT c.tx::text, c.seq, c.table_name, c.row_id, c.op, c.fields::text, "
                       "c.hlc, h.x::text FROM kd.change c, "
                       "(SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x) h "
                       "WHERE (c.tx, c.seq) > (?::xid8, ?::bigint) AND c.tx < h.x "
                       "ORDER BY c.tx, c.seq LIMIT ?"),
        {cursorTx, cursorSeq, pageSize});
    if (!q)
        return q.error();
    FeedPage page;
    page.lastTx = cursorTx;
    page.lastSeq = cursorSeq;
    page.changes.reserve(pageSize);
    while (q->next()) {
        RemoteChange rc;
        page.lastTx = q->value(0).toString();
        page.lastSeq = q->value(1).toLongLong();
        rc.version = page.lastSeq;
        rc.table = q->value(2).toString();
        rc.rowId = q->value(3).toString();
        rc.op = q->value(4).toString();
        rc.fields = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        if (auto h = HlcStamp::parse(q->value(6).toString()); h && page.newest < *h)
            page.newest = *h;
        page.horizon = q->value(7).toString();
        page.changes.append(std::move(rc));
    }
    q->finish();
    return page;
}

FeedPrefetcher::FeedPrefetcher(const ServerAddress &address)
    : m_address(address), m_thread([this] { run(); })
{
}

FeedPrefetcher::~FeedPrefetcher()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void FeedPrefetcher::start(const QString &cursorTx, qint64 cursorSeq, int pageSize)
{
    {
        const std::lock_guard lock(m_mutex);
        m_asked = Request{cursorTx, cursorSeq, pageSize};
    }
    m_changed.notify_all();
}

std::optional<Result<FeedPage>> FeedPrefetcher::take(const QString &cursorTx, qint64 cursorSeq)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_unusable || (!m_asked && !m_busy); });
    std::optional<Result<FeedPage>> page = std::exchange(m_done, std::nullopt);
    const std::optional<Request> answered = std::exchange(m_doneFor, std::nullopt);
    if (!page || !answered || answered->tx != cursorTx || answered->seq != cursorSeq)
        return std::nullopt;
    return page;
}

void FeedPrefetcher::run()
{
    // A QSqlDatabase connection belongs to the thread that opened it: this one, from open to close.
    ServerConnection server;
    bool opened = false, tried = false;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || m_asked; });
        if (m_stop)
            break;
        m_busy = std::exchange(m_asked, std::nullopt);
        const Request r = *m_busy;
        lock.unlock();
        // Tried once: a server that refuses a second connection (max_connections) would make
        // every page wait for the connect timeout.
        if (!opened && !tried) {
            tried = true;
            opened = server.open(m_address).ok();
        }
        std::optional<Result<FeedPage>> page;
        if (opened)
            page = fetchFeedPage(server, r.tx, r.seq, r.size);
        lock.lock();
        m_busy.reset();
        if (!opened) {
            m_unusable = true;
        } else {
            m_done = std::move(page);
            m_doneFor = r;
        }
        m_changed.notify_all();
    }
    lock.unlock();
    server.close();
}

} // namespace kd
