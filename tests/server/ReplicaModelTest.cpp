#include <memory>

#include <QCryptographicHash>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include "Crypto.h"
#include "Database.h"
#include "JwtSigner.h"
#include "ModelCredential.h"
#include "SelfSignedCertificate.h"
#include "ServerTestBase.h"

using namespace switchyard::test;
using switchyard::server::ModelCredential;
using switchyard::server::ModelGrant;

// GET /api/v1/replica/model and the real switchyard-replica fetching from it, against the real server.
// No route mints a model credential (the Kubernetes backend gets them from the server's wiring), so the
// test mints them as that wiring does: ModelCredential over a JwtSigner holding the server's own signing
// secret, read from the store in its data dir. What the server accepts is then exactly what its issuer
// makes, and every refusal below is the server's, not the test's.
class ReplicaModelTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--purpose", "DevTest"}};
    HttpClient m_client;
    std::unique_ptr<ModelCredential> m_credentials;
    std::string m_modelRef;
    std::string m_modelSha;
    QProcess m_replica;
    unsigned short m_replicaPort = 0;

    static QByteArray model()
    {
        return R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]], "bias": [0.5]})";
    }
    static std::string sha256Hex(const QByteArray& bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
    }
    QString modelUrl() const { return m_server.url().toString() + QStringLiteral("/api/v1/replica/model"); }
    std::string credential(const std::string& version, const std::string& sha, std::int64_t age = 0) const
    {
        const auto now = QDateTime::currentSecsSinceEpoch() - age;
        return m_credentials->issue(ModelGrant{"fetched", version, sha}, now);
    }
    HttpReply fetch(const std::string& bearer)
    {
        HttpClient client(m_server.url(), QString::fromStdString(bearer));
        return client.get(QStringLiteral("/api/v1/replica/model"));
    }
    // Model credentials as `server` issues them: its signing secret, where ServerApp keeps it (base64url
    // in the store's meta table).
    static std::unique_ptr<ModelCredential> credentialsOf(const ServerProcess& server)
    {
        switchyard::server::Database db(server.dataDir().toStdString() + "/switchyard.db");
        auto& select = db.prepare("SELECT value FROM meta WHERE key = 'jwt_secret'");
        std::string secret;
        if (!select.step() || !switchyard::server::Crypto::base64UrlDecode(select.text(0), secret))
            return nullptr;
        select.reset();
        return std::make_unique<ModelCredential>(
            std::make_shared<const switchyard::server::JwtSigner>(secret, std::chrono::seconds(3600)));
    }
    // The real replica with a model URL in its environment instead of a file.
    void startReplica(const std::string& token, const std::string& sha, const QString& url = {},
                      const QString& caFile = {})
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_replicaPort = probe.serverPort();
        probe.close();
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MODEL_PATH"));
        env.insert(QStringLiteral("PORT"), QString::number(m_replicaPort));
        env.insert(QStringLiteral("SWITCHYARD_LISTEN_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("SWITCHYARD_MODEL_URL"), url.isEmpty() ? modelUrl() : url);
        env.remove(QStringLiteral("SWITCHYARD_SERVER_CA"));
        if (!caFile.isEmpty())
            env.insert(QStringLiteral("SWITCHYARD_SERVER_CA"), caFile);
        env.insert(QStringLiteral("SWITCHYARD_MODEL_TOKEN"), QString::fromStdString(token));
        env.insert(QStringLiteral("SWITCHYARD_MODEL_SHA256"), QString::fromStdString(sha));
        m_replica.setProcessEnvironment(env);
        m_replica.start(QStringLiteral(SWITCHYARD_REPLICA_BINARY), {});
        QVERIFY(m_replica.waitForStarted(5000));
    }
    void stopReplica()
    {
        if (m_replica.state() != QProcess::NotRunning) {
            m_replica.terminate();
            if (!m_replica.waitForFinished(10000))
                m_replica.kill();
            m_replica.waitForFinished(5000);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        m_modelRef = uploadModel(m_client, "fetched", model());
        QVERIFY(!m_modelRef.empty());
        m_modelSha = sha256Hex(model());
        EXPECT_STATUS(m_client.post("/api/v1/endpoints",
                                    endpointSpec("fetched", m_modelRef,
                                                 {{"auth_enabled", false}, {"token_auth_enabled", true}})),
                      201);

        m_credentials = credentialsOf(m_server);
        QVERIFY(m_credentials);
    }

    void cleanup() { stopReplica(); }

    void credentialFetchesTheModelBytes()
    {
        const auto reply = fetch(credential("versiona", m_modelSha));
        EXPECT_STATUS(reply, 200);
        QCOMPARE(reply.body, model());
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/octet-stream"));
    }

    void adminTokenIsRefusedThere()
    {
        const auto reply = m_client.get(QStringLiteral("/api/v1/replica/model"));
        EXPECT_STATUS(reply, 401);
        QCOMPARE(reply.errorCode(), std::string("Unauthorized"));
        EXPECT_STATUS(fetch(""), 401);
        // The same route spelt with an escape: the router decodes it, and the admin token still does not
        // fetch a model there.
        const auto escaped = HttpClient::raw(
            m_server.url(), "GET /api/v1/replica/%6dodel HTTP/1.1\r\nHost: x\r\n"
                            "Authorization: Bearer " +
                                m_server.adminToken().toUtf8() + "\r\nConnection: close\r\n\r\n");
        QVERIFY2(escaped.startsWith("HTTP/1.1 401"), escaped.left(300).constData());
    }

    void credentialOpensNothingElse()
    {
        const auto bearer = credential("versiona", m_modelSha);
        HttpClient holder(m_server.url(), QString::fromStdString(bearer));
        EXPECT_STATUS(holder.get(QStringLiteral("/api/v1/endpoints")), 401);
        EXPECT_STATUS(holder.get(QStringLiteral("/api/v1/endpoints/fetched")), 401);
        EXPECT_STATUS(holder.get(QStringLiteral("/metrics")), 401);
        // Not a scoring token either, though both are signed with the same secret.
        EXPECT_STATUS(
            holder.request("POST", "/score/fetched", R"({"data": [[1.0, 2.0]]})", "application/json"), 401);
        // And the endpoint's own scoring token does not fetch models.
        const auto token = m_client.post("/api/v1/endpoints/fetched/token", json::object());
        EXPECT_STATUS(token, 200);
        EXPECT_STATUS(fetch(token.json()["access_token"].get<std::string>()), 401);
    }

    void expiredOrForgedCredentialIsRefused()
    {
        // Issued just over an hour ago: expired.
        EXPECT_STATUS(fetch(credential("versiona", m_modelSha, ModelCredential::kLifetime.count() + 5)), 401);
        // Issued a little under an hour ago: still valid (so the refusal above is the expiry).
        EXPECT_STATUS(fetch(credential("versiona", m_modelSha, ModelCredential::kLifetime.count() - 60)),
                      200);
        // Signed with another secret.
        ModelCredential forger(std::make_shared<const switchyard::server::JwtSigner>(
            std::string(32, 'f'), std::chrono::seconds(3600)));
        EXPECT_STATUS(fetch(forger.issue({"fetched", "versiona", m_modelSha})), 401);
    }

    void otherVersionOrModelIsNotFound()
    {
        // A version that does not exist, and the right version with another model's digest.
        EXPECT_STATUS(fetch(credential("versionz", m_modelSha)), 404);
        EXPECT_STATUS(fetch(credential("versiona", sha256Hex(QByteArray("another model")))), 404);
        // A version deleted and created again with another model: its old credential no longer fetches.
        const auto other = uploadModel(m_client, "other", model() + " ");
        QVERIFY(!other.empty());
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/fetched/versions",
                                    versionSpec("versionb", m_modelRef, {{"traffic_percentile", 0}})),
                      201);
        const auto old = credential("versionb", m_modelSha);
        EXPECT_STATUS(fetch(old), 200);
        EXPECT_STATUS(m_client.del("/api/v1/endpoints/fetched/versions/versionb"), 204);
        EXPECT_STATUS(fetch(old), 404);
        EXPECT_STATUS(m_client.post("/api/v1/endpoints/fetched/versions",
                                    versionSpec("versionb", other, {{"traffic_percentile", 0}})),
                      201);
        EXPECT_STATUS(fetch(old), 404);
        const auto fresh = fetch(credential("versionb", sha256Hex(model() + " ")));
        EXPECT_STATUS(fresh, 200);
        QCOMPARE(fresh.body, model() + " ");
    }

    void replicaFetchesAndScores()
    {
        startReplica(credential("versiona", m_modelSha), m_modelSha);
        HttpClient replica(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_replicaPort)));
        QTRY_VERIFY_WITH_TIMEOUT(replica.get(QStringLiteral("/health")).status == 200, 30000);
        const auto score = replica.request("POST", "/score", R"({"data": [[1.0, 2.0]]})", "application/json");
        EXPECT_STATUS(score, 200);
        QVERIFY2(score.json()["result"] == json::parse("[[5.5]]"), score.body.constData());
    }

    void replicaRefusesAModelWithAnotherDigest()
    {
        const auto wrong = sha256Hex(QByteArray("not the model"));
        startReplica(credential("versiona", m_modelSha), wrong);
        QVERIFY(m_replica.waitForFinished(30000));
        QCOMPARE(m_replica.exitCode(), 1);
        const auto errors = m_replica.readAllStandardError();
        QVERIFY2(errors.contains(QByteArray::fromStdString(wrong)) &&
                     errors.contains(QByteArray::fromStdString(m_modelSha)),
                 errors.constData());
    }

    void replicaWithARefusedCredentialExitsWithoutShowingIt()
    {
        const auto expired = credential("versiona", m_modelSha, 2 * ModelCredential::kLifetime.count());
        startReplica(expired, m_modelSha);
        // A 401 is final: no retries, exit 1 (bounded by the wait, not asserted as a time).
        QVERIFY(m_replica.waitForFinished(30000));
        QCOMPARE(m_replica.exitCode(), 1);
        const auto output = m_replica.readAllStandardOutput() + m_replica.readAllStandardError();
        QVERIFY2(output.contains("401"), output.constData());
        QVERIFY2(!output.contains(QByteArray::fromStdString(expired)), "the replica printed its credential");
        QVERIFY(!output.contains("attempt 2"));
    }

    void fetchOverTlsIsVerified()
    {
        QTemporaryDir certDir;
        const auto cert = certDir.filePath(QStringLiteral("cert.pem"));
        QVERIFY(makeSelfSignedCertificate(certDir.filePath(QStringLiteral("key.pem")), cert));
        ServerProcess tls{{"--purpose", "DevTest", "--tls-cert", cert, "--tls-key",
                           certDir.filePath(QStringLiteral("key.pem"))}};
        QVERIFY2(tls.start(), qPrintable(tls.errorString()));
        HttpClient admin(tls.url(), tls.adminToken());
        admin.setCaCertificates(QSslCertificate::fromPath(cert));
        const auto ref = uploadModel(admin, "fetched", model());
        QVERIFY(!ref.empty());
        EXPECT_STATUS(admin.post("/api/v1/endpoints", endpointSpec("fetched", ref)), 201);
        const auto credentials = credentialsOf(tls);
        QVERIFY(credentials);
        const auto token = credentials->issue({"fetched", "versiona", m_modelSha});
        const auto url = tls.url().toString() + QStringLiteral("/api/v1/replica/model");

        // Not trusted by the system's CAs: refused, and not retried (a certificate does not heal).
        startReplica(token, m_modelSha, url);
        QVERIFY(m_replica.waitForFinished(30000));
        QCOMPARE(m_replica.exitCode(), 1);
        const auto output = m_replica.readAllStandardOutput() + m_replica.readAllStandardError();
        QVERIFY2(!output.contains("attempt 2"), output.constData());

        // With the server's CA given: fetched, served.
        startReplica(token, m_modelSha, url, cert);
        HttpClient replica(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_replicaPort)));
        QTRY_VERIFY_WITH_TIMEOUT(replica.get(QStringLiteral("/health")).status == 200, 30000);
    }
};

QTEST_GUILESS_MAIN(ReplicaModelTest)
#include "ReplicaModelTest.moc"
