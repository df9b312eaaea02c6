#include "ManagementApi.h"

#include <charconv>

#include <boost/asio/post.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/field.hpp>

#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "JsonReader.h"
#include "Logger.h"
#include "MonitorView.h"
#include "Names.h"
#include "Responses.h"

namespace switchyard::server {
namespace http = boost::beast::http;
using R = ManagementApi::Route;

namespace {

std::string_view toStd(boost::beast::string_view s)
{
    return {s.data(), s.size()};
}

std::string_view pathOf(std::string_view target)
{
    const auto q = target.find('?');
    return q == std::string_view::npos ? target : target.substr(0, q);
}

std::string_view queryOf(std::string_view target)
{
    const auto q = target.find('?');
    return q == std::string_view::npos ? std::string_view() : target.substr(q + 1);
}

bool isMediaType(const HttpRequest& request, std::string_view wanted)
{
    std::string_view type = toStd(request[http::field::content_type]);
    type = type.substr(0, std::min(type.find(';'), type.size()));
    while (!type.empty() && type.back() == ' ')
        type.remove_suffix(1);
    return boost::beast::iequals(boost::beast::string_view(type.data(), type.size()),
                                 boost::beast::string_view(wanted.data(), wanted.size()));
}

// The endpoint of "POST /score/{ep}", percent-decoded; nothing for any other request (a malformed
// escape, a deeper path or another method: the route table answers those).
std::optional<std::string> scoreEndpoint(http::verb method, std::string_view path)
{
    constexpr std::string_view prefix = "/score/";
    if (method != http::verb::post || path.size() <= prefix.size() || path.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    const auto name = path.substr(prefix.size());
    if (name.find('/') != std::string_view::npos)
        return std::nullopt;
    if (name.find('%') == std::string_view::npos)
        return std::string(name); // the hot path: no decoding, no allocation beyond the name
    std::vector<std::string> segments;
    if (!Router::splitPath(path, segments) || segments.size() != 2 || segments[1].empty())
        return std::nullopt;
    return segments[1];
}

// The longest history GET /api/v1/monitor answers (the console's longest chart is 15 minutes).
constexpr long long kMaxMonitorSeconds = 900;

// The one route a model credential opens, and the only credential it takes (see ModelCredential).
constexpr std::string_view kReplicaModelPath = "/api/v1/replica/model";

// The credential of "Authorization: Bearer <credential>" (the scheme in any case); empty when there is none.
std::string_view bearerOf(const http::request_header<>& header)
{
    const std::string_view value = toStd(header[http::field::authorization]);
    constexpr std::string_view scheme = "Bearer ";
    if (value.size() <= scheme.size() ||
        !boost::beast::iequals(boost::beast::string_view(value.data(), scheme.size()),
                               boost::beast::string_view(scheme.data(), scheme.size())))
        return {};
    return value.substr(scheme.size());
}

Result<nlohmann::json> jsonBody(const HttpRequest& request)
{
    if (!isMediaType(request, "application/json"))
        return Responses::unsupportedMediaType("application/json");
    return JsonReader::parseObject(request.body());
}

// A query parameter that must be a whole number in [min, max] when given.
Result<long long> intParam(const std::map<std::string, std::string>& query, const std::string& name,
                           long long fallback, long long min, long long max)
{
    const auto it = query.find(name);
    if (it == query.end())
        return fallback;
    long long value = 0;
    const auto& text = it->second;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return Error::badRequest("InvalidValue",
                                 "The query parameter '" + name + "' must be a whole number between " +
                                     std::to_string(min) + " and " + std::to_string(max) + ".",
                                 name);
    return value;
}

} // namespace

ManagementApi::ManagementApi(ServiceContext& ctx, ApiSettings settings,
                             boost::asio::thread_pool::executor_type storeExecutor)
    : m_ctx(ctx), m_settings(std::move(settings)), m_storeExecutor(storeExecutor), m_endpoints(ctx),
      m_versions(ctx), m_modelCredentials(ctx.jwt), m_replicaModels(ctx, m_settings.maxModelBytes),
      m_operatorRegistry(m_settings.adminToken), m_operators(ctx, m_operatorRegistry)
{
    addRoutes(m_router);
}

std::vector<std::string> ManagementApi::routeTable()
{
    Router router;
    addRoutes(router);
    return router.table();
}

void ManagementApi::addRoutes(Router& router)
{
    for (const auto& rule : routePolicy())
        router.add(rule.method, rule.pattern, static_cast<int>(rule.route));
}

std::uint64_t ManagementApi::bodyLimit(http::verb method, std::string_view path) const
{
    if (method == http::verb::post && path.rfind("/api/v1/models/", 0) == 0)
        return m_settings.maxModelBytes;
    if (path.rfind("/score/", 0) == 0)
        return m_settings.maxScoreBytes;
    return m_settings.maxJsonBytes;
}

Result<Identity> ManagementApi::authorize(const http::request_header<>& header, Route route) const
{
    auto who = m_operatorRegistry.identify(bearerOf(header), Clock::unixSeconds());
    if (!who)
        return who;
    const auto needed = roleFor(ruleFor(route).access);
    if (needed && !allows(who->role, *needed))
        return Error::forbidden("This route needs the role '" + roleName(*needed) + "'; '" + who->name +
                                "' is " + (who->role == Role::Admin ? "an " : "a ") + roleName(who->role) +
                                ".");
    return who;
}

std::optional<ModelGrant> ManagementApi::modelGrant(const http::request_header<>& header) const
{
    const auto credential = bearerOf(header);
    if (credential.empty())
        return std::nullopt;
    return m_modelCredentials.verify(credential);
}

Admission ManagementApi::admit(const http::request_header<>& header) const
{
    const auto path = pathOf(toStd(header.target()));
    Admission admission{bodyLimit(header.method(), path), std::nullopt};
    if (auto endpoint = scoreEndpoint(header.method(), path)) {
        admission.refusal = m_ctx.dataPlane.admitScore(*endpoint, header);
        return admission;
    }
    // A replica's model fetch takes its model credential and nothing else, not even the admin token: the
    // admin token never needs to reach a pod, and a leaked pod credential opens one model for an hour.
    if (path == kReplicaModelPath) {
        if (!modelGrant(header))
            admission.refusal =
                Error::unauthorized("This route needs 'Authorization: Bearer <model credential>'.");
        else if (auto match = m_router.match(toStd(header.method_string()), path); !match)
            admission.refusal = match.error();
        return admission;
    }
    const bool managed = path == "/api/v1" || path.rfind("/api/v1/", 0) == 0;
    const bool metrics = path == "/metrics";
    const bool needsOperator = managed || (metrics && !m_settings.metricsPublic);
    // Without a valid credential every path is 401, a known one or not: nothing is revealed.
    if (needsOperator) {
        if (auto who = m_operatorRegistry.identify(bearerOf(header), Clock::unixSeconds()); !who) {
            admission.refusal = who.error();
            return admission;
        }
    }
    auto match = m_router.match(toStd(header.method_string()), path);
    if (!match) {
        admission.refusal = match.error();
        return admission;
    }
    if (needsOperator)
        if (auto who = authorize(header, static_cast<Route>(match->id)); !who)
            admission.refusal = who.error();
    return admission;
}

void ManagementApi::handle(HttpRequest&& request, Responder respond)
{
    const unsigned version = request.version();
    // Once `respond` is handed on (to the data plane, the store thread), only its new owner may answer:
    // an exception after that is logged, never answered a second time through a moved-from responder.
    bool handedOff = false;
    try {
        const std::string target(toStd(request.target()));
        const auto path = pathOf(target);
        // Scoring is the hot path: the data plane finds the endpoint and checks the credential itself.
        if (auto endpoint = scoreEndpoint(request.method(), path)) {
            if (request.body().size() > m_settings.maxScoreBytes)
                return respond(
                    Responses::error(Responses::payloadTooLarge(m_settings.maxScoreBytes), version));
            handedOff = true;
            return m_ctx.dataPlane.score(*endpoint, std::move(request), std::move(respond));
        }
        // The same decision a connection takes from the header before it reads the body (tests and the
        // fuzzer call handle() directly, without a connection).
        const auto admission = admit(request);
        if (admission.refusal)
            return respond(Responses::error(*admission.refusal, version));
        if (request.body().size() > admission.bodyLimit)
            return respond(Responses::error(Responses::payloadTooLarge(admission.bodyLimit), version));
        auto match = m_router.match(toStd(request.method_string()), path);
        if (!match) // admit() found the route; this cannot fail, but is not assumed
            return respond(Responses::error(match.error(), version));
        const auto route = static_cast<Route>(match->id);
        switch (route) {
        case R::Healthz:
            return respond(Responses::text(200, "ok", version));
        case R::Score: // scoreEndpoint() takes every request this route matches
            return respond(Responses::error(Error::notFound("There is no resource at this path."), version));
        case R::Monitor: {
            // The live figures, asked once a second by every console, are answered here from the data plane's
            // memory, so a long store operation (a model upload, pod logs) never makes a healthy server look
            // frozen. A history answer can be megabytes of JSON: it goes to the store thread instead of
            // holding an I/O thread that scoring requests share.
            auto seconds = intParam(Router::parseQuery(queryOf(target)), "seconds", 0, 0, kMaxMonitorSeconds);
            if (!seconds)
                return respond(Responses::error(seconds.error(), version));
            if (*seconds == 0)
                return respond(Responses::json(200, MonitorView::build(m_ctx, 0), version));
            break;
        }
        case R::Metrics: {
            std::string text = m_ctx.dataPlane.prometheus();
            if (m_settings.serverMetrics)
                text += m_settings.serverMetrics();
            return respond(Responses::text(200, std::move(text), version, "text/plain; version=0.0.4"));
        }
        default:
            break;
        }
        handedOff = true;
        auto shared = std::make_shared<Call>(Call{route,
                                                  {},
                                                  std::move(request),
                                                  std::move(match->params),
                                                  Router::parseQuery(queryOf(target)),
                                                  std::move(respond)});
        boost::asio::post(m_storeExecutor, [this, shared] {
            try {
                // Asked again on the store thread, in order with the changes: a credential revoked or
                // expired while this request waited is refused, never let through.
                if (roleFor(ruleFor(shared->route).access)) {
                    auto who = authorize(shared->request, shared->route);
                    if (!who)
                        return shared->respond(Responses::error(who.error(), shared->request.version()));
                    shared->who = std::move(who).value();
                    m_operators.recordUse(shared->who.name);
                }
                ActorScope actor(m_ctx.events, shared->who.name.empty() ? EventLog::serverActor("server")
                                                                        : shared->who.name);
                dispatch(*shared);
            } catch (const DiskFullError& e) {
                Logger::throttled(Logger::Level::Error, "disk-full",
                                  std::string("request failed: ") + e.what());
                shared->respond(Responses::error(
                    {ErrorKind::InsufficientStorage, "InsufficientStorage",
                     "The server's data disk is full; nothing was changed. Free space and try again.",
                     std::nullopt},
                    shared->request.version()));
            } catch (const std::exception& e) {
                // A failed SQLite call or disk write: the transaction rolled back, nothing changed.
                Logger::error(std::string("request failed: ") + e.what());
                shared->respond(
                    Responses::error(Error::internal("The server could not complete the request."),
                                     shared->request.version()));
            }
        });
    } catch (const std::exception& e) {
        Logger::error(std::string("request failed: ") + e.what());
        if (!handedOff)
            respond(Responses::error(Error::internal("The server could not complete the request."), version));
    }
}

void ManagementApi::dispatch(Call& call)
{
    const unsigned version = call.request.version();
    auto& p = call.params;
    const auto answer = [&](const auto& result, int status) {
        if (!result)
            return call.respond(Responses::error(result.error(), version));
        call.respond(Responses::json(status, *result, version));
    };
    const auto withJson = [&](auto&& fn, int status) {
        auto body = jsonBody(call.request);
        if (!body)
            return call.respond(Responses::error(body.error(), version));
        answer(fn(*body), status);
    };
    const auto done = [&](const Status& s) {
        if (!s)
            return call.respond(Responses::error(s.error(), version));
        call.respond(Responses::noContent(version));
    };

    switch (call.route) {
    case R::Cluster:
        return call.respond(Responses::json(200, m_endpoints.cluster(), version));
    case R::Models:
        return call.respond(Responses::json(200, m_ctx.models.list(), version));
    case R::ModelUpload:
        if (!isMediaType(call.request, "application/octet-stream"))
            return call.respond(
                Responses::error(Responses::unsupportedMediaType("application/octet-stream"), version));
        return answer(m_ctx.models.upload(p["name"], call.request.body()), 201);
    case R::Endpoints:
        return call.respond(Responses::json(200, m_endpoints.list(), version));
    case R::EndpointCreate:
        return withJson([&](const auto& b) { return m_endpoints.create(b); }, 201);
    case R::EndpointGet:
        return answer(m_endpoints.get(p["ep"]), 200);
    case R::EndpointPatch:
        return withJson([&](const auto& b) { return m_endpoints.patch(p["ep"], b); }, 200);
    case R::EndpointDelete:
        return done(m_endpoints.remove(p["ep"]));
    case R::VersionCreate:
        return withJson([&](const auto& b) { return m_versions.create(p["ep"], b); }, 201);
    case R::VersionGet:
        return answer(m_versions.get(p["ep"], p["v"]), 200);
    case R::VersionPatch:
        return withJson([&](const auto& b) { return m_versions.patch(p["ep"], p["v"], b); }, 200);
    case R::VersionDelete:
        return done(m_versions.remove(p["ep"], p["v"]));
    case R::VersionLogs: {
        auto tail = intParam(call.query, "tail", 200, 1, 10000);
        if (!tail)
            return call.respond(Responses::error(tail.error(), version));
        auto text = m_versions.logs(p["ep"], p["v"], static_cast<int>(*tail));
        if (!text)
            return call.respond(Responses::error(text.error(), version));
        return call.respond(Responses::text(200, *text, version));
    }
    case R::VersionCollected: {
        auto limit = intParam(call.query, "limit", 100, 1, 10000);
        if (!limit)
            return call.respond(Responses::error(limit.error(), version));
        return answer(m_versions.collected(p["ep"], p["v"], static_cast<int>(*limit)), 200);
    }
    case R::EndpointMetrics: {
        auto seconds = intParam(call.query, "seconds", 300, 1, 3600);
        if (!seconds)
            return call.respond(Responses::error(seconds.error(), version));
        return answer(m_versions.metrics(p["ep"], static_cast<int>(*seconds)), 200);
    }
    case R::Monitor: {
        auto seconds = intParam(call.query, "seconds", 0, 0, kMaxMonitorSeconds);
        if (!seconds)
            return call.respond(Responses::error(seconds.error(), version));
        return call.respond(
            Responses::json(200, MonitorView::build(m_ctx, static_cast<int>(*seconds)), version));
    }
    case R::VersionReplicas:
        return answer(m_versions.replicas(p["ep"], p["v"]), 200);
    case R::Traffic:
        return withJson([&](const auto& b) { return m_versions.setTraffic(p["ep"], b); }, 200);
    case R::Keys:
        return answer(m_endpoints.keys(p["ep"]), 200);
    case R::KeysRegenerate:
        return withJson([&](const auto& b) { return m_endpoints.regenerateKey(p["ep"], b); }, 200);
    case R::Token: {
        // The body is optional here; when one is sent it must be an empty JSON object.
        if (!call.request.body().empty()) {
            auto body = jsonBody(call.request);
            if (!body)
                return call.respond(Responses::error(body.error(), version));
            JsonReader reader(*body);
            if (auto s = reader.finish(); !s)
                return call.respond(Responses::error(s.error(), version));
        }
        return answer(m_endpoints.mintToken(p["ep"]), 200);
    }
    case R::TokenRevoke:
        return done(m_endpoints.revokeTokens(p["ep"]));
    case R::ReplicaModel: {
        // Checked again here: admit() decides by the raw path, the router by the decoded one.
        const auto grant = modelGrant(call.request);
        if (!grant)
            return call.respond(Responses::error(
                Error::unauthorized("This route needs 'Authorization: Bearer <model credential>'."),
                version));
        auto bytes = m_replicaModels.modelFor(*grant);
        if (!bytes)
            return call.respond(Responses::error(bytes.error(), version));
        return call.respond(
            Responses::text(200, std::move(bytes).value(), version, "application/octet-stream"));
    }
    case R::Events: {
        auto after = intParam(call.query, "after", 0, 0, std::numeric_limits<std::int64_t>::max());
        if (!after)
            return call.respond(Responses::error(after.error(), version));
        auto wait = intParam(call.query, "wait", 0, 0, EventLog::kMaxWaitSeconds);
        if (!wait)
            return call.respond(Responses::error(wait.error(), version));
        const auto log = call.query.find("log");
        const auto by = call.query.find("operator");
        if (by != call.query.end()) {
            if (auto s = validateResourceName(by->second, "operator"); !s)
                return call.respond(Responses::error(s.error(), version));
        }
        auto respond = call.respond;
        m_ctx.events.poll(
            *after, static_cast<int>(*wait), log == call.query.end() ? std::string() : log->second,
            by == call.query.end() ? std::string() : by->second,
            [respond, version](nlohmann::json body) { respond(Responses::json(200, body, version)); });
        return;
    }
    case R::WhoAmI:
        return call.respond(Responses::json(200, m_operators.whoami(call.who), version));
    case R::Operators:
        return call.respond(Responses::json(200, m_operators.list(), version));
    case R::OperatorCreate:
        return withJson([&](const auto& b) { return m_operators.create(b); }, 201);
    case R::OperatorDelete:
        return done(m_operators.remove(p["name"]));
    case R::Healthz:
    case R::Metrics:
    case R::Score:
        break;
    }
}

} // namespace switchyard::server
