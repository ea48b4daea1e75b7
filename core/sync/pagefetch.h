// One page of the server's change feed, and fetching the next page while the current one is
// applied (docs/sync.md, "Pulling").
#pragma once

#include "domain/error.h"
#include "hlc.h"
#include "localapplier.h"
#include "serverconnection.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace kd {

struct FeedPage
{
    QList<RemoteChange> changes;
    QString lastTx;  // the cursor after the page: the last change's transaction and sequence,
    qint64 lastSeq = 0; // or the cursor asked from when the page is empty
    QString horizon; // the server's snapshot xmin when the page was read
    HlcStamp newest; // the newest HLC stamp in the page
};

// The changes after the cursor (tx, seq), at most pageSize, in feed order. Only changes of
// transactions below the snapshot's xmin: every one of those has ended, so nothing can still
// commit behind the cursor.
Result<FeedPage> fetchFeedPage(ServerConnection &server, const QString &cursorTx, qint64 cursorSeq,
                               int pageSize);

// Fetches a page on a connection and a thread of its own. While the desktop writes one page
// into SQLite, the server reads the next and sends it, and its JSON is parsed here: on two cores
// the two halves of a long pull overlap instead of waiting for each other. The page is exactly
// the one fetchFeedPage would return on the engine's own connection, asked a moment earlier, so
// the cursor rules do not change.
class FeedPrefetcher
{
public:
    explicit FeedPrefetcher(const ServerAddress &address);
    ~FeedPrefetcher(); // waits for a fetch in flight, closes the connection
    FeedPrefetcher(const FeedPrefetcher &) = delete;
    FeedPrefetcher &operator=(const FeedPrefetcher &) = delete;

    // Starts fetching the page after (cursorTx, cursorSeq).
    void start(const QString &cursorTx, qint64 cursorSeq, int pageSize);
    // The page start() asked for, waiting for it if need be; nothing when it asked for another
    // cursor or the second connection could not be opened (the caller fetches the page itself).
    std::optional<Result<FeedPage>> take(const QString &cursorTx, qint64 cursorSeq);

private:
    struct Request
    {
        QString tx;
        qint64 seq = 0;
        int size = 0;
    };
    void run();

    const ServerAddress m_address;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<Request> m_asked;   // waiting for the thread
    std::optional<Request> m_busy;    // being fetched
    std::optional<Request> m_doneFor; // what m_done answers
    std::optional<Result<FeedPage>> m_done;
    bool m_unusable = false; // the connection could not be opened
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace kd
