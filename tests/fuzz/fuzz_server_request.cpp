// The server's request handling from raw bytes to the answer, without sockets: the bytes go through
// Beast's request_parser with the limits HttpSession uses (header limit, then the route's body limit
// from the admission, ManagementApi::admit), every complete request goes to ManagementApi::handle (routing,
// admin auth, content types, body parsing, the services on the store thread, scoring through the data plane)
// and its answer is awaited, then the next pipelined request is read, as a keep-alive connection does.
// The fixture is the server's own: a Store in a temp dir (on /dev/shm when there), EventLog,
// ModelRegistry, the data plane the server links (its replica binary does not exist, so none starts),
// JwtSigner and the admin token "fuzz-admin-token". It is built once and renewed every few thousand
// inputs so the store does not grow without end.
// Checks beyond "no crash": every request is answered exactly once, within seconds; the status is a
// valid one; a JSON answer parses, and an error answer has the contract's body; the answer's head as
// WireHead writes it is what Beast's serializer writes.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <unistd.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/http.hpp>
#include <openssl/crypto.h>

#include "DataPlaneFactory.h"
#include "FramingCheck.h"
#include "FuzzCheck.h"
#include "ManagementApi.h"
#include "Responses.h"
#include "WireHead.h"

using namespace switchyard;
using namespace switchyard::server;
namespace http = boost::beast::http;
namespace net = boost::asio;

