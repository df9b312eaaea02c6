#include <memory>

#include <QTest>

#include <nlohmann/json.hpp>

#include "JwtSigner.h"
#include "ModelCredential.h"

using namespace switchyard::server;

// Model credentials: what they grant, for how long, and that neither they nor scoring tokens (same
// secret) pass for the other.
class ModelCredentialTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const JwtSigner> m_signer =
        std::make_shared<const JwtSigner>(std::string(32, 's'), std::chrono::seconds(3600));
    ModelCredential m_credentials{m_signer};
    const ModelGrant m_grant{"churn", "blue", std::string(64, 'a')};

private slots:
    void issueAndVerify()
    {
        const auto token = m_credentials.issue(m_grant, 1000);
        for (const std::int64_t now : {1000, 2000, 4599}) {
            const auto grant = m_credentials.verify(token, now);
            QVERIFY(grant);
            QCOMPARE(grant->endpoint, m_grant.endpoint);
            QCOMPARE(grant->version, m_grant.version);
            QCOMPARE(grant->modelSha256, m_grant.modelSha256);
        }
    }

    void oneHourAndNotBefore()
    {
        const auto token = m_credentials.issue(m_grant, 1000);
        QVERIFY(!m_credentials.verify(token, 1000 + ModelCredential::kLifetime.count()));
        QVERIFY(!m_credentials.verify(token, 999));
    }

    void forgedOrTamperedIsRefused()
    {
        const auto token = m_credentials.issue(m_grant, 1000);
        ModelCredential other(
            std::make_shared<const JwtSigner>(std::string(32, 'x'), std::chrono::seconds(3600)));
        QVERIFY(!other.verify(token, 1001));
        std::string flipped = token;
        const auto dot = flipped.rfind('.');
        flipped[dot + 1] = flipped[dot + 1] == 'A' ? 'B' : 'A';
        QVERIFY(!m_credentials.verify(flipped, 1001));
        for (const char* junk : {"", ".", "a.b.c", "\xff.\xfe.\xfd"})
            QVERIFY(!m_credentials.verify(junk, 1001));
    }

    void scoringTokensAreNotModelCredentials()
    {
        // A scoring token for an endpoint, however it is named, is refused here.
        const auto scoring = m_signer->mint("churn", "epoch", 1000).accessToken;
        QVERIFY(!m_credentials.verify(scoring, 1001));
    }

    void modelCredentialsAreNotScoringTokens()
    {
        const auto token = m_credentials.issue(m_grant, 1000);
        for (const char* endpoint : {"churn", "switchyard:replica-model", ""})
            for (const char* epoch : {"", "epoch"})
                QVERIFY(!m_signer->verify(token, endpoint, epoch, 1001));
    }

    void theAudienceAndScopeAreRequired_data()
    {
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QString>("replace");
        QTest::newRow("no audience") << "aud"
                                     << "";
        QTest::newRow("an endpoint's audience") << ""
                                                << "aud=churn";
        QTest::newRow("no scope") << "scope"
                                  << "";
        QTest::newRow("another scope") << ""
                                       << "scope=admin";
        QTest::newRow("no endpoint") << "endpoint"
                                     << "";
        QTest::newRow("no version") << "version"
                                    << "";
        QTest::newRow("no model") << "model_sha256"
                                  << "";
        QTest::newRow("a number for a name") << ""
                                             << "version=7";
    }

    void theAudienceAndScopeAreRequired()
    {
        QFETCH(QString, drop);
        QFETCH(QString, replace);
        nlohmann::json claims{{"iss", "switchyard"},
                              {"aud", ModelCredential::kAudience},
                              {"scope", ModelCredential::kScope},
                              {"endpoint", "churn"},
                              {"version", "blue"},
                              {"model_sha256", std::string(64, 'a')},
                              {"iat", 1000},
                              {"nbf", 1000},
                              {"exp", 4600}};
        // The claims as issued verify, so each refusal below is the changed claim's doing.
        QVERIFY(m_credentials.verify(m_signer->sign(claims), 1001));
        if (!drop.isEmpty())
            claims.erase(drop.toStdString());
        if (!replace.isEmpty()) {
            const auto name = replace.section('=', 0, 0).toStdString();
            const auto value = replace.section('=', 1).toStdString();
            if (name == "version")
                claims[name] = std::stoi(value);
            else
                claims[name] = value;
        }
        QVERIFY(!m_credentials.verify(m_signer->sign(claims), 1001));
    }
};

QTEST_GUILESS_MAIN(ModelCredentialTest)
#include "ModelCredentialTest.moc"
