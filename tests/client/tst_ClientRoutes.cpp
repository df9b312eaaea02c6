// Every route of docs/rest-api.md through SwitchyardClient against the real switchyard-server,
// including the contract's errors.
#include <QTest>

#include "ClientTestSupport.h"
#include "ServerProcess.h"

using namespace switchyard;
using namespace switchyard::client;
using namespace switchyard::test;

class ClientRoutesTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<SwitchyardClient> m_client;
    std::unique_ptr<SyncClient> m_api;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        ClientOptions options;
        options.baseUrl = m_server.url().toString().toStdString();
        options.adminToken = m_server.adminToken().toStdString();
        m_client = std::make_unique<SwitchyardClient>(options);
        m_api = std::make_unique<SyncClient>(*m_client);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_client.reset();
        m_server.stop();
    }

    void healthAndCluster()
    {
        auto health = m_api->health();
        QVERIFY2(health.ok(), why(health));
        auto cluster = m_api->getCluster();
        QVERIFY2(cluster.ok(), why(cluster));
        QCOMPARE(cluster.httpStatus(), 200);
        QVERIFY(!cluster->serverVersion.empty());
        QVERIFY(cluster->capacity.cpuCores > 0);
    }

    void missingOrWrongAdminTokenIs401()
    {
        ClientOptions options = m_client->options();
        options.adminToken = "not-the-token";
        SwitchyardClient wrong(options);
        auto r = SyncClient(wrong).getCluster();
        QCOMPARE(r.httpStatus(), 401);
        QCOMPARE(r.error().kind, ErrorKind::Unauthorized);
        QVERIFY(!r.error().message.empty());
        options.adminToken.clear();
        SwitchyardClient none(options);
        QCOMPARE(SyncClient(none).listEndpoints().httpStatus(), 401);
    }

    void operatorsAndWhoami()
    {
        auto me = m_api->whoami();
        QVERIFY2(me.ok(), why(me));
        QCOMPARE(me->name, std::string("admin"));
        QCOMPARE(me->role, std::string("admin"));
        QVERIFY(me->bootstrap);

        auto created = m_api->createOperator("wall", "viewer", 3600);
        QVERIFY2(created.ok(), why(created));
        QCOMPARE(created.httpStatus(), 201);
        QVERIFY(created->token.size() >= 40);
        QVERIFY(!created->expiresAt.empty());

        ClientOptions options = m_client->options();
        options.adminToken = created->token;
        SwitchyardClient asViewer(options);
        SyncClient viewer(asViewer);
        auto who = viewer.whoami();
        QVERIFY2(who.ok(), why(who));
        QCOMPARE(who->role, std::string("viewer"));
        auto refused = viewer.listOperators();
        QCOMPARE(refused.httpStatus(), 403);
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY(refused.error().message.find("admin") != std::string::npos);

        auto list = m_api->listOperators();
        QVERIFY2(list.ok(), why(list));
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().name, std::string("wall"));
        QVERIFY(list->front().token.empty());
        QVERIFY(!list->front().lastUsedAt.empty());

        QCOMPARE(m_api->createOperator("wall", "viewer", 0).httpStatus(), 409);
        QCOMPARE(m_api->createOperator("x", "viewer", 0).httpStatus(), 400);
        auto gone = m_api->deleteOperator("wall");
        QVERIFY2(gone.ok(), why(gone));
        QCOMPARE(viewer.whoami().httpStatus(), 401);
        QCOMPARE(m_api->deleteOperator("wall").httpStatus(), 404);
    }

    void models()
    {
        auto first = m_api->registerModel("churn", linearModel());
        QVERIFY2(first.ok(), why(first));
        QCOMPARE(first.httpStatus(), 201);
        QCOMPARE(first->version, 1);
        QCOMPARE(first->sizeBytes, std::int64_t(linearModel().size()));
        QCOMPARE(first->sha256.size(), std::size_t(64));
        auto second = m_api->registerModel("churn", linearModel());
        QVERIFY2(second.ok(), why(second));
        QCOMPARE(second->version, 2);
        auto list = m_api->listModels();
        QVERIFY2(list.ok(), why(list));
        QVERIFY(list->size() >= 2);
        auto bad = m_api->registerModel("-bad", "x");
        QCOMPARE(bad.httpStatus(), 400);
        QCOMPARE(bad.error().kind, ErrorKind::BadRequest);
    }

    void endpoints()
    {
        auto created = m_api->createEndpoint(smallEndpoint("churn", "churn:1"));
        QVERIFY2(created.ok(), why(created));
        QCOMPARE(created.httpStatus(), 201);
        QCOMPARE(created->name, std::string("churn"));
        QCOMPARE(created->defaultVersion, std::string("versiona"));
        QCOMPARE(toString(created->authMode), std::string("key"));
        QCOMPARE(created->traffic.at("versiona"), 100);

        auto again = m_api->createEndpoint(smallEndpoint("churn", "churn:1"));
        QCOMPARE(again.httpStatus(), 409);

        auto both = smallEndpoint("both", "churn:1");
        both.tokenAuthEnabled = true;
        auto bothAuth = m_api->createEndpoint(both);
        QCOMPARE(bothAuth.httpStatus(), 400);

        auto unknownModel = m_api->createEndpoint(smallEndpoint("ghost", "nosuch:9"));
        QCOMPARE(unknownModel.httpStatus(), 400);
        QVERIFY(unknownModel.error().target.has_value());

        auto list = m_api->listEndpoints();
        QVERIFY2(list.ok(), why(list));
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->at(0).versionCount, 1);

        auto got = m_api->getEndpoint("churn");
        QVERIFY2(got.ok(), why(got));
        QCOMPARE(got->versions.size(), std::size_t(1));

        auto missing = m_api->getEndpoint("nosuch");
        QCOMPARE(missing.httpStatus(), 404);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);

        EndpointPatch patch;
        patch.description = "churn scoring";
        patch.tags = std::map<std::string, std::string>{{"team", "risk"}};
        auto patched = m_api->updateEndpoint("churn", patch);
        QVERIFY2(patched.ok(), why(patched));
        QCOMPARE(patched->description, std::string("churn scoring"));
        QCOMPARE(patched->tags.at("team"), std::string("risk"));
    }

    void versionsAndTraffic()
    {
        auto b = m_api->createVersion("churn", smallVersion("versionb", "churn:2"));
        QVERIFY2(b.ok(), why(b));
        QCOMPARE(b.httpStatus(), 201);
        QCOMPARE(b->name(), std::string("versionb"));

        auto got = m_api->getVersion("churn", "versionb");
        QVERIFY2(got.ok(), why(got));
        QCOMPARE(got->spec.model, std::string("churn:2"));
        QCOMPARE(m_api->getVersion("churn", "nosuch").httpStatus(), 404);

        VersionPatch patch;
        patch.trafficPercentile = 40;
        patch.description = "candidate";
        auto patched = m_api->updateVersion("churn", "versionb", patch);
        QVERIFY2(patched.ok(), why(patched));
        QCOMPARE(patched->spec.trafficPercentile, 40);
        QCOMPARE(patched->effectiveTraffic, 40);

        VersionPatch tooMuch;
        tooMuch.trafficPercentile = 101;
        auto rejected = m_api->updateVersion("churn", "versionb", tooMuch);
        QCOMPARE(rejected.httpStatus(), 400);
        QCOMPARE(rejected.error().target.value_or(""), std::string("traffic_percentile"));

        // The seed's example: a = 20, b = 40 and default → effective a 20, b 80.
        TrafficRequest traffic;
        traffic.traffic = {{"versiona", 20}, {"versionb", 40}};
        traffic.defaultVersion = "versionb";
        traffic.controlVersion = std::optional<std::string>("versiona");
        auto split = m_api->setTraffic("churn", traffic);
        QVERIFY2(split.ok(), why(split));
        QCOMPARE(split->traffic.at("versiona"), 20);
        QCOMPARE(split->traffic.at("versionb"), 80);
        QCOMPARE(split->defaultVersion, std::string("versionb"));
        QCOMPARE(split->controlVersion.value_or(""), std::string("versiona"));

        QCOMPARE(m_api->deleteVersion("churn", "versionb").httpStatus(), 409); // the default
    }

    void keysAndTokens()
    {
        auto keys = m_api->getKeys("churn");
        QVERIFY2(keys.ok(), why(keys));
        QVERIFY(keys->primaryKey.size() >= 43); // 256 bits, URL-safe
        QVERIFY(keys->primaryKey != keys->secondaryKey);
        auto regen = m_api->regenerateKey("churn", KeyType::Primary);
        QVERIFY2(regen.ok(), why(regen));
        QVERIFY(regen->primaryKey != keys->primaryKey);
        QCOMPARE(regen->secondaryKey, keys->secondaryKey);

        QCOMPARE(m_api->getToken("churn").httpStatus(), 409); // key auth endpoint

        auto spec = smallEndpoint("tokened", "churn:1");
        spec.authEnabled = false;
        spec.tokenAuthEnabled = true;
        auto created = m_api->createEndpoint(spec);
        QVERIFY2(created.ok(), why(created));
        QCOMPARE(toString(created->authMode), std::string("token"));
        auto token = m_api->getToken("tokened");
        QVERIFY2(token.ok(), why(token));
        QCOMPARE(token->tokenType, std::string("Bearer"));
        QVERIFY(token->expiryOn > token->refreshAfter);
        QCOMPARE(m_api->getKeys("tokened").httpStatus(), 409);
    }

    void scoring()
    {
        QCOMPARE(toString(waitHealthy(*m_api, "churn", "versiona")), std::string("Healthy"));
        QCOMPARE(toString(waitHealthy(*m_api, "churn", "versionb")), std::string("Healthy"));
        auto keys = m_api->getKeys("churn");
        QVERIFY(keys.ok());
        ScoreRequest request;
        request.body = R"({"data": [[1.0, 2.0]]})";
        request.credential = keys->secondaryKey;
        auto scored = m_api->score("churn", request);
        QVERIFY2(scored.ok(), why(scored));
        QCOMPARE(scored->status, 200);
        QVERIFY(scored->servedBy == "versiona" || scored->servedBy == "versionb");
        QVERIFY(!scored->requestId.empty());
        QVERIFY(scored->body.find("result") != std::string::npos);

        request.version = "versiona";
        auto pinned = m_api->score("churn", request);
        QVERIFY2(pinned.ok(), why(pinned));
        QCOMPARE(pinned->servedBy, std::string("versiona"));

        request.credential = "wrong";
        auto denied = m_api->score("churn", request);
        QVERIFY(denied.ok());
        QCOMPARE(denied->status, 401);
        QCOMPARE(denied->error().kind, ErrorKind::Unauthorized);

        request.credential = keys->secondaryKey;
        request.body = "not json";
        auto malformed = m_api->score("churn", request);
        QVERIFY(malformed.ok());
        QCOMPARE(malformed->status, 400);
    }

    void logsMetricsCollectedEvents()
    {
        auto logs = m_api->getLogs("churn", "versiona", 50);
        QVERIFY2(logs.ok(), why(logs));
        QCOMPARE(m_api->getLogs("churn", "nosuch", 50).httpStatus(), 404);

        auto metrics = m_api->getMetrics("churn", 60);
        QVERIFY2(metrics.ok(), why(metrics));
        QCOMPARE(metrics->intervalSeconds, 1);

        // The version's replicas (local processes, or pods on Kubernetes): once the autoscaler is still,
        // as many as the version has, each with the address the router sends to.
        QTRY_VERIFY_WITH_TIMEOUT(m_api->getReplicas("churn", "versiona").ok() &&
                                     int(m_api->getReplicas("churn", "versiona")->size()) ==
                                         m_api->getVersion("churn", "versiona")->replicas.desired,
                                 30000);
        const auto replicas = m_api->getReplicas("churn", "versiona");
        QVERIFY2(replicas.ok(), why(replicas));
        for (const auto& replica : *replicas) {
            QVERIFY(!replica.id.empty());
            QVERIFY2(replica.address.find(':') != std::string::npos, replica.address.c_str());
            QVERIFY(replica.ageSeconds >= 0 && replica.restarts >= 0 && replica.inflight >= 0);
        }
        QCOMPARE(m_api->getReplicas("churn", "nosuch").httpStatus(), 404);
        QVERIFY(m_api->getReplicas("churn", "nosuch").error().message.find("nosuch") != std::string::npos);

        auto collected = m_api->getCollected("churn", "versiona", 10);
        QVERIFY2(collected.ok() || collected.httpStatus() == 409, why(collected));

        // GET /metrics is for Prometheus (the console reads GET /api/v1/monitor): the text names the
        // endpoint's versions with the target the metrics route answered.
        auto prometheus = m_api->getPrometheusMetrics();
        QVERIFY2(prometheus.ok(), why(prometheus));
        const std::string target =
            "switchyard_version_target_utilization_percent{endpoint=\"churn\",version=\"versiona\"} ";
        QVERIFY2(prometheus->find(target) != std::string::npos, prometheus->c_str());
        QVERIFY(prometheus->find("version=\"versionb\"") != std::string::npos);

        auto events = m_api->pollEvents(0, 0);
        QVERIFY2(events.ok(), why(events));
        QVERIFY(!events->events.empty());
        bool created = false;
        for (const auto& e : events->events)
            created = created || (e.kind == "EndpointCreated" && e.endpoint == "churn");
        QVERIFY(created);
        QVERIFY(events->next > events->events.back().seq);
        bool trafficChanged = false;
        for (const auto& e : events->events)
            trafficChanged = trafficChanged || e.kind == "TrafficChanged";
        QVERIFY(trafficChanged);
        // A long-poll from `next` answers only newer events (state changes may arrive meanwhile).
        auto newer = m_api->pollEvents(events->next, 1);
        QVERIFY2(newer.ok(), why(newer));
        for (const auto& e : newer->events)
            QVERIFY(e.seq >= events->next);
    }

    void deleteVersionAndEndpoint()
    {
        TrafficRequest back;
        back.defaultVersion = "versiona";
        QVERIFY(m_api->setTraffic("churn", back).ok());
        auto deleted = m_api->deleteVersion("churn", "versionb");
        QVERIFY2(deleted.ok(), why(deleted));
        QCOMPARE(deleted.httpStatus(), 204);
        QCOMPARE(m_api->deleteVersion("churn", "versiona").httpStatus(), 409); // the only one
        auto gone = m_api->deleteEndpoint("churn");
        QVERIFY2(gone.ok(), why(gone));
        QCOMPARE(m_api->getEndpoint("churn").httpStatus(), 404);
        QCOMPARE(m_api->deleteEndpoint("churn").httpStatus(), 404);
    }
};

QTEST_GUILESS_MAIN(ClientRoutesTest)
#include "tst_ClientRoutes.moc"
