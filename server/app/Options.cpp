#include "Options.h"

#include <charconv>
#include <thread>

#include <CLI/CLI.hpp>
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

// The command line as CLI11 sees it. Plain strings go straight into `o`; numbers and HOST:PORT are
// read as text and checked in parse(), so that every bad value gets one sentence naming its flag
// (CLI11's own conversion messages name the type, not what the value should be).
void describe(CLI::App& app, Options& o)
{
    app.description(
        "Runs a Switchyard cluster: the management API (/api/v1), the scoring router (/score/{ep}) "
        "and the\nreplicas, with its state in a data dir.\n");
    app.get_formatter()->column_width(28);
    app.get_formatter()->label("OPTIONS", "options");
    // Like the hand-written parser before it: a flag given twice takes its last value.
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    app.set_help_flag("-h,--help", "print this help and exit");
    // Unknown arguments are reported by parse() in its own words.
    app.allow_extras();

    app.add_option("--listen", "address to listen on (default 127.0.0.1:8480; port 0 picks a free one)")
        ->type_name("HOST:PORT");
    app.add_option("--data-dir", o.dataDir, "where the store, models and admin token live (default .)")
        ->type_name("DIR");
    app.add_option("--cluster-name", o.clusterName, "the cluster's name (default local)")->type_name("NAME");
    app.add_option("--purpose", o.purpose, "FastProd enables the autoscaler (default FastProd)")
        ->type_name("DevTest|FastProd");
    app.add_option("--cpu-cores", "capacity in cores (default: this machine's)")->type_name("N");
    app.add_option("--memory-gb", "capacity in GB (default: this machine's)")->type_name("N");
    app.add_option("--admin-token-file", o.adminTokenFile,
                   "the admin token (default <data-dir>/admin-token, created 0600)")
        ->type_name("PATH");
    app.add_option("--max-model-bytes", "largest model upload (default 268435456)")->type_name("N");
    app.add_option("--scale-down-delay", "seconds below target before scaling down (default 60)")
        ->type_name("S");
    app.add_option("--token-lifetime", "lifetime of endpoint tokens in seconds (default 3600)")
        ->type_name("S");
    app.add_option("--idle-timeout", "seconds a connection may take to send the next request's header\n"
                                     "before it is closed (default 60)")
        ->type_name("S");
    app.add_option("--max-connections", "client connections open at once; past it the longest-idle one is\n"
                                        "closed (default: 20000, less if the descriptor limit needs it)")
        ->type_name("N");
    app.add_option("--max-body-memory", "bytes all request bodies being read or handled may hold together;\n"
                                        "past it a request gets 503 (default 1073741824)")
        ->type_name("N");
    app.add_option("--shutdown-grace", "on SIGTERM, seconds requests in flight get to finish (default 30)")
        ->type_name("S");
    app.add_option("--tls-cert", o.tlsCert, "serve HTTPS with this certificate chain (PEM); needs --tls-key")
        ->type_name("FILE");
    app.add_option("--tls-key", o.tlsKey, "the private key of --tls-cert (PEM)")->type_name("FILE");
    app.add_option("--log-format", o.logFormat, "log line format on stderr (default text)")
        ->type_name("text|json");
    app.add_flag("--metrics-public", o.metricsPublic, "serve GET /metrics without the admin token");
    app.add_flag("--demo", o.demo, "on an empty data dir, create the demo model and endpoint");
    app.add_option("--replica-binary", o.replicaBinary,
                   "switchyard-replica to start (default: next to this program or in\n"
                   "../libexec/switchyard)")
        ->type_name("PATH");
    app.add_option("--backend", o.backend, "where replicas run (default local)")
        ->type_name("local|kubernetes");
    app.add_option("--namespace", o.kubeNamespace,
                   "kubernetes: the namespace (default: the pod's own, else the\n"
                   "kubeconfig context's, else default)")
        ->type_name("NS");
    app.add_option("--kubeconfig", o.kubeconfig,
                   "kubernetes: the kubeconfig (default: in-cluster service account,\n"
                   "else $KUBECONFIG, else ~/.kube/config)")
        ->type_name("FILE");
    app.add_option("--kube-context", o.kubeContext, "kubernetes: the kubeconfig context (default: current)")
        ->type_name("NAME");
    app.add_option("--replica-image", o.replicaImage,
                   "kubernetes: the image with switchyard-replica (default " + o.replicaImage + ")")
        ->type_name("IMAGE");
    app.add_option("--advertise-url", o.advertiseUrl,
                   "kubernetes: the URL pods reach this server at (default: the\n"
                   "in-cluster Service switchyard-server.<namespace>.svc, else this\nserver's URL)")
        ->type_name("URL");
    app.add_option("--public-url", o.publicUrl,
                   "the URL clients reach this server at, behind an Ingress or a proxy, for\n"
                   "endpoints' scoring_uri (default: this server's URL)")
        ->type_name("URL");
    app.add_option("--threads", "connection event loops, one thread each (default: one per core)")
        ->type_name("N");
    app.add_flag("--version")->description("print the version and exit");
    // For the documentation check (tests compare the routes with docs/openapi.yaml); not in --help.
    app.add_flag("--print-routes")->group("");
}

// The value of a flag that was given, as text; nothing when it was not given.
std::optional<std::string> given(const CLI::App& app, const std::string& flag)
{
    const auto* option = app.get_option(flag);
    if (option->count() == 0)
        return std::nullopt;
    return option->as<std::string>();
}

