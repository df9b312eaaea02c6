// KubeInformer against a scripted API server (plain HTTP on loopback: TLS is KubeApiClientTest's).
// The server answers LIST with the test's list and WATCH with a stream the test feeds, ends or cuts.
#include <mutex>
#include <string>
#include <vector>

#include <QTest>

#include "CannedApiServer.h"
#include "KubeApiClient.h"
#include "KubeInformer.h"

using namespace switchyard;
using switchyard::test::CannedApiServer;
using Reply = CannedApiServer::Reply;

namespace {

const char* kPath =
    "/api/v1/namespaces/models/pods?labelSelector=app.kubernetes.io%2Fmanaged-by%3Dswitchyard";

QByteArray pod(const char* name, const char* version)
{
    return QByteArray("{\"kind\":\"Pod\",\"metadata\":{\"name\":\"") + name + "\",\"resourceVersion\":\"" +
           version + "\"}}";
}

QByteArray line(const char* type, const QByteArray& object)
{
    return QByteArray("{\"type\":\"") + type + "\",\"object\":" + object + "}\n";
}

QByteArray podList(const QByteArray& items, const char* version)
{
    return QByteArray("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"") +
           version + "\"},\"items\":[" + items + "]}";
}

const char* kForbidden =
    "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"pods is "
    "forbidden: User \\\"system:serviceaccount:sy:switchyard\\\" cannot list resource "
    "\\\"pods\\\" in API group \\\"\\\" in the namespace \\\"models\\\"\",\"reason\":"
    "\"Forbidden\",\"code\":403}";

const char* kGoneStatus =
    "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"too "
    "old resource version: 13 (40)\",\"reason\":\"Expired\",\"code\":410}";

bool isWatch(const CannedApiServer::Request& request)
{
    return request.target.contains("watch=1");
}

} // namespace

// What the informer's callbacks saw, in order, as text ("replace a,b", "ADDED c", "health ok"), read by the
// test while the informer's thread adds to it.
class InformerRecord
{
public:
    KubeInformer::Callbacks callbacks()
    {
        KubeInformer::Callbacks callbacks;
        callbacks.onReplace = [this](std::vector<nlohmann::json> items) {
            std::string names;
            for (const auto& item : items)
                names += (names.empty() ? "" : ",") + item["metadata"]["name"].get<std::string>();
            add("replace " + names);
        };
        callbacks.onEvent = [this](const std::string& type, const nlohmann::json& object) {
            add(type + " " + object["metadata"]["name"].get<std::string>());
        };
        callbacks.onHealth = [this](bool ok, const std::string& message) {
            add(ok ? std::string("health ok") : "health failing: " + message);
        };
        return callbacks;
    }

    QStringList entries()
    {
        std::lock_guard lock(m_mutex);
        return m_entries;
    }
    bool contains(const QString& entry) { return entries().contains(entry); }
    int count(const QString& prefix)
    {
        int n = 0;
        for (const auto& entry : entries())
            n += entry.startsWith(prefix) ? 1 : 0;
        return n;
    }

private:
    void add(const std::string& entry)
    {
        std::lock_guard lock(m_mutex);
        m_entries.append(QString::fromStdString(entry));
    }

    std::mutex m_mutex;
    QStringList m_entries;
};

class KubeInformerTest : public QObject
{
    Q_OBJECT

private:
    static KubeInformer::Options quickOptions()
    {
        KubeInformer::Options options;
        options.watchTimeout = std::chrono::seconds(60);
        options.firstBackoff = std::chrono::milliseconds(50);
        options.maxBackoff = std::chrono::milliseconds(400);
        return options;
    }

    static KubeConfig configFor(const CannedApiServer& server)
    {
        KubeConfig config;
        config.contextName = "test";
        config.server = server.url(false).toStdString();
        return config;
    }

    static int countRequests(const CannedApiServer& server, bool watch)
    {
        int n = 0;
        for (const auto& request : server.requests())
            n += isWatch(request) == watch ? 1 : 0;
        return n;
    }

