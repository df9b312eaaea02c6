// The events subscription against the real server, across a server restart: it reports the lost
// feed, reconnects by itself and resumes after the last seq (no event lost, none twice).
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <mutex>

#include "ClientTestSupport.h"
#include "ServerProcess.h"

using namespace switchyard;
using namespace switchyard::client;
using namespace switchyard::test;

class EventFeedTest : public QObject
{
    Q_OBJECT

private:
    struct Feed
    {
        std::mutex mutex;
        std::vector<EventRecord> events;
        int lost = 0;
        int back = 0;

        bool has(const std::string& kind, const std::string& endpoint)
        {
            std::lock_guard lock(mutex);
            for (const auto& e : events) {
                if (e.kind == kind && e.endpoint == endpoint)
                    return true;
            }
            return false;
        }
        int lostCount()
        {
            std::lock_guard lock(mutex);
            return lost;
        }
        int backCount()
        {
            std::lock_guard lock(mutex);
            return back;
        }
    };

private slots:
    void survivesServerRestart()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ClientOptions options;
        options.baseUrl = server.url().toString().toStdString();
        options.adminToken = server.adminToken().toStdString();
        options.retryBaseDelay = std::chrono::milliseconds(50);
        options.retryMaxDelay = std::chrono::milliseconds(300);
        SwitchyardClient client(options);
        SyncClient api(client);
        QVERIFY(api.registerModel("churn", linearModel()).ok());

        Feed feed;
        auto handle = client.subscribeEvents(
            0,
            [&](const EventPage& page) {
                std::lock_guard lock(feed.mutex);
                feed.events.insert(feed.events.end(), page.events.begin(), page.events.end());
            },
            [&](bool connected, const Error&) {
                std::lock_guard lock(feed.mutex);
                ++(connected ? feed.back : feed.lost);
            },
            2);

        auto first = api.createEndpoint(smallEndpoint("first", "churn:1"));
        QVERIFY2(first.ok(), why(first));
        QTRY_VERIFY_WITH_TIMEOUT(feed.has("EndpointCreated", "first"), 15000);

        // Same data dir and the same port (the last --listen wins), so the feed can resume.
        server.setExtraArgs({"--listen", QStringLiteral("127.0.0.1:%1").arg(server.url().port())});
        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(feed.lostCount() >= 1, 15000); // polls every 2 s at most
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QCOMPARE(server.url().toString().toStdString(), options.baseUrl);

        auto second = api.createEndpoint(smallEndpoint("second", "churn:1"));
        QVERIFY2(second.ok(), why(second));
        QTRY_VERIFY_WITH_TIMEOUT(feed.has("EndpointCreated", "second"), 20000);
        QVERIFY(feed.backCount() >= 1);

