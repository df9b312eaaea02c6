#include <algorithm>
#include <set>
#include <vector>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include "ScoreLoad.h"
#include "ServerTestBase.h"

using namespace switchyard::test;

// A 2xx means durable: a stream of changes (creates, patches, versions, uploads, key regenerations and
// deletes) beside scoring load, `kill -9` at a random moment (at least 20 times), restart on the same data
// dir, and every change that was answered 2xx must be there (and every acknowledged delete stay done).
class DurabilityTest : public QObject
{
    Q_OBJECT

private:
    struct Acked
    {
        std::map<std::string, int> endpoints; // endpoint -> traffic of version "v-extra" (0: none)
        // endpoint -> the last acked description, then the attempts whose answers were lost after it
        std::map<std::string, std::vector<std::string>> descriptions;
        std::map<std::string, QByteArray> models; // "name:version" -> sha256
        // endpoint -> last acked primary key, and whether a later regeneration went unanswered
        std::map<std::string, std::pair<std::string, bool>> keys;
        std::set<std::string> deleted; // acked deletes: must stay gone
    };

    // One change of the stream; false when the server did not answer (it is dead).
    bool change(HttpClient& client, Acked& acked, int round, int i)
    {
        const std::string name = "ep-" + std::to_string(round) + "-" + std::to_string(i);
        const auto kind = i % 6;
        if (kind == 5 && acked.endpoints.size() > 2) {
            // Delete the oldest endpoint; one whose answer the kill swallowed is neither kept nor gone.
            const std::string victim = acked.endpoints.begin()->first;
            const auto r = client.del(QString::fromStdString("/api/v1/endpoints/" + victim));
            if (r.status == 204 || r.status == 0) {
                acked.endpoints.erase(victim);
                acked.descriptions.erase(victim);
                acked.keys.erase(victim);
            }
            if (r.status == 204)
                acked.deleted.insert(victim);
            return r.status != 0;
        }
        if (kind == 0 || acked.endpoints.empty()) {
            const auto r = client.post("/api/v1/endpoints", endpointSpec(name, "base:1"));
            if (r.status == 201)
                acked.endpoints[name] = 0;
            return r.status != 0;
        }
        const std::string target = std::prev(acked.endpoints.end())->first;
        const QString path = QString::fromStdString("/api/v1/endpoints/" + target);
        if (kind == 1) {
            const std::string text = "d" + std::to_string(round) + "-" + std::to_string(i);
            const auto r = client.patch(path, {{"description", text}});
            auto& seen = acked.descriptions[target];
            if (r.status == 200)
                seen = {text};
            else if (!seen.empty())
                seen.push_back(text);
            return r.status != 0;
        }
        if (kind == 2) {
            const auto r = client.post(path + "/versions",
                                       versionSpec("v-extra", "base:1", {{"traffic_percentile", 25}}));
            if (r.status == 201)
                acked.endpoints[target] = 25;
            return r.status != 0;
        }
        if (kind == 3) {
            const QByteArray bytes = QByteArray::number(round * 1000 + i) + QByteArray(4096, 'm');
            const auto r = client.request("POST", "/api/v1/models/stream", bytes, "application/octet-stream");
            if (r.status == 201)
                acked.models["stream:" + std::to_string(r.json()["version"].get<int>())] =
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
            return r.status != 0;
        }
        const auto r = client.post(path + "/keys/regenerate", {{"key_type", "Primary"}});
        if (r.status == 200)
            acked.keys[target] = {r.json()["primary_key"].get<std::string>(), false};
        else if (acked.keys.contains(target))
            acked.keys[target].second = true;
        return r.status != 0;
    }

    void verify(HttpClient& client, const Acked& acked)
    {
        for (const auto& [name, traffic] : acked.endpoints) {
            const auto r = client.get(QString::fromStdString("/api/v1/endpoints/" + name));
            QVERIFY2(r.status == 200, qPrintable(QString::fromStdString(name) + " lost: " + describe(r)));
            const auto e = r.json();
            if (traffic)
                QVERIFY2(e["traffic"].contains("v-extra"),
                         qPrintable(QString::fromStdString(name) + " lost v-extra"));
            if (const auto it = acked.descriptions.find(name);
                it != acked.descriptions.end() && !it->second.empty()) {
                // The last acked value, or a later one whose answer the kill swallowed.
                const auto d = e["description"].get<std::string>();
                QVERIFY2(
                    std::find(it->second.begin(), it->second.end(), d) != it->second.end(),
                    qPrintable(QString::fromStdString(name + ": " + d + " is not " + it->second.front())));
            }
        }
        for (const auto& name : acked.deleted) {
            const auto r = client.get(QString::fromStdString("/api/v1/endpoints/" + name));
            QVERIFY2(r.status == 404,
                     qPrintable(QString::fromStdString(name) + " came back: " + describe(r)));
        }
        const auto models = client.get("/api/v1/models").json()["models"];
        for (const auto& [ref, sha] : acked.models) {
            bool found = false;
            for (const auto& m : models)
                if (m["name"].get<std::string>() + ":" + std::to_string(m["version"].get<int>()) == ref)
                    found = m["sha256"].get<std::string>() == sha.toStdString();
            QVERIFY2(found, ref.c_str());
        }
        for (const auto& [endpoint, key] : acked.keys) {
            const auto keys =
                client.get(QString::fromStdString("/api/v1/endpoints/" + endpoint + "/keys")).json();
            // The acked key, unless a later regeneration committed but its answer was lost.
            QVERIFY2(keys["primary_key"].get<std::string>() == key.first || key.second, endpoint.c_str());
        }
    }

private slots:
    void killNineLosesNothingAcked()
    {
        // Replicas are not the point here; /bin/false keeps a real data plane from leaving replica processes
        // behind each kill -9.
        ServerProcess server{{"--cpu-cores", "64", "--memory-gb", "512", "--replica-binary", "/bin/false"}};
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        HttpClient client(server.url(), server.adminToken());
        client.setTimeoutMs(10000);
        QCOMPARE(uploadModel(client, "base", "base model"), std::string("base:1"));

        Acked acked;
        auto* random = QRandomGenerator::global();
        int kills = 0;
        for (int round = 0; round < 22; ++round) {
            // Scoring load beside the changes: the data plane answers (503, no replica runs) while the
            // store commits.
            ScoreLoad load(
                server.url(),
                QString::fromStdString(acked.endpoints.empty() ? "none" : acked.endpoints.rbegin()->first),
                {}, 4);
            load.start(100000, 5000);
            // The kill lands at a random moment while the stream runs, usually mid-request.
            bool killed = false;
            QTimer::singleShot(random->bounded(100, 900), [&] {
                server.kill9();
                killed = true;
            });
            int i = 0;
            QElapsedTimer elapsed;
            elapsed.start();
            while (!killed && i < 400 && elapsed.elapsed() < 5000) {
                if (!change(client, acked, round, i++))
                    break;
            }
            if (!killed) {
                QTest::qWait(500);
                QVERIFY(killed);
            }
            ++kills;
            QVERIFY2(server.restart(), qPrintable(server.errorString()));
            client.setBase(server.url());
            verify(client, acked);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(kills >= 20);
        QVERIFY2(!acked.deleted.empty(), "no delete was acknowledged");
        QVERIFY2(acked.endpoints.size() >= 5,
                 "too few changes were acknowledged for the test to mean anything");
        qInfo("%d kills, %zu endpoints, %zu models acked", kills, acked.endpoints.size(),
              acked.models.size());
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(DurabilityTest)
#include "DurabilityTest.moc"
