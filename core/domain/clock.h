// Time comes in through Clock so that tests can move it (targets, holidays, sync ordering).
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace kd {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static SystemClock &instance()
    {
        static SystemClock clock;
        return clock;
    }
};

// A clock that stands still until a test moves it. Set running, it also goes on by itself like a
// desktop's real clock, from wherever the test put it (sync tests: a desk whose clock stood still
// would look, to the server, as if its edits happened when it last synced).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override
    {
        return m_running ? m_now.addMSecs(m_elapsed.elapsed()) : m_now;
    }
    void set(const QDateTime &t)
    {
        m_now = t.toUTC();
        m_elapsed.restart();
    }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void setRunning(bool running)
    {
        m_now = now();
        m_running = running;
        m_elapsed.start();
    }

private:
    QDateTime m_now;
    bool m_running = false;
    QElapsedTimer m_elapsed;
};

} // namespace kd