        handle.cancel();
        std::lock_guard lock(feed.mutex);
        for (std::size_t i = 1; i < feed.events.size(); ++i)
            QVERIFY2(feed.events[i].seq > feed.events[i - 1].seq, "events repeated or out of order");
        int firstCreated = 0;
        for (const auto& e : feed.events)
            firstCreated += e.kind == "EndpointCreated" && e.endpoint == "first";
        QCOMPARE(firstCreated, 1);
        server.stop();
    }

    // A server back on the same port with an empty data dir has another log: the feed starts over from
    // its first event instead of waiting for it to reach the old cursor.
    void startsOverWhenTheServersLogIsReplaced()
    {
        ServerProcess old;
        QVERIFY2(old.start(), qPrintable(old.errorString()));
        ClientOptions options;
        options.baseUrl = old.url().toString().toStdString();
        options.adminToken = old.adminToken().toStdString();
        options.retryBaseDelay = std::chrono::milliseconds(50);
        options.retryMaxDelay = std::chrono::milliseconds(300);
        SwitchyardClient client(options);
        SyncClient api(client);
        QVERIFY(api.registerModel("churn", linearModel()).ok());
        for (const char* name : {"one", "two", "three"})
            QVERIFY(api.createEndpoint(smallEndpoint(name, "churn:1")).ok());

        std::mutex mutex;
        std::vector<EventPage> pages;
        const auto seen = [&](const std::string& endpoint) {
            std::lock_guard lock(mutex);
            for (const auto& page : pages) {
                for (const auto& e : page.events) {
                    if (e.endpoint == endpoint)
                        return true;
                }
            }
            return false;
        };
        auto handle = client.subscribeEvents(
            0,
            [&](const EventPage& page) {
                std::lock_guard lock(mutex);
                pages.push_back(page);
            },
            {}, 2);
        QTRY_VERIFY_WITH_TIMEOUT(seen("three"), 15000);

        QTemporaryDir tokenDir;
        const QString tokenFile = tokenDir.path() + QStringLiteral("/admin-token");
        {
            QFile token(tokenFile);
            QVERIFY(token.open(QIODevice::WriteOnly));
            token.write(old.adminToken().toUtf8());
            token.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        ServerProcess fresh;
        fresh.setExtraArgs({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(old.url().port()),
                            QStringLiteral("--admin-token-file"), tokenFile});
        old.stop();
        QVERIFY2(fresh.start(), qPrintable(fresh.errorString()));
        QVERIFY(api.registerModel("churn", linearModel()).ok()); // seq 1 of the new log
        QVERIFY(api.createEndpoint(smallEndpoint("after", "churn:1")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(seen("after"), 20000);
        handle.cancel();

        std::lock_guard lock(mutex);
        const std::string oldLog = pages.front().logId;
        QVERIFY(!oldLog.empty());
        const auto first = std::find_if(pages.begin(), pages.end(), [&](const EventPage& p) {
            return p.logId != oldLog &&
                   !p.events.empty(); // the first page of the new log may come before any event
        });
        QVERIFY(first != pages.end());
        QCOMPARE(first->events.front().seq, std::int64_t(1));
        fresh.stop();
    }

    // With an operator's name the server filters the feed: the pages hold that operator's events only,
    // also those made while the subscription waits, and none of anyone else's (the client passes every
    // page on as the server answered it).
    void onlyTheNamedOperatorsEvents()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ClientOptions options;
        options.baseUrl = server.url().toString().toStdString();
        options.adminToken = server.adminToken().toStdString();
        SwitchyardClient client(options);
        SyncClient api(client);
        auto boss = api.createOperator("boss", "admin", 0);
        QVERIFY2(boss.ok(), why(boss));
        ClientOptions bossOptions = options;
        bossOptions.adminToken = boss->token;
        SwitchyardClient bossClient(bossOptions);
        SyncClient bossApi(bossClient);
        QVERIFY(bossApi.createOperator("first", "viewer", 0).ok());

        Feed feed;
        auto handle = client.subscribeEvents(
            0,
            [&](const EventPage& page) {
                std::lock_guard lock(feed.mutex);
                feed.events.insert(feed.events.end(), page.events.begin(), page.events.end());
            },
            {}, 2, "boss");
        QTRY_VERIFY_WITH_TIMEOUT(feed.has("OperatorCreated", ""), 15000); // the backlog: boss made "first"
        QVERIFY(api.createOperator("byadmin", "viewer", 0).ok());
        QVERIFY(bossApi.createOperator("second", "viewer", 0).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::lock_guard lock(feed.mutex);
                return feed.events.size() >= 2;
            }(),
            15000);
        // Pages come in seq order: an admin's event the server wrongly sent would have come before boss's.
        handle.cancel();
        std::lock_guard lock(feed.mutex);
        QCOMPARE(feed.events.size(), std::size_t(2));
        for (const auto& e : feed.events) {
            QCOMPARE(e.operatorName, std::string("boss"));
            QCOMPARE(e.kind, std::string("OperatorCreated"));
        }
        QCOMPARE(feed.events[0].detail.value("name", ""), std::string("first"));
        QCOMPARE(feed.events[1].detail.value("name", ""), std::string("second"));
        server.stop();
    }

    void cancelledSubscriptionStopsCallingBack()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ClientOptions options;
        options.baseUrl = server.url().toString().toStdString();
        options.adminToken = server.adminToken().toStdString();
        SwitchyardClient client(options);
        std::atomic<int> pages{0};
        auto handle = client.subscribeEvents(
            0, [&](const EventPage&) { ++pages; }, {}, 1);
        QTest::qWait(300);
        handle.cancel();
        const int before = pages.load();
        SyncClient api(client);
        QVERIFY(api.registerModel("churn", linearModel()).ok());
        QVERIFY(api.createEndpoint(smallEndpoint("quiet", "churn:1")).ok());
        QTest::qWait(1500);
        QCOMPARE(pages.load(), before);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(EventFeedTest)
#include "tst_EventFeed.moc"
