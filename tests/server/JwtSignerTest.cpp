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

    // Only unpadded URL-safe base64 decodes: OpenSSL's decoder (under base64UrlDecode) would take
    // padding, the standard alphabet and surrounding whitespace.
    void base64UrlRefuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << QByteArray("Zg==");
        QTest::newRow("inner padding") << QByteArray("Zg=a");
        QTest::newRow("plus") << QByteArray("a+bc");
        QTest::newRow("slash") << QByteArray("a/bc");
        QTest::newRow("leading space") << QByteArray(" Zm9v");
        QTest::newRow("trailing newline") << QByteArray("Zm9v\n");
        QTest::newRow("inner space") << QByteArray("Zm 9v");
        QTest::newRow("lone character") << QByteArray("Zm9vY");
        QTest::newRow("nul") << QByteArray("Zm\0v", 4);
        QTest::newRow("dot") << QByteArray("Zm.v");
    }
    void base64UrlRefuses()
    {
        QFETCH(QByteArray, text);
        std::string decoded;
        QVERIFY(!Crypto::base64UrlDecode(text.toStdString(), decoded));
    }

    // Unused low bits of the last character are not checked (as before OpenSSL did the decoding).
    void base64UrlIgnoresUnusedBits()
    {
        std::string decoded;
        QVERIFY(Crypto::base64UrlDecode("Zh", decoded));
        QCOMPARE(decoded, std::string("f"));
        QVERIFY(Crypto::base64UrlDecode("Zm9", decoded));
        QCOMPARE(decoded, std::string("fo"));
        QVERIFY(Crypto::base64UrlDecode("-_-_", decoded));
        QCOMPARE(decoded, std::string("\xfb\xff\xbf"));
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
