#include "StopSignal.h"

#include <atomic>
#include <csignal>
#include <thread>

namespace switchyard::cli {
namespace {
volatile std::sig_atomic_t g_stop = 0;
extern "C" void onSignal(int)
{
    g_stop = 1;
}
} // namespace

void StopSignal::install()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool StopSignal::requested()
{
    return g_stop != 0;
}

bool StopSignal::waitFor(std::chrono::milliseconds d)
{
    const auto end = std::chrono::steady_clock::now() + d;
    while (std::chrono::steady_clock::now() < end) {
        if (requested())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return requested();
}

} // namespace switchyard::cli
