#pragma once

#include <chrono>

namespace switchyard::cli {

// SIGINT/SIGTERM end --follow loops and load runs cleanly (cancelling what is in flight).
class StopSignal
{
public:
    static void install();
    static bool requested();
    // Sleeps up to `d`, returning early (true) when a stop was requested.
    static bool waitFor(std::chrono::milliseconds d);
};

} // namespace switchyard::cli
