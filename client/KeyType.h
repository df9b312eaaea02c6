#pragma once

namespace switchyard::client {

// Which of an endpoint's two scoring keys a call is about. Its own header so that the console's key
// panes name it without seeing the whole client.
enum class KeyType
{
    Primary,
    Secondary
};

} // namespace switchyard::client
