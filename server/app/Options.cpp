#include "Options.h"

#include <charconv>
#include <thread>
#include <vector>

#include <unistd.h>

namespace switchyard::server {
namespace {

Error bad(const std::string& message)
{
    return Error::badRequest("InvalidOption", message);
}

template <class T>
bool parseNumber(std::string_view text, T& out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

bool parseDouble(const std::string& text, double& out)
{
    try {
        std::size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size() && out > 0;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace

std::string Options::usage()
{
    return R"(Usage: switchyard-server [options]

Runs a Switchyard cluster: the management API (/api/v1), the scoring router (/score/{ep}) and the
replicas, with its state in a data dir.

  --listen HOST:PORT        address to listen on (default 127.0.0.1:8480; port 0 picks a free one)
  --data-dir DIR            where the store, models and admin token live (default .)
  --cluster-name NAME       the cluster's name (default local)
  --purpose DevTest|FastProd  FastProd enables the autoscaler (default FastProd)
  --cpu-cores N             capacity in cores (default: this machine's)
  --memory-gb N             capacity in GB (default: this machine's)
  --admin-token-file PATH   the admin token (default <data-dir>/admin-token, created 0600)
  --max-model-bytes N       largest model upload (default 268435456)
  --scale-down-delay S      seconds below target before scaling down (default 60)
  --token-lifetime S        lifetime of endpoint tokens in seconds (default 3600)
  --idle-timeout S          seconds a connection may take to send the next request's header
                            before it is closed (default 60)
  --max-connections N       client connections open at once; past it the longest-idle one is
                            closed (default: 20000, less if the descriptor limit needs it)
  --max-body-memory N       bytes all request bodies being read or handled may hold together;
                            past it a request gets 503 (default 1073741824)
  --shutdown-grace S        on SIGTERM, seconds requests in flight get to finish (default 30)
  --tls-cert FILE --tls-key FILE   serve HTTPS with this certificate chain and key (PEM)
  --log-format text|json    log line format on stderr (default text)
  --metrics-public          serve GET /metrics without the admin token
  --demo                    on an empty data dir, create the demo model and endpoint
  --replica-binary PATH     switchyard-replica to start (default: next to this program)
  --threads N               connection event loops, one thread each (default: one per core)
  --version                 print the version and exit
  --help                    print this help and exit
)";
}

Result<Options> Options::parse(int argc, char** argv)
{
    Options o;
    std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::string value;
        bool hasValue = false;
        if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            hasValue = true;
        }
        const auto next = [&]() -> std::optional<std::string> {
            if (hasValue)
                return value;
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        const auto need = [&](std::string& out) -> Status {
            auto v = next();
            if (!v)
                return bad(arg + " needs a value.");
            out = *v;
            return {};
        };
        std::string v;
        if (arg == "--help" || arg == "-h") {
            o.action = Action::Help;
        } else if (arg == "--version") {
            o.action = Action::Version;
        } else if (arg == "--print-routes") {
            o.action = Action::PrintRoutes;
        } else if (arg == "--metrics-public") {
            o.metricsPublic = true;
        } else if (arg == "--demo") {
            o.demo = true;
        } else if (arg == "--listen") {
            if (auto s = need(v); !s)
                return s.error();
            const auto colon = v.rfind(':');
            if (colon == std::string::npos ||
                !parseNumber(std::string_view(v).substr(colon + 1), o.listenPort))
                return bad("--listen needs HOST:PORT, e.g. 127.0.0.1:8480.");
            o.listenHost = v.substr(0, colon);
            if (o.listenHost.size() > 2 && o.listenHost.front() == '[' && o.listenHost.back() == ']')
                o.listenHost = o.listenHost.substr(1, o.listenHost.size() - 2);
        } else if (arg == "--data-dir") {
            if (auto s = need(o.dataDir); !s)
                return s.error();
        } else if (arg == "--cluster-name") {
            if (auto s = need(o.clusterName); !s)
                return s.error();
        } else if (arg == "--purpose") {
            if (auto s = need(o.purpose); !s)
                return s.error();
            if (o.purpose != "DevTest" && o.purpose != "FastProd")
                return bad("--purpose is DevTest or FastProd.");
        } else if (arg == "--cpu-cores" || arg == "--memory-gb") {
            if (auto s = need(v); !s)
                return s.error();
            double& out = arg == "--cpu-cores" ? o.cpuCores : o.memoryGb;
            if (!parseDouble(v, out))
                return bad(arg + " needs a positive number.");
        } else if (arg == "--admin-token-file") {
            if (auto s = need(o.adminTokenFile); !s)
                return s.error();
        } else if (arg == "--max-model-bytes") {
            if (auto s = need(v); !s)
                return s.error();
            if (!parseNumber(v, o.maxModelBytes) || o.maxModelBytes == 0)
                return bad("--max-model-bytes needs a positive whole number.");
        } else if (arg == "--max-connections") {
            if (auto s = need(v); !s)
                return s.error();
            if (!parseNumber(v, o.maxConnections) || o.maxConnections < 1 || o.maxConnections > 10000000)
                return bad("--max-connections needs a whole number between 1 and 10000000.");
        } else if (arg == "--max-body-memory") {
            if (auto s = need(v); !s)
                return s.error();
            if (!parseNumber(v, o.maxBodyMemory) || o.maxBodyMemory < 65536)
                return bad("--max-body-memory needs a whole number of bytes, at least 65536.");
        } else if (arg == "--shutdown-grace") {
            if (auto s = need(v); !s)
                return s.error();
            long long seconds = -1;
            if (!parseNumber(v, seconds) || seconds < 0 || seconds > 3600)
                return bad("--shutdown-grace needs a whole number of seconds between 0 and 3600.");
            o.shutdownGrace = std::chrono::seconds(seconds);
        } else if (arg == "--scale-down-delay" || arg == "--token-lifetime" || arg == "--idle-timeout") {
            if (auto s = need(v); !s)
                return s.error();
            long long seconds = 0;
            if (!parseNumber(v, seconds) || seconds < 1 || seconds > 365LL * 24 * 3600)
                return bad(arg + " needs a whole number of seconds (at least 1).");
            (arg == "--scale-down-delay" ? o.scaleDownDelay
             : arg == "--idle-timeout"   ? o.idleTimeout
                                         : o.tokenLifetime) = std::chrono::seconds(seconds);
        } else if (arg == "--log-format") {
            if (auto s = need(o.logFormat); !s)
                return s.error();
            if (o.logFormat != "text" && o.logFormat != "json")
                return bad("--log-format is text or json.");
        } else if (arg == "--tls-cert") {
            if (auto s = need(o.tlsCert); !s)
                return s.error();
        } else if (arg == "--tls-key") {
            if (auto s = need(o.tlsKey); !s)
                return s.error();
        } else if (arg == "--replica-binary") {
            if (auto s = need(o.replicaBinary); !s)
                return s.error();
        } else if (arg == "--threads") {
            if (auto s = need(v); !s)
                return s.error();
            if (!parseNumber(v, o.threads) || o.threads < 1 || o.threads > 256)
                return bad("--threads needs a whole number between 1 and 256.");
        } else {
            return bad("Unknown option '" + arg + "'; see --help.");
        }
    }
    if (o.tlsCert.empty() != o.tlsKey.empty())
        return bad("--tls-cert and --tls-key go together.");
    return o;
}

void Options::applyMachineDefaults()
{
    if (cpuCores <= 0)
        cpuCores = std::max(1u, std::thread::hardware_concurrency());
    if (memoryGb <= 0) {
        const long pages = sysconf(_SC_PHYS_PAGES);
        const long pageSize = sysconf(_SC_PAGESIZE);
        memoryGb =
            pages > 0 && pageSize > 0 ? static_cast<double>(pages) * pageSize / (1024.0 * 1024 * 1024) : 1.0;
    }
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

} // namespace switchyard::server