namespace {

constexpr const char* kAdminToken = "fuzz-admin-token";
constexpr int kMaxRequestsPerInput = 8;
constexpr int kInputsPerFixture = 4000;
constexpr std::uint32_t kHeaderLimit = 16 * 1024; // SessionLimits::headerLimit

std::string makeDataDir()
{
    namespace fs = std::filesystem;
    const fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    static int counter = 0;
    const auto dir =
        base / ("switchyard-fuzz-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

DataPlaneOptions dataPlaneOptions(const std::string& dir)
{
    DataPlaneOptions options;
    options.dataDir = dir;
    options.replicaBinary = dir + "/no-such-replica"; // versions are accepted, no replica ever runs
    options.capacity = {4, 8};
    options.autoscalerEnabled = false;
    options.onEvent = [](DataPlaneEvent) {}; // the server records these in the event log; not needed here
    return options;
}

std::unique_ptr<DataPlane> localDataPlane(boost::asio::io_context& io, const std::string& dir)
{
    auto options = dataPlaneOptions(dir);
    return std::move(makeDataPlane(io, options)).value();
}

struct Fixture
{
    Fixture()
        : dir(makeDataDir()), store(dir + "/switchyard.db"), events(store, io, storeThread.get_executor()),
          models(store, events, dir), plane(localDataPlane(io, dir)),
          jwt(std::make_shared<const JwtSigner>(std::string(32, 'k'), std::chrono::seconds(3600))),
          ctx{store,  *plane, events,
              models, jwt,    {"local", "FastProd", {4, 8}, "http://127.0.0.1:1", "http://127.0.0.1:1"}},
          api(ctx, {kAdminToken, false}, storeThread.get_executor())
    {
        ioThread = std::thread([this] {
            io.run();
            OPENSSL_thread_stop();
        });
    }

    ~Fixture()
    {
        events.wakeAll();
        plane->stop();
        // OpenSSL's per-thread state (its random generator) of the threads that used it is freed here:
        // left to OpenSSL's exit handler, which may run first, it would be reported as leaked.
        net::post(storeThread, [] { OPENSSL_thread_stop(); });
        storeThread.join();
        work.reset();
        io.stop();
        ioThread.join();
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }

    std::string dir;
    net::io_context io;
    net::executor_work_guard<net::io_context::executor_type> work{io.get_executor()};
    std::thread ioThread;
    net::thread_pool storeThread{1};
    Store store;
    EventLog events;
    ModelRegistry models;
    std::unique_ptr<DataPlane> plane;
    std::shared_ptr<const JwtSigner> jwt;
    ServiceContext ctx;
    ManagementApi api;
};

Fixture& fixture()
{
    // OpenSSL first, so that its exit handler runs after the fixture's destructor has stopped the
    // threads that used it; the other way round their per-thread state would be left behind (and
    // reported as leaked).
    static const bool opensslReady = OPENSSL_init_crypto(0, nullptr) == 1;
    fuzz::check(opensslReady, "OpenSSL does not initialise");
    static std::unique_ptr<Fixture> instance;
    static int uses = 0;
    if (!instance || ++uses >= kInputsPerFixture) {
        instance.reset();
        instance = std::make_unique<Fixture>();
        uses = 0;
    }
    return *instance;
}

// What came back for one request: every call of the responder is counted.
struct Answer
{
    std::mutex mutex;
    std::condition_variable changed;
    int calls = 0;
    std::optional<HttpResponse> response;
};

bool waitFor(Answer& answer, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(answer.mutex);
    return answer.changed.wait_for(lock, timeout, [&] { return answer.calls > 0; });
}

// Everything posted to the store thread before now has run.
void drainStoreThread(Fixture& f)
{
    std::promise<void> done;
    net::post(f.storeThread.get_executor(), [&] { done.set_value(); });
    fuzz::check(done.get_future().wait_for(std::chrono::seconds(30)) == std::future_status::ready,
                "the store thread is stuck");
}

void checkResponse(HttpResponse& response, const std::string& request, bool headRequest)
{
    const unsigned status = response.result_int();
    fuzz::check(status >= 200 && status <= 599, "status " + std::to_string(status) + " for " + request);
    const auto type = response[http::field::content_type];
    if (type == "application/json" && !(headRequest && response.body().empty())) {
        const auto body = nlohmann::json::parse(response.body(), nullptr, false);
        fuzz::check(!body.is_discarded(), "a JSON answer that is not JSON for " + request);
        if (status >= 400)
            fuzz::check(body.is_object() && body.contains("error") && body["error"].is_object() &&
                            body["error"].contains("code") && body["error"]["code"].is_string() &&
                            body["error"].contains("message") && body["error"]["message"].is_string(),
                        "an error answer without the contract's body for " + request + ": " +
                            response.body());
    }
    if (status >= 400)
        fuzz::check(type == "application/json",
                    "an error answer (" + std::to_string(status) + ") that is not JSON for " + request);
    // The session writes the answer with WireHead; it must be the bytes Beast would write.
    response.version(11);
    WireHead::preparePayload(response);
    std::string wire;
    WireHead::append(wire, response);
    wire += response.body();
    std::ostringstream beast;
    beast << response;
    fuzz::check(beast.str() == wire, "WireHead and Beast write different bytes for " + request);
}

// SWITCHYARD_FUZZ_SAVE_ANSWERS=DIR: each answer's body is written there (the client_answers target's
// seeds are real answers of the server, made by replaying this target's seeds).
void saveAnswer(const HttpResponse& response)
{
    static const char* dir = std::getenv("SWITCHYARD_FUZZ_SAVE_ANSWERS");
    static int saved = 0;
    if (!dir || response.body().empty())
        return;
    std::ofstream out(std::string(dir) + "/answer-" + std::to_string(saved++), std::ios::binary);
    out << response.body();
}

std::string describe(const HttpRequest& request)
{
    return std::string(request.method_string()) + " " + std::string(request.target());
}

// One request handled as HttpSession hands it over, and its answer checked.
void handle(Fixture& f, HttpRequest&& request)
{
    const std::string what = describe(request);
    const bool head = request.method() == http::verb::head;
    auto answer = std::make_shared<Answer>();
    f.api.handle(std::move(request), [answer](HttpResponse&& response) {
        std::lock_guard lock(answer->mutex);
        if (++answer->calls == 1)
            answer->response = std::move(response);
        answer->changed.notify_all();
    });
    if (!waitFor(*answer, std::chrono::milliseconds(100))) {
        // An events long poll waits up to 30 s: shutdown's wake-up answers it now (and does nothing to
        // a request that is merely slow).
        f.events.wakeAll();
        fuzz::check(waitFor(*answer, std::chrono::seconds(20)), "no answer within 20 s for " + what);
    }
    drainStoreThread(f);
    std::lock_guard lock(answer->mutex);
    saveAnswer(*answer->response);
    fuzz::check(answer->calls == 1, "answered " + std::to_string(answer->calls) + " times: " + what);
    checkResponse(*answer->response, what, head);
}

// What the session decides from the header alone: the body limit, or the answer that ends the request
// (the session keeps the connection after a refusal only when nothing follows it, so the input ends
// there too). Admission (admit(): authentication before the body) is part of what is fuzzed.
std::optional<std::uint64_t> admit(ManagementApi& api, const http::request_parser<http::string_body>& parser)
{
    const auto& header = parser.get().base();
    const std::string what =
        std::string(header.method_string()) + " " + std::string(header.target()) + " (refused)";
    if (auto framing = FramingCheck::check(header); !framing) {
        auto answer = Responses::error(framing.error());
        checkResponse(answer, what, false);
        return std::nullopt;
    }
    auto admission = api.admit(header);
    if (admission.refusal) {
        auto answer = Responses::error(*admission.refusal);
        checkResponse(answer, what, header.method() == http::verb::head);
        return std::nullopt;
    }
    return admission.bodyLimit;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fixture& f = fixture();
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    for (int i = 0; i < kMaxRequestsPerInput && !rest.empty(); ++i) {
        http::request_parser<http::string_body> parser;
        parser.header_limit(kHeaderLimit);
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
        boost::beast::error_code ec;
        // The header first (the parser stops after it when not eager), then the route's body limit.
        auto used = parser.put(net::buffer(rest.data(), rest.size()), ec);
        rest.remove_prefix(used);
        if (ec || !parser.is_header_done())
            break; // incomplete (the session waits, then times out) or refused with a 400/431 and closed
        const auto limit = admit(f.api, parser);
        if (!limit)
            break;
        if (const auto length = parser.content_length(); length && *length > *limit)
            break; // 413 and close
        parser.body_limit(*limit);
        parser.eager(true);
        while (!parser.is_done() && !rest.empty()) {
            used = parser.put(net::buffer(rest.data(), rest.size()), ec);
            rest.remove_prefix(used);
            if (ec || used == 0)
                break;
        }
        if (!parser.is_done())
            break; // the body is incomplete, too large or malformed
        HttpRequest request = parser.release();
        const bool keepAlive = request.keep_alive();
        handle(f, std::move(request));
        if (!keepAlive)
            break;
    }
    return 0;
}