    // A server whose LIST gives pods a and b at version 12 and whose WATCH streams, first with `firstChunk`.
    static void script(CannedApiServer& server, QByteArray list, QByteArray firstChunk = {})
    {
        server.setHandler([list, firstChunk](const CannedApiServer::Request& request) {
            if (!isWatch(request))
                return Reply{200, list};
            Reply reply{200, firstChunk};
            reply.stream = true;
            return reply;
        });
    }

private slots:
    void initTestCase()
    {
        for (const char* name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
    }

    void listsThenWatchesFromTheListsVersion()
    {
        CannedApiServer server;
        QVERIFY(server.listen());
        script(server, podList(pod("a", "10") + "," + pod("b", "11"), "12"), line("ADDED", pod("c", "13")));
        KubeApiClient client(configFor(server));
        InformerRecord record;
        KubeInformer informer(client, kPath, record.callbacks(), quickOptions());
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(record.contains("ADDED c"), 10000);
        QCOMPARE(record.entries(), QStringList({"health ok", "replace a,b", "ADDED c"}));
        QCOMPARE(server.requests().size(), std::size_t(2));
        QCOMPARE(server.requests()[0].method, QByteArray("GET"));
        QCOMPARE(server.requests()[0].target, QByteArray(kPath));
        const QByteArray watch = server.requests()[1].target;
        QVERIFY2(watch.startsWith(QByteArray(kPath) + "&"), watch.constData());
        QVERIFY2(watch.contains("&watch=1&"), watch.constData());
        QVERIFY2(watch.contains("&allowWatchBookmarks=true"), watch.constData());
        QVERIFY2(watch.contains("&timeoutSeconds=60"), watch.constData());
        QVERIFY2(watch.endsWith("&resourceVersion=12"), watch.constData());
        QTRY_COMPARE_WITH_TIMEOUT(informer.resourceVersion(), std::string("13"), 10000);
        informer.stop();
    }

    void resumesFromTheLastVersionAfterACutOrAnEnd()
    {
        CannedApiServer server;
        QVERIFY(server.listen());
        script(server, podList(pod("a", "10"), "12"));
        KubeApiClient client(configFor(server));
        InformerRecord record;
        KubeInformer informer(client, kPath, record.callbacks(), quickOptions());
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.streaming(), 10000);
        server.sendChunk(line("MODIFIED", pod("a", "15")));
        // A bookmark moves the version on without an event.
        server.sendChunk(line("BOOKMARK", "{\"kind\":\"Pod\",\"metadata\":{\"resourceVersion\":\"20\"}}"));
        QTRY_COMPARE_WITH_TIMEOUT(informer.resourceVersion(), std::string("20"), 10000);
        server.cutStream();
        QTRY_COMPARE_WITH_TIMEOUT(countRequests(server, true), 2, 10000);
        QVERIFY2(server.requests().back().target.endsWith("&resourceVersion=20"),
                 server.requests().back().target.constData());
        QTRY_VERIFY_WITH_TIMEOUT(server.streaming(), 10000);
        server.sendChunk(line("DELETED", pod("a", "21")));
        QTRY_VERIFY_WITH_TIMEOUT(record.contains("DELETED a"), 10000);
        server.endStream(); // the server's timeoutSeconds ran out
        QTRY_COMPARE_WITH_TIMEOUT(countRequests(server, true), 3, 10000);
        QVERIFY2(server.requests().back().target.endsWith("&resourceVersion=21"),
                 server.requests().back().target.constData());
        QCOMPARE(countRequests(server, false), 1); // never listed again
        QCOMPARE(record.entries(), QStringList({"health ok", "replace a", "MODIFIED a", "DELETED a"}));
        informer.stop();
    }

    void goneRelists_data()
    {
        QTest::addColumn<bool>("asEvent");
        QTest::newRow("ERROR event with code 410") << true;
        QTest::newRow("HTTP 410 on the watch") << false;
    }

