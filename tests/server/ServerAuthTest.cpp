#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QProcess>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete
#include <QThread>

#include "ServerTestBase.h"

using namespace switchyard::test;

// Admin auth on every /api/v1 route, endpoint keys (regeneration, rotation without downtime) and JWT
// tokens (minting, expiry, tampering), against the real binary. Token lifetime is 2 s so expiry is quick.
class ServerAuthTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--cpu-cores", "2", "--memory-gb", "4", "--token-lifetime", "2"}};
    HttpClient m_client;
    std::string m_model;

    int score(const QString& endpoint, const QString& bearer)
    {
        HttpClient scorer(m_server.url(), bearer);
        return scorer.request("POST", "/score/" + endpoint, R"({"data": [[1]]})", "application/json").status;
    }
    // Whether a token that had not expired yet was refused. Tokens live 2 s here (--token-lifetime 2), which
    // a starved machine can spend between issuing one and scoring with it: a 401 after `expiry` (the
    // token's expiry_on) proves nothing, one before it is the defect.
    bool refusedWhileValid(const QString& endpoint, const QString& token, qint64 expiry)
    {
        return score(endpoint, token) == 401 && QDateTime::currentSecsSinceEpoch() < expiry;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        QVERIFY(m_server.adminToken().size() >= 40);
        m_model = uploadModel(m_client, "m", "bytes");
        QVERIFY(!m_model.empty());
        EXPECT_STATUS(m_client.post("/api/v1/endpoints", endpointSpec("keyed", m_model)), 201);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints",
                                    endpointSpec("tokened", m_model,
                                                 {{"auth_enabled", false}, {"token_auth_enabled", true}})),
                      201);
    }

    void adminTokenFileIsPrivate()
    {
        const QFileInfo info(m_server.dataDir() + "/admin-token");
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY2(!m_server.serverOutput().contains(m_server.adminToken()), "the admin token was logged");
    }

    void everyApiRouteNeedsTheAdminToken()
    {
        QProcess routes;
        routes.start(ServerProcess::binary(), {"--print-routes"});
        QVERIFY(routes.waitForFinished(60000)); // a sanitized binary on a loaded machine starts slowly
        int checked = 0;
        for (const auto& line :
             QString::fromUtf8(routes.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts)) {
            const auto parts = line.split(' ');
            if (!parts[1].startsWith("/api/v1"))
                continue;
            QString path = parts[1];
            path.replace("{ep}", "keyed").replace("{v}", "versiona").replace("{name}", "m");
            // A wrong token of the real one's length (one character off at either end) as well: a check
            // that compared only lengths would let those through.
            QString firstOff = m_server.adminToken(), lastOff = m_server.adminToken();
            firstOff[0] = firstOff[0] == 'a' ? 'b' : 'a';
            lastOff[lastOff.size() - 1] = lastOff.back() == 'a' ? 'b' : 'a';
            for (const QString& bearer :
                 {QString(), QStringLiteral("wrong-token"), m_server.adminToken() + "x", firstOff, lastOff}) {
                HttpClient client(m_server.url(), bearer);
                const auto reply = client.request(parts[0].toUtf8(), path, "{}", "application/json");
                QVERIFY2(reply.status == 401, qPrintable(line + " " + describe(reply)));
                QCOMPARE(reply.headers["www-authenticate"], QByteArray("Bearer"));
                QCOMPARE(reply.errorCode(), std::string("Unauthorized"));
            }
            ++checked;
        }
        QVERIFY(checked >= 18);
        HttpClient basic(m_server.url());
        QCOMPARE(basic
                     .request("GET", "/api/v1/cluster", {}, {},
                              {{"Authorization", "Basic " + m_server.adminToken().toUtf8()}})
                     .status,
                 401);
        // Unknown /api/v1 paths are 401 too: nothing is revealed without the token.
        QCOMPARE(HttpClient(m_server.url()).get("/api/v1/whatever").status, 401);
        QCOMPARE(HttpClient(m_server.url()).get("/metrics").status, 401);
        EXPECT_STATUS(m_client.get("/metrics"), 200);
    }

    void keys()
    {
        auto reply = m_client.get("/api/v1/endpoints/keyed/keys");
        EXPECT_STATUS(reply, 200);
        const auto keys = reply.json();
        const auto primary = QString::fromStdString(keys["primary_key"].get<std::string>());
        const auto secondary = QString::fromStdString(keys["secondary_key"].get<std::string>());
        QVERIFY(primary.size() >= 43); // 256 bits in base64
        QVERIFY(primary != secondary);
        QVERIFY(QRegularExpression("^[A-Za-z0-9_-]+$").match(primary).hasMatch());
        QVERIFY(keys["primary_rotated_at"].is_string());
        QVERIFY2(!m_server.serverOutput().contains(primary), "a key was logged");

        // Both keys get past auth; a wrong one does not.
        QVERIFY(score("keyed", primary) != 401);
        QVERIFY(score("keyed", secondary) != 401);
        QCOMPARE(score("keyed", "not-a-key"), 401);
        QCOMPARE(score("keyed", QString()), 401);

        reply = m_client.post("/api/v1/endpoints/keyed/keys/regenerate", {{"key_type", "Primary"}});
        EXPECT_STATUS(reply, 200);
        const auto renewed = reply.json();
        QVERIFY(renewed["primary_key"].get<std::string>() != primary.toStdString());
        QCOMPARE(renewed["secondary_key"].get<std::string>(), secondary.toStdString());
        QVERIFY(renewed["primary_rotated_at"] != keys["primary_rotated_at"]);
        QCOMPARE(m_client.get("/api/v1/endpoints/keyed/keys").json(), renewed);
        // The replaced key stops at once; the other keeps working.
        QCOMPARE(score("keyed", primary), 401);
        QVERIFY(score("keyed", secondary) != 401);
        QVERIFY(score("keyed", QString::fromStdString(renewed["primary_key"].get<std::string>())) != 401);

        reply = m_client.post("/api/v1/endpoints/keyed/keys/regenerate", {{"key_type", "Secondary"}});
        EXPECT_STATUS(reply, 200);
        QCOMPARE(score("keyed", secondary), 401);

        EXPECT_STATUS(m_client.post("/api/v1/endpoints/keyed/keys/regenerate", {{"key_type", "Tertiary"}}),
                      400);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/keyed/keys/regenerate", json::object()), 400);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/keyed/keys/regenerate", {{"key_type", 1}}), 400);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/nope/keys/regenerate", {{"key_type", "Primary"}}),
                      404);
        EXPECT_STATUS(m_client.get("/api/v1/endpoints/tokened/keys"), 409);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/tokened/keys/regenerate", {{"key_type", "Primary"}}),
                      409);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/keyed/token", json::object()), 409);
    }

    void keysSurviveRestart()
    {
        const auto before = m_client.get("/api/v1/endpoints/keyed/keys").json();
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        QCOMPARE(m_client.get("/api/v1/endpoints/keyed/keys").json(), before);
        QVERIFY(score("keyed", QString::fromStdString(before["primary_key"].get<std::string>())) != 401);
    }

    void tokens()
    {
        const auto asked = QDateTime::currentSecsSinceEpoch();
        auto reply = m_client.request("POST", "/api/v1/endpoints/tokened/token");
        EXPECT_STATUS(reply, 200);
        const auto t = reply.json();
        QCOMPARE(t["token_type"], json("Bearer"));
        // Issued between the question and the answer (however long a loaded machine took), for 2 s.
        const auto answered = QDateTime::currentSecsSinceEpoch();
        const auto expiry = t["expiry_on"].get<qint64>();
        QVERIFY2(expiry >= asked + 1 && expiry <= answered + 3,
                 qPrintable(
                     QStringLiteral("%1 asked at %2, answered at %3").arg(expiry).arg(asked).arg(answered)));
        QVERIFY(t["refresh_after"].get<qint64>() < expiry);
        const auto token = QString::fromStdString(t["access_token"].get<std::string>());
        QCOMPARE(token.count('.'), 2);
        QVERIFY(!refusedWhileValid("tokened", token, expiry));

        // Tampered: another payload under the same signature, or a flipped signature.
        auto parts = token.split('.');
        const auto forgedPayload =
            QByteArray(R"({"iss":"switchyard","aud":"tokened","iat":1,"exp":99999999999})")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(score("tokened", parts[0] + "." + forgedPayload + "." + parts[2]), 401);
        auto flipped = parts[2];
        flipped[0] = flipped[0] == 'A' ? 'B' : 'A';
        QCOMPARE(score("tokened", parts[0] + "." + parts[1] + "." + flipped), 401);
        QCOMPARE(score("tokened", "not.a.jwt"), 401);
        // A token for one endpoint does not open another.
        EXPECT_STATUS(m_client.post("/api/v1/endpoints",
                                    endpointSpec("tokened-two", m_model,
                                                 {{"auth_enabled", false}, {"token_auth_enabled", true}})),
                      201);
        QCOMPARE(score("tokened-two", token), 401);

        // The signing secret persists: a token survives a restart.
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        reply = m_client.request("POST", "/api/v1/endpoints/tokened/token");
        const auto fresh = QString::fromStdString(reply.json()["access_token"].get<std::string>());
        QVERIFY(!refusedWhileValid("tokened", fresh, reply.json()["expiry_on"].get<qint64>()));
        // Expired (--token-lifetime 2).
        QThread::sleep(3);
        QCOMPARE(score("tokened", fresh), 401);

        EXPECT_STATUS(m_client.request("POST", "/api/v1/endpoints/tokened/token", "x", "text/plain"), 415);
        EXPECT_STATUS(m_client.request("POST", "/api/v1/endpoints/nope/token"), 404);
    }

    void metricsPublic()
    {
        ServerProcess open{{"--metrics-public"}};
        QVERIFY2(open.start(), qPrintable(open.errorString()));
        EXPECT_STATUS(HttpClient(open.url()).get("/metrics"), 200);
        QCOMPARE(HttpClient(open.url()).get("/api/v1/cluster").status, 401);
    }
};

QTEST_GUILESS_MAIN(ServerAuthTest)
#include "ServerAuthTest.moc"
