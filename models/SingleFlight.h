#pragma once

namespace switchyard::models {

// At most one call of a kind in flight: a poller that ticks faster than the server answers skips a
// tick rather than piling up requests. Lives on one thread (the GUI's); the answer calls finish().
class SingleFlight
{
public:
    // True when the caller may start (and must later call finish()); false while one is in flight.
    bool tryStart()
    {
        if (m_busy)
            return false;
        m_busy = true;
        return true;
    }
    void finish() { m_busy = false; }
    bool busy() const { return m_busy; }

private:
    bool m_busy = false;
};

} // namespace switchyard::models
