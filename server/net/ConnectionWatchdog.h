#pragma once

#include <chrono>
#include <memory>

#include <boost/asio/error.hpp>
#include <boost/asio/steady_timer.hpp>

namespace switchyard::server {

// A connection's timeout as one timer that is re-armed only when it fires. Moving the deadline on every
// read and write is then a store, not a timer operation (a Beast basic_stream schedules and cancels a
// timer for each one, which was a measurable share of the router's time). The timer wakes at the
// deadline it was armed for; if the deadline has moved on meanwhile it sleeps again until then, and
// once the deadline has passed it calls `onExpired` on the owner, which closes the connection.
//
// The watchdog lives inside its owner; the timer's handler holds the owner weakly, so a connection
// that is gone is never touched and a pending wait never keeps one alive.
template <class Executor>
class ConnectionWatchdog
{
public:
    using Clock = std::chrono::steady_clock;

    explicit ConnectionWatchdog(const Executor& executor) : m_timer(executor) {}

    template <class Owner, class OnExpired>
    void expiresAt(Clock::time_point deadline, const std::shared_ptr<Owner>& owner, OnExpired onExpired)
    {
        m_deadline = deadline;
        // An earlier deadline than the pending wake-up needs the timer moved; a later one does not.
        if (!m_armed || deadline < m_armedFor)
            arm(std::weak_ptr<Owner>(owner), std::move(onExpired));
    }
    template <class Owner, class OnExpired>
    void expiresAfter(Clock::duration timeout, const std::shared_ptr<Owner>& owner, OnExpired onExpired)
    {
        expiresAt(Clock::now() + timeout, owner, std::move(onExpired));
    }
    void expiresNever() { m_deadline = Clock::time_point::max(); }

private:
    template <class Owner, class OnExpired>
    void arm(std::weak_ptr<Owner> weak, OnExpired onExpired)
    {
        m_armed = true;
        m_armedFor = m_deadline;
        m_timer.expires_at(m_deadline);
        m_timer.async_wait([this, weak = std::move(weak), onExpired](boost::system::error_code ec) mutable {
            if (ec == boost::asio::error::operation_aborted)
                return; // moved earlier (a newer wait is pending) or destroyed with its owner
            const auto owner = weak.lock();
            if (!owner)
                return;
            m_armed = false;
            if (m_deadline == Clock::time_point::max())
                return;
            if (m_deadline <= Clock::now())
                return onExpired(*owner);
            arm(std::move(weak), std::move(onExpired));
        });
    }

    boost::asio::basic_waitable_timer<Clock, boost::asio::wait_traits<Clock>, Executor> m_timer;
    Clock::time_point m_deadline = Clock::time_point::max();
    Clock::time_point m_armedFor{};
    bool m_armed = false;
};

} // namespace switchyard::server
