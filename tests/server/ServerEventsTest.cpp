#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete
#include <QElapsedTimer>
#include <QTimer>

#include "ServerTestBase.h"

using namespace switchyard::test;

// The event log (GET /api/v1/events): kinds and details of changes, the long poll, durability, and the
// --demo setup (which records its changes the same way).
class ServerEventsTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--cpu-cores", "2", "--memory-gb", "4", "--demo"}};
    HttpClient m_client;

    json events(qint64 after, int wait = 0)
    {
        const auto reply =
            m_client.get(QStringLiteral("/api/v1/events?after=%1&wait=%2").arg(after).arg(wait));
        if (reply.status != 200)
            return json();
        // The data plane reports replica states and scaling on its own schedule; these tests are about the
        // events that management changes record, so they look at those only.
        auto page = reply.json();
        json kept = json::array();
        for (const auto& e : page["events"]) {
            const auto kind = e["kind"].get<std::string>();
            if (kind != "StateChanged" && kind != "ScaledUp" && kind != "ScaledDown")
                kept.push_back(e);
        }
        page["events"] = kept;
        return page;
    }

    static QStringList kinds(const json& page)
    {
        QStringList out;
        for (const auto& e : page["events"])
            out << QString::fromStdString(e["kind"].get<std::string>());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        // Let the demo's replicas come up first, so that no replica state change lands in a long poll below.
        QTRY_VERIFY_WITH_TIMEOUT(m_client.get("/api/v1/endpoints/demo").json()["state"] == json("Healthy"),
                                 60000);
    }

    void demoEndpoint()
    {
        const auto e = m_client.get("/api/v1/endpoints/demo").json();
        QCOMPARE(e["default_version"], json("blue"));
        QCOMPARE(e["control_version"], json("blue"));
        QCOMPARE(e["traffic"], (json{{"blue", 70}, {"green", 30}}));
        const auto models = m_client.get("/api/v1/models").json()["models"];
        QCOMPARE(models.size(), 1u);
        QCOMPARE(models[0]["name"], json("demo"));
    }

    void eventsOfChanges()
    {
        auto page = events(0);
        QVERIFY(page.is_object());
        const auto all = kinds(page);
        for (const char* kind : {"ModelRegistered", "EndpointCreated", "VersionCreated", "TrafficChanged"})
            QVERIFY2(all.contains(kind), qPrintable(all.join(',')));
        const qint64 next = page["next"].get<qint64>();
        QVERIFY(next > page["events"].back()["seq"].get<qint64>());
        qint64 previous = 0;
        for (const auto& e : page["events"]) {
            QVERIFY(e["seq"].get<qint64>() > previous);
            previous = e["seq"].get<qint64>();
            QVERIFY(e["time"].is_string());
            QVERIFY(e["detail"].is_object());
        }

        EXPECT_STATUS(m_client.patch("/api/v1/endpoints/demo/versions/green",
                                     {{"is_default", true}, {"is_control_version_type", true}}),
                      200);
        page = events(next);
        QCOMPARE(kinds(page),
                 (QStringList{"VersionUpdated", "TrafficChanged", "DefaultChanged", "ControlChanged"}));
        const auto& traffic = page["events"][1];
        QCOMPARE(traffic["endpoint"], json("demo"));
        QCOMPARE(traffic["detail"]["to"], (json{{"blue", 0}, {"green", 100}}));
        QCOMPARE(page["events"][2]["detail"], (json{{"from", "blue"}, {"to", "green"}}));

        const auto after = page["next"].get<qint64>();
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/demo/keys/regenerate", {{"key_type", "Secondary"}}),
                      200);
        EXPECT_STATUS(m_client.del("/api/v1/endpoints/demo/versions/blue"), 204);
        page = events(after);
        QCOMPARE(kinds(page), (QStringList{"KeyRegenerated", "VersionDeleted"}));
        QCOMPARE(page["events"][0]["detail"], (json{{"key_type", "Secondary"}}));
        // A refused change records nothing.
        const auto last = page["next"].get<qint64>();
        EXPECT_STATUS(m_client.del("/api/v1/endpoints/demo/versions/green"), 409);
        QCOMPARE(events(last)["events"].size(), 0u);
    }

    void longPollWakesOnChange()
    {
        qint64 next = events(0)["next"].get<qint64>();
        // While the poll waits (up to 20 s), a change arrives from another client. The timer dies with this
        // function, so a poll answered early never leaves it to fire in a later test.
        HttpClient other(m_server.url(), m_server.adminToken());
        int changeStatus = 0;
        QTimer change;
        change.setSingleShot(true);
        connect(&change, &QTimer::timeout, &change, [&] {
            changeStatus = other.patch("/api/v1/endpoints/demo", {{"description", "woken"}}).status;
        });
        change.start(300);
        // A replica's state change, reported on the data plane's own schedule, may land first: it answers
        // the poll, events() leaves it out, and the next poll goes on from its `next`.
        QElapsedTimer waited;
        waited.start();
        json page;
        do {
            page = events(next, 20);
            QVERIFY(page.is_object());
            next = page["next"].get<qint64>();
        } while (page["events"].empty() && waited.elapsed() < 20000);
        QCOMPARE(changeStatus, 200);
        QCOMPARE(kinds(page), QStringList{"EndpointUpdated"});
        QCOMPARE(page["events"][0]["detail"]["changed"], (json{{"description", "woken"}}));
    }

    void longPollTimesOutEmpty()
    {
        const auto next = events(0)["next"].get<qint64>();
        const auto page = events(next, 1);
        QCOMPARE(page["events"].size(), 0u);
        QCOMPARE(page["next"].get<qint64>(), next);
    }

    // A poll for one operator's events is not ended early, with an empty page, by a change someone else
    // makes while it waits (nor by the data plane's events): it answers with its operator's change.
    void longPollForOneOperatorWaitsForItsOwnChange()
    {
        const auto created = m_client.post("/api/v1/operators", {{"name", "alice"}, {"role", "operator"}});
        QCOMPARE(created.status, 201);
        HttpClient alice(m_server.url(), QString::fromStdString(created.json()["token"].get<std::string>()));
        HttpClient admin(m_server.url(), m_server.adminToken());
        const auto next = events(0)["next"].get<qint64>();
        int aliceStatus = 0;
        int adminStatus = 0;
        QTimer adminChange;
        adminChange.setSingleShot(true);
        connect(&adminChange, &QTimer::timeout, &adminChange, [&] {
            adminStatus = admin.patch("/api/v1/endpoints/demo", {{"description", "by the admin"}}).status;
        });
        QTimer aliceChange;
        aliceChange.setSingleShot(true);
        connect(&aliceChange, &QTimer::timeout, &aliceChange, [&] {
            aliceStatus =
                alice.post("/api/v1/endpoints/demo/keys/regenerate", {{"key_type", "Secondary"}}).status;
            adminChange.start(300);
        });
        aliceChange.start(300);
        const auto reply =
            m_client.get(QStringLiteral("/api/v1/events?after=%1&wait=20&operator=admin").arg(next));
        EXPECT_STATUS(reply, 200);
        QCOMPARE(aliceStatus, 200);
        QCOMPARE(adminStatus, 200);
        const auto page = reply.json();
        QCOMPARE(kinds(page), QStringList{"EndpointUpdated"});
        QCOMPARE(page["events"][0]["operator"], json("admin"));
        QCOMPARE(page["events"][0]["detail"]["changed"], (json{{"description", "by the admin"}}));
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("wait above 30") << "after=0&wait=31";
        QTest::newRow("negative wait") << "wait=-1";
        QTest::newRow("after not a number") << "after=abc";
        QTest::newRow("negative after") << "after=-3";
    }
    void badParameters()
    {
        QFETCH(QString, query);
        const auto reply = m_client.get("/api/v1/events?" + query);
        EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorCode(), std::string("InvalidValue"));
    }

    void durableAndDemoIdempotent()
    {
        const auto before = events(0);
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        // Nothing is added on restart: the demo exists already, and every event is still there.
        QCOMPARE(events(0)["events"], before["events"]);
        QCOMPARE(m_client.get("/api/v1/models").json()["models"].size(), 1u);
        QCOMPARE(m_client.get("/api/v1/endpoints").json()["endpoints"].size(), 1u);
    }
};

QTEST_GUILESS_MAIN(ServerEventsTest)
#include "ServerEventsTest.moc"
