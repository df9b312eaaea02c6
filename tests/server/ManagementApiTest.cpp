#include <chrono>
#include <cstring>
#include <future>
#include <memory>

#include <QTemporaryDir>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include <boost/asio/io_context.hpp>
#include <boost/asio/thread_pool.hpp>

#include "ManagementApi.h"
#include "NullDataPlane.h"

using namespace switchyard;
using namespace switchyard::server;
namespace http = boost::beast::http;

// The request handler without sockets: a request in, a response out, against a real store in a temp dir.
class ManagementApiTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const std::string& dir)
            : store(dir + "/switchyard.db"), events(store, io, storeThread.get_executor()),
              models(store, events, dir),
              jwt(std::make_shared<const JwtSigner>(std::string(32, 'k'), std::chrono::seconds(3600))),
              ctx{store,  plane, events,
                  models, jwt,   {"local", "FastProd", {2, 4}, "http://test:1", "http://test:1"}},
              api(ctx, {kToken, false, 1000}, storeThread.get_executor())
        {}
        ~Fixture() { storeThread.join(); }

        static constexpr const char* kToken = "admin-token-for-tests";
        boost::asio::io_context io;
        boost::asio::thread_pool storeThread{1};
        Store store;
        EventLog events;
        ModelRegistry models;
        NullDataPlane plane;
        std::shared_ptr<const JwtSigner> jwt;
        ServiceContext ctx;
        ManagementApi api;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<Fixture> m_f;

    HttpResponse call(http::verb method, const std::string& target, std::string body = {},
                      const std::string& contentType = "application/json", bool auth = true)
    {
        HttpRequest request{method, target, 11};
        if (auth)
            request.set(http::field::authorization, std::string("Bearer ") + Fixture::kToken);
        if (!body.empty())
            request.set(http::field::content_type, contentType);
        request.body() = std::move(body);
        request.prepare_payload();
        auto promise = std::make_shared<std::promise<HttpResponse>>();
        auto future = promise->get_future();
        m_f->api.handle(std::move(request),
                        [promise](HttpResponse&& r) { promise->set_value(std::move(r)); });
        if (future.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
            return HttpResponse{http::status::request_timeout, 11};
        return future.get();
    }

    static nlohmann::json body(const HttpResponse& r)
    {
        return nlohmann::json::parse(r.body(), nullptr, false);
    }

private slots:
    void init() { m_f = std::make_unique<Fixture>(m_dir.path().toStdString()); }
    void cleanup() { m_f.reset(); }

    void healthWithoutAuth()
    {
        const auto r = call(http::verb::get, "/healthz", {}, {}, false);
        QCOMPARE(r.result_int(), 200u);
        QCOMPARE(QString::fromStdString(r.body()), QStringLiteral("ok"));
    }

    void adminAuth()
    {
        auto r = call(http::verb::get, "/api/v1/cluster", {}, {}, false);
        QCOMPARE(r.result_int(), 401u);
        QCOMPARE(std::string(r[http::field::www_authenticate]), std::string("Bearer"));
        QCOMPARE(body(r)["error"]["code"], nlohmann::json("Unauthorized"));
        r = call(http::verb::get, "/api/v1/cluster");
        QCOMPARE(r.result_int(), 200u);
        QCOMPARE(body(r)["capacity"]["cpu_cores"].get<double>(), 2.0);
    }

    void methodNotAllowedNamesAllow()
    {
        const auto r = call(http::verb::delete_, "/api/v1/models");
        QCOMPARE(r.result_int(), 405u);
        QCOMPARE(std::string(r[http::field::allow]), std::string("GET, HEAD"));
        QCOMPARE(body(r)["error"]["target"], nlohmann::json(nullptr));
    }

    void bodyLimits()
    {
        http::request_header<> h;
        h.method(http::verb::post);
        h.set(http::field::authorization, std::string("Bearer ") + Fixture::kToken);
        h.target("/api/v1/models/m");
        QCOMPARE(m_f->api.admit(h).bodyLimit, std::uint64_t(1000));
        QVERIFY(!m_f->api.admit(h).refusal);
        h.target("/api/v1/endpoints");
        QCOMPARE(m_f->api.admit(h).bodyLimit, std::uint64_t(1024 * 1024));
    }

    // The header alone decides, before any body is read.
    void admissionRefusesFromTheHeader()
    {
        http::request_header<> h;
        h.method(http::verb::post);
        h.target("/api/v1/models/m");
        QCOMPARE(m_f->api.admit(h).refusal.value_or(Error{}).kind, ErrorKind::Unauthorized);
        // A wrong token of the real token's length is refused as well (not only a length check).
        h.set(http::field::authorization, "Bearer " + std::string(std::strlen(Fixture::kToken), 'x'));
        QCOMPARE(m_f->api.admit(h).refusal.value_or(Error{}).kind, ErrorKind::Unauthorized);
        std::string nearlyRight = Fixture::kToken;
        nearlyRight.back() = nearlyRight.back() == 'a' ? 'b' : 'a';
        h.set(http::field::authorization, "Bearer " + nearlyRight);
        QCOMPARE(m_f->api.admit(h).refusal.value_or(Error{}).kind, ErrorKind::Unauthorized);
        // Scoring: an unknown endpoint is refused before its body.
        h.target("/score/nope");
        QCOMPARE(m_f->api.admit(h).refusal.value_or(Error{}).kind, ErrorKind::NotFound);
        h.target("/score/%ff");
        QCOMPARE(m_f->api.admit(h).refusal.value_or(Error{}).kind, ErrorKind::NotFound);
        h.method(http::verb::get);
        h.target("/healthz");
        QVERIFY(!m_f->api.admit(h).refusal);
    }

    // A name that is not UTF-8 must not end the server: the error body is still valid JSON, and the
    // handler answers once, through a responder it still owns.
    void invalidUtf8InTheScoringPathIsA404()
    {
        for (const std::string raw : {"/score/%ff", "/score/\xff", "/score/a%c3%28", "/score/%ff%fe%fd"}) {
            const auto r = call(http::verb::post, raw, "{}", "application/json", false);
            QCOMPARE(r.result_int(), 404u);
            QVERIFY2(!body(r).is_discarded(), r.body().c_str());
            QCOMPARE(body(r)["error"]["code"], nlohmann::json("NotFound"));
        }
    }

    void headOnGetRoutes()
    {
        const auto get = call(http::verb::get, "/api/v1/cluster");
        const auto head = call(http::verb::head, "/api/v1/cluster");
        QCOMPARE(head.result_int(), 200u);
        QCOMPARE(head.body(), get.body()); // the connection leaves the body out, not the handler
        const auto r = call(http::verb::delete_, "/api/v1/cluster");
        QCOMPARE(std::string(r[http::field::allow]), std::string("GET, HEAD"));
    }

    void createThroughTheHandler()
    {
        auto r = call(http::verb::post, "/api/v1/models/m", "weights", "application/octet-stream");
        QCOMPARE(r.result_int(), 201u);
        r = call(http::verb::post, "/api/v1/endpoints",
                 R"({"name": "ep1", "version": {"version_name": "one", "model": "m:1"}})");
        QCOMPARE(r.result_int(), 201u);
        QCOMPARE(body(r)["scoring_uri"], nlohmann::json("http://test:1/score/ep1"));
        r = call(http::verb::post, "/api/v1/endpoints", R"({"name": "ep2"})", "text/plain");
        QCOMPARE(r.result_int(), 415u);
        r = call(http::verb::get, "/api/v1/endpoints/ep1/versions/one");
        QCOMPARE(r.result_int(), 200u);
        QCOMPARE(body(r)["state"], nlohmann::json("Transitioning"));
        QCOMPARE(body(r)["replicas"]["ready"], nlohmann::json(0));

        // The null data plane authenticates, then answers 503 with the contract's error body.
        r = call(http::verb::post, "/score/ep1", "{}", "application/json", false);
        QCOMPARE(r.result_int(), 401u);
        const auto keys = body(call(http::verb::get, "/api/v1/endpoints/ep1/keys"));
        HttpRequest score{http::verb::post, "/score/ep1", 11};
        score.set(http::field::authorization, "Bearer " + keys["primary_key"].get<std::string>());
        std::promise<HttpResponse> promise;
        m_f->api.handle(std::move(score), [&](HttpResponse&& res) { promise.set_value(std::move(res)); });
        const auto answer = promise.get_future().get();
        QCOMPARE(answer.result_int(), 503u);
        QVERIFY(body(answer)["error"]["code"].is_string());
    }

    void storeSurvivesReopen()
    {
        QCOMPARE(call(http::verb::get, "/api/v1/endpoints/ep1").result_int(), 200u);
        QCOMPARE(m_f->store.schemaVersion(), 3);
    }

    // A data dir from before operators (schema 2) opens: its events are kept and say they were recorded
    // before who caused them was; the operators table is there, empty.
    void schemaTwoDataDirMigrates()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("old.db").toStdString();
        {
            Database db(path);
            db.exec(
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, "
                "endpoint TEXT NOT NULL, version TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL);"
                "CREATE TABLE endpoints (name TEXT PRIMARY KEY, token_epoch TEXT NOT NULL DEFAULT '');"
                "INSERT INTO events (time, endpoint, version, kind, detail) "
                "VALUES ('2026-01-01T00:00:00.000Z', 'ep', '', 'EndpointCreated', '{}');"
                "PRAGMA user_version = 2;");
        }
        Store store(path);
        QCOMPARE(store.schemaVersion(), 3);
        const auto events = store.eventsFrom(0, 10);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].event.kind, std::string("EndpointCreated"));
        QCOMPARE(events[0].actor, std::string());
        QCOMPARE(EventLog::actorJson(events[0].actor)["caused_by"], nlohmann::json("unknown"));
        QVERIFY(store.listOperators().empty());
        QVERIFY(store.eventsFrom(0, 10, "admin").empty());
    }
};

QTEST_GUILESS_MAIN(ManagementApiTest)
#include "ManagementApiTest.moc"
