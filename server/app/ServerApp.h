#pragma once

#include "Options.h"

namespace switchyard::server {

// Composes the server: store, auth, data plane, API and listener; runs until SIGINT/SIGTERM.
class ServerApp
{
public:
    explicit ServerApp(Options options) : m_options(std::move(options)) {}
    // The process exit code.
    int run();

private:
    Options m_options;
};

} // namespace switchyard::server