// A whole number of seconds within [min, max] for `flag`, or the sentence saying what it needs.
Result<std::chrono::seconds> seconds(const std::string& flag, const std::string& text, long long min,
                                     long long max, const std::string& needs)
{
    long long value = min - 1;
    if (!parseNumber(text, value) || value < min || value > max)
        return bad(flag + needs);
    return std::chrono::seconds(value);
}

} // namespace

std::string Options::usage()
{
    CLI::App app("", "switchyard-server");
    Options unused;
    describe(app, unused);
    return app.help();
}

Result<Options> Options::parse(int argc, char** argv)
{
    Options o;
    CLI::App app("", "switchyard-server");
    describe(app, o);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        o.action = Action::Help;
        return o;
    } catch (const CLI::ParseError& e) {
        // Its own sentence names the flag ("--listen: 1 required HOST:PORT missing").
        return bad(std::string(e.what()) + "; see --help.");
    }
    if (const auto extra = app.remaining(); !extra.empty())
        return bad("Unknown option '" + extra.front() + "'; see --help.");

    if (app.get_option("--version")->count() > 0)
        o.action = Action::Version;
    if (app.get_option("--print-routes")->count() > 0)
        o.action = Action::PrintRoutes;
    if (const auto v = given(app, "--listen")) {
        const auto colon = v->rfind(':');
        if (colon == std::string::npos || !parseNumber(std::string_view(*v).substr(colon + 1), o.listenPort))
            return bad("--listen needs HOST:PORT, e.g. 127.0.0.1:8480.");
        o.listenHost = v->substr(0, colon);
        if (o.listenHost.size() > 2 && o.listenHost.front() == '[' && o.listenHost.back() == ']')
            o.listenHost = o.listenHost.substr(1, o.listenHost.size() - 2);
    }
    if (app.get_option("--purpose")->count() > 0 && o.purpose != "DevTest" && o.purpose != "FastProd")
        return bad("--purpose is DevTest or FastProd.");
    for (const auto& [flag, out] : {std::pair<std::string, double*>{"--cpu-cores", &o.cpuCores},
                                    std::pair<std::string, double*>{"--memory-gb", &o.memoryGb}})
        if (const auto v = given(app, flag); v && !parseDouble(*v, *out))
            return bad(flag + " needs a positive number.");
    if (const auto v = given(app, "--max-model-bytes");
        v && (!parseNumber(*v, o.maxModelBytes) || o.maxModelBytes == 0))
        return bad("--max-model-bytes needs a positive whole number.");
    if (const auto v = given(app, "--max-connections");
        v && (!parseNumber(*v, o.maxConnections) || o.maxConnections < 1 || o.maxConnections > 10000000))
        return bad("--max-connections needs a whole number between 1 and 10000000.");
    if (const auto v = given(app, "--max-body-memory");
        v && (!parseNumber(*v, o.maxBodyMemory) || o.maxBodyMemory < 65536))
        return bad("--max-body-memory needs a whole number of bytes, at least 65536.");
    if (const auto v = given(app, "--shutdown-grace")) {
        auto grace =
            seconds("--shutdown-grace", *v, 0, 3600, " needs a whole number of seconds between 0 and 3600.");
        if (!grace)
            return grace.error();
        o.shutdownGrace = *grace;
    }
    for (const auto& [flag, out] :
         {std::pair<std::string, std::chrono::seconds*>{"--scale-down-delay", &o.scaleDownDelay},
          std::pair<std::string, std::chrono::seconds*>{"--token-lifetime", &o.tokenLifetime},
          std::pair<std::string, std::chrono::seconds*>{"--idle-timeout", &o.idleTimeout}}) {
        if (const auto v = given(app, flag)) {
            auto value =
                seconds(flag, *v, 1, 365LL * 24 * 3600, " needs a whole number of seconds (at least 1).");
            if (!value)
                return value.error();
            *out = *value;
        }
    }
    if (app.get_option("--log-format")->count() > 0 && o.logFormat != "text" && o.logFormat != "json")
        return bad("--log-format is text or json.");
    if (const auto v = given(app, "--threads");
        v && (!parseNumber(*v, o.threads) || o.threads < 1 || o.threads > 256))
        return bad("--threads needs a whole number between 1 and 256.");
    if (o.backend != "local" && o.backend != "kubernetes")
        return bad("--backend is local or kubernetes.");
    if (o.backend == "local")
        for (const char* flag :
             {"--namespace", "--kubeconfig", "--kube-context", "--replica-image", "--advertise-url"})
            if (app.get_option(flag)->count() > 0)
                return bad(std::string(flag) + " goes with --backend kubernetes.");
    for (auto [flag, url] : {std::pair{"--advertise-url", &o.advertiseUrl}, {"--public-url", &o.publicUrl}}) {
        if (!url->empty() && url->rfind("http://", 0) != 0 && url->rfind("https://", 0) != 0)
            return bad(std::string(flag) + " needs an http:// or https:// URL.");
        while (!url->empty() && url->back() == '/')
            url->pop_back();
    }
    if (o.tlsCert.empty() != o.tlsKey.empty())
        return bad("--tls-cert and --tls-key go together.");
    return o;
}

void Options::applyMachineDefaults()
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (backend != "local")
        return; // the cluster states its capacity
    if (cpuCores <= 0)
        cpuCores = std::max(1u, std::thread::hardware_concurrency());
    if (memoryGb <= 0) {
        const long pages = sysconf(_SC_PHYS_PAGES);
        const long pageSize = sysconf(_SC_PAGESIZE);
        memoryGb =
            pages > 0 && pageSize > 0 ? static_cast<double>(pages) * pageSize / (1024.0 * 1024 * 1024) : 1.0;
    }
}

} // namespace switchyard::server