    void goneRelists()
    {
        QFETCH(bool, asEvent);
        CannedApiServer server;
        QVERIFY(server.listen());
        int lists = 0;
        int watches = 0;
        server.setHandler([&](const CannedApiServer::Request& request) {
            if (!isWatch(request))
                return ++lists == 1 ? Reply{200, podList(pod("a", "10"), "12")}
                                    : Reply{200, podList(pod("b", "41"), "42")};
            ++watches;
            if (watches == 1 && !asEvent)
                return Reply{410, kGoneStatus};
            Reply reply{200, watches == 1 ? line("ERROR", kGoneStatus) : QByteArray()};
            reply.stream = true;
            return reply;
        });
        KubeApiClient client(configFor(server));
        InformerRecord record;
        KubeInformer informer(client, kPath, record.callbacks(), quickOptions());
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(record.contains("replace b"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(watches, 2, 10000);
        QVERIFY2(server.requests().back().target.endsWith("&resourceVersion=42"),
                 server.requests().back().target.constData());
        QCOMPARE(lists, 2);
        QCOMPARE(record.count("replace"), 2);
        QCOMPARE(record.count("health failing"), 0); // a 410 is routine, not an outage
        informer.stop();
    }

    void otherErrorEventIsReportedAndRelists()
    {
        CannedApiServer server;
        QVERIFY(server.listen());
        int watches = 0;
        server.setHandler([&](const CannedApiServer::Request& request) {
            if (!isWatch(request))
                return Reply{200, podList(pod("a", "10"), "12")};
            Reply reply{200, ++watches == 1 ? line("ERROR", "{\"kind\":\"Status\",\"message\":\"etcd is "
                                                            "unhappy\",\"code\":500}")
                                            : QByteArray()};
            reply.stream = true;
            return reply;
        });
        KubeApiClient client(configFor(server));
        InformerRecord record;
        KubeInformer informer(client, kPath, record.callbacks(), quickOptions());
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(watches, 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(record.count("health ok"), 2, 10000);
        QCOMPARE(record.entries(),
                 QStringList({"health ok", "replace a",
                              "health failing: WATCH " + QString(kPath) + ": etcd is unhappy", "health ok",
                              "replace a"}));
        QCOMPARE(countRequests(server, false), 2);
        informer.stop();
    }

    void serverDownThenBack()
    {
        CannedApiServer server;
        QVERIFY(server.listen());
        script(server, podList(pod("a", "10"), "12"));
        KubeApiClient client(configFor(server));
        InformerRecord record;
        KubeInformer informer(client, kPath, record.callbacks(), quickOptions());
        informer.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.streaming(), 10000);
        const quint16 port = server.port();
        server.close();
        QTRY_COMPARE_WITH_TIMEOUT(record.count("health failing"), 1, 10000);
        const std::size_t requestsWhileDown = server.requests().size();
        QVERIFY(server.listen(port));
        script(server, podList(pod("a", "10"), "12"));
        QTRY_COMPARE_WITH_TIMEOUT(record.count("health ok"), 2, 10000);
        // Back through a WATCH from the last version (no event has come on it yet), not a relist.
        QCOMPARE(server.requests().size(), requestsWhileDown + 1);
        QVERIFY(isWatch(server.requests().back()));
        QVERIFY(server.requests().back().target.endsWith("&resourceVersion=12"));
        const QStringList entries = record.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.mid(0, 2), QStringList({"health ok", "replace a"}));
        QVERIFY2(entries[2].startsWith("health failing: WATCH " + QString(kPath) + ": "),
                 qPrintable(entries[2]));
        QCOMPARE(entries[3], QString("health ok"));
        informer.stop();
    }

    void forbiddenListNamesTheMissingPermission()
    {
        CannedApiServer server;
        QVERIFY(server.listen());
        bool allowed = false;
        server.setHandler([&](const CannedApiServer::Request& request) {
            if (!allowed)
                return Reply{403, kForbidden};
            if (!isWatch(request))
                return Reply{200, podList(pod("a", "10"), "12")};
            Reply reply{200, {}};
            reply.stream = true;
            return reply;
        });
        KubeApiClient client(configFor(server));
        InformerRecord record;
        KubeInformer informer(client, kPath, record.callbacks(), quickOptions());
        informer.start();
        QTRY_COMPARE_WITH_TIMEOUT(record.count("health failing"), 1, 10000);
        const QString failing = record.entries().at(0);
        QVERIFY2(failing.startsWith("health failing: LIST " + QString(kPath) +
                                    ": pods is forbidden: User "
                                    "\"system:serviceaccount:sy:switchyard\" cannot list resource \"pods\""),
                 qPrintable(failing));
        QVERIFY(!record.contains("replace a"));
        // The informer keeps trying (with back-off) and recovers once the Role is fixed.
        QTRY_VERIFY_WITH_TIMEOUT(countRequests(server, false) >= 2, 10000);
        allowed = true;
        QTRY_VERIFY_WITH_TIMEOUT(record.contains("replace a"), 10000);
        QCOMPARE(record.entries().last(), QString("replace a"));
        QCOMPARE(record.count("health failing"), 1); // the same failure is reported once
        informer.stop();
    }

    void stopEndsASilentWatch()
    {
        CannedApiServer server;
        QVERIFY(server.listen());
        script(server, podList({}, "12"));
        KubeApiClient client(configFor(server));
        InformerRecord record;
        {
            KubeInformer informer(client, kPath, record.callbacks(), quickOptions());
            informer.start();
            QTRY_VERIFY_WITH_TIMEOUT(server.streaming(), 10000);
            informer.stop(); // would wait for the 60 s watch if stop did not reach the transfer
            informer.stop(); // idempotent
        }                    // and the destructor after it
        QCOMPARE(record.entries(), QStringList({"health ok", "replace "}));
    }
};

QTEST_GUILESS_MAIN(KubeInformerTest)
#include "KubeInformerTest.moc"
