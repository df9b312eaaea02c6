#include <QTest>

#include "Crypto.h"
#include "JwtSigner.h"

using namespace switchyard::server;

class JwtSignerTest : public QObject
{
    Q_OBJECT

private:
    JwtSigner m_signer{std::string(32, 's'), std::chrono::seconds(3600)};

private slots:
    void mintAndVerify()
    {
        const auto t = m_signer.mint("churn", "e1", 1000);
        QCOMPARE(t.expiryOn, std::int64_t(4600));
        QCOMPARE(t.refreshAfter, std::int64_t(2800));
        QVERIFY(m_signer.verify(t.accessToken, "churn", "e1", 1001));
        QVERIFY(m_signer.verify(t.accessToken, "churn", "e1", 4599));
    }

    void refusals()
    {
        const auto t = m_signer.mint("churn", "e1", 1000).accessToken;
        QVERIFY(!m_signer.verify(t, "churn", "e1", 4600)); // expired
        QVERIFY(!m_signer.verify(t, "other", "e1", 1001)); // another endpoint
        JwtSigner otherSecret{std::string(32, 'x'), std::chrono::seconds(3600)};
        QVERIFY(!otherSecret.verify(t, "churn", "e1", 1001));
        const auto dot = t.rfind('.');
        std::string flipped = t;
        flipped[dot + 1] = flipped[dot + 1] == 'A' ? 'B' : 'A';
        QVERIFY(!m_signer.verify(flipped, "churn", "e1", 1001));
        // alg "none" with the payload kept: refused.
        const auto none = Crypto::base64UrlEncode(R"({"alg":"none","typ":"JWT"})") +
                          t.substr(t.find('.'), dot - t.find('.')) + ".";
        QVERIFY(!m_signer.verify(none, "churn", "e1", 1001));
        for (const char* junk : {"", ".", "..", "a.b.c", "a.b", "\xff.\xfe.\xfd"})
            QVERIFY(!m_signer.verify(junk, "churn", "e1", 1001));
    }

    // A token must not outlive its endpoint (deleted and created again under the same name), must be
    // revocable, and is not valid before its nbf.
    void epochsAndNotBefore()
    {
        const auto t = m_signer.mint("churn", "e1", 1000).accessToken;
        QVERIFY(m_signer.verify(t, "churn", "e1", 1000));
        QVERIFY(!m_signer.verify(t, "churn", "e2", 1001)); // the endpoint's epoch changed: revoked
        QVERIFY(!m_signer.verify(t, "churn", "", 1001));
        QVERIFY(!m_signer.verify(t, "churn", "e1", 999)); // before nbf
        // A token without the epoch claim (as minted before epochs) is refused.
        const std::string header = Crypto::base64UrlEncode(R"({"alg":"HS256","typ":"JWT"})");
        const std::string payload = Crypto::base64UrlEncode(R"({"aud":"churn","exp":9999,"iat":1000})");
        const std::string legacy =
            header + "." + payload + "." +
            Crypto::base64UrlEncode(Crypto::hmacSha256(std::string(32, 's'), header + "." + payload));
        QVERIFY(!m_signer.verify(legacy, "churn", "e1", 1001));
    }

    void base64Url_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one") << QByteArray("f");
        QTest::newRow("two") << QByteArray("fo");
        QTest::newRow("three") << QByteArray("foo");
        QTest::newRow("binary") << QByteArray("\xfb\xff\x00\x10", 4);
    }
    void base64Url()
    {
        QFETCH(QByteArray, raw);
        const auto encoded = Crypto::base64UrlEncode(raw.toStdString());
        QCOMPARE(QByteArray::fromStdString(encoded),
                 raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        std::string decoded;
        QVERIFY(Crypto::base64UrlDecode(encoded, decoded));
        QCOMPARE(QByteArray::fromStdString(decoded), raw);
    }

    void randomTokens()
    {
        const auto a = Crypto::randomToken();
        QCOMPARE(a.size(), std::size_t(43));
        QVERIFY(a != Crypto::randomToken());
        QVERIFY(Crypto::constantTimeEquals(a, a));
        QVERIFY(!Crypto::constantTimeEquals(a, a + "x"));
        QVERIFY(!Crypto::constantTimeEquals(a, ""));
        // Same length, different content (a check of lengths alone would pass these).
        std::string last = a;
        last.back() = last.back() == 'A' ? 'B' : 'A';
        QVERIFY(!Crypto::constantTimeEquals(a, last));
        std::string first = a;
        first.front() = first.front() == 'A' ? 'B' : 'A';
        QVERIFY(!Crypto::constantTimeEquals(a, first));
    }
};

QTEST_GUILESS_MAIN(JwtSignerTest)
#include "JwtSignerTest.moc"
