#include "RequestHandle.h"

namespace switchyard::client {

void RequestHandle::cancel()
{
    if (!m_state)
        return;
    {
        std::lock_guard lock(m_state->deliverMutex);
        m_state->cancelled = true;
    }
    if (m_state->wake)
        m_state->wake();
}

bool RequestHandle::finished() const
{
    return !m_state || m_state->finished || m_state->cancelled;
}

} // namespace switchyard::client
