#include <cmath>
#include <map>

#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "ScoreLoad.h"
#include "ServerTestBase.h"

using namespace switchyard::test;

// The scoring router as clients meet it: the real binary over HTTP/1.1 keep-alive, its pooled
// connections to real replicas, the split, the headers on every answer and the timeout semantics.
// (The data plane's own test, tst_localdataplane, drives the same router without the HTTP front.)
class ScoringTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--purpose", "DevTest", "--cpu-cores", "8", "--memory-gb", "16"}};
    HttpClient m_client;

    static QByteArray model(int workMs)
    {
        return QByteArray(R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]], "bias": [0.5],
                              "work_ms": )") +
               QByteArray::number(workMs) + "}";
    }
    bool healthy(const std::string& endpoint)
    {
        const auto e = m_client.get(QString::fromStdString("/api/v1/endpoints/" + endpoint)).json();
        return e.is_object() && e.value("state", "") == "Healthy";
    }
    HttpReply score(const QByteArray& endpoint, const QMap<QByteArray, QByteArray>& headers = {})
    {
        HttpClient scorer(m_server.url());
        return scorer.request("POST", "/score/" + endpoint, R"({"data": [[1.0, 2.0]]})", "application/json",
                              headers);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        const auto fast = uploadModel(m_client, "fast", model(0));
        const auto slow = uploadModel(m_client, "slow", model(400));
        QVERIFY(!fast.empty() && !slow.empty());
        // split: a 70 / 20 split over three versions, the remainder (10) to the default.
        EXPECT_STATUS(m_client.post("/api/v1/endpoints",
                                    endpointSpec("split", fast, {{"auth_enabled", false}},
                                                 {{"num_replicas", 2}, {"traffic_percentile", 70}})),
                      201);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/split/versions",
                                    versionSpec("versionb", fast, {{"traffic_percentile", 20}})),
                      201);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/split/versions",
                                    versionSpec("versionc", fast, {{"is_default", true}})),
                      201);
        // timeouts: a replica slower than its scoring timeout, and a fast one beside it.
        EXPECT_STATUS(m_client.post("/api/v1/endpoints",
                                    endpointSpec("timeouts", slow, {{"auth_enabled", false}},
                                                 {{"scoring_timeout_ms", 100}, {"traffic_percentile", 0}})),
                      201);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/timeouts/versions",
                                    versionSpec("quick", fast, {{"is_default", true}})),
                      201);
        QTRY_VERIFY_WITH_TIMEOUT(healthy("split") && healthy("timeouts"), 60000);
    }

    void requestsOverHttpFollowTheSplit()
    {
        // tst_localdataplane holds the router to 2 points over 10,000 requests; here 3,000 requests through
        // the HTTP front (about 8 s under the sanitizers) are held to 3.5 points, over four standard
        // deviations for every share, so a correct router does not fail by chance.
        ScoreLoad load(m_server.url(), "split", {}, 8);
        load.start(3000, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(load.answered() >= 3000, 120000);
        QVERIFY2(load.failed() == 0, qPrintable(load.failures().join('\n')));
        const auto shares = load.byVersion();
        const std::map<QString, double> expected{{"versiona", 70}, {"versionb", 20}, {"versionc", 10}};
        for (const auto& [version, percent] : expected) {
            const double got = 100.0 * shares.value(version) / load.answered();
            QVERIFY2(
                std::abs(got - percent) <= 3.5,
                qPrintable(QStringLiteral("%1: %2 %, expected %3 %").arg(version).arg(got).arg(percent)));
        }
    }

    void everyAnswerNamesItsVersionAndRequest()
    {
        const auto given = score("split", {{"X-Request-Id", "trace-42"}});
        EXPECT_STATUS(given, 200);
        QCOMPARE(given.headers.value("x-request-id"), QByteArray("trace-42"));
        QVERIFY(!given.headers.value("x-switchyard-version").isEmpty());
        const auto fresh = score("split", {{"X-Switchyard-Version", "versionb"}});
        EXPECT_STATUS(fresh, 200);
        QCOMPARE(fresh.headers.value("x-switchyard-version"), QByteArray("versionb"));
        QVERIFY(!fresh.headers.value("x-request-id").isEmpty());
        QVERIFY(fresh.json()["result"].is_array());
        const auto unknown = score("split", {{"X-Switchyard-Version", "nosuch"}});
        EXPECT_STATUS(unknown, 404);
        QVERIFY(!unknown.headers.value("x-request-id").isEmpty());
        EXPECT_STATUS(score("nosuch"), 404);
    }

    void slowReplicaIs504AndTheOtherVersionServesOn()
    {
        for (int i = 0; i < 3; ++i) {
            const auto slow = score("timeouts", {{"X-Switchyard-Version", "versiona"}});
            EXPECT_STATUS(slow, 504);
            QCOMPARE(slow.errorCode(), std::string("ScoringTimeout"));
            QCOMPARE(slow.headers.value("x-switchyard-version"), QByteArray("versiona"));
            const auto quick = score("timeouts");
            EXPECT_STATUS(quick, 200);
            QCOMPARE(quick.headers.value("x-switchyard-version"), QByteArray("quick"));
        }
    }

    void malformedInputIs400FromTheModel()
    {
        HttpClient scorer(m_server.url());
        const auto reply = scorer.request("POST", "/score/split", R"({"data": "not rows"})",
                                          "application/json", {{"X-Switchyard-Version", "versiona"}});
        EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.headers.value("x-switchyard-version"), QByteArray("versiona"));
    }

    void cleanShutdown() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(ScoringTest)
#include "ScoringTest.moc"
