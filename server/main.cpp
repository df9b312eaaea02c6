#include <cstdio>

#include "ManagementApi.h"
#include "Options.h"
#include "ServerApp.h"

int main(int argc, char** argv)
{
    using namespace switchyard::server;
    auto options = Options::parse(argc, argv);
    if (!options) {
        std::fprintf(stderr, "switchyard-server: %s\n", options.error().message.c_str());
        return 2;
    }
    switch (options->action) {
    case Options::Action::Help:
        std::fputs(Options::usage().c_str(), stdout);
        return 0;
    case Options::Action::Version:
        std::printf("switchyard-server %s\n", SWITCHYARD_VERSION);
        return 0;
    case Options::Action::PrintRoutes:
        for (const auto& line : ManagementApi::routeTable())
            std::printf("%s\n", line.c_str());
        return 0;
    case Options::Action::Run:
        break;
    }
    return ServerApp(std::move(options).value()).run();
}
