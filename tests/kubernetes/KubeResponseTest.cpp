#include <string>

#include <QTest>

#include "KubeResponse.h"

using namespace switchyard;

class KubeResponseTest : public QObject
{
    Q_OBJECT

private slots:
    void message_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("ok");
        QTest::newRow("success") << 200 << "{}"
                                 << ""
                                 << "" << true;
        QTest::newRow("Status message")
            << 409 << "{\"kind\":\"Status\",\"message\":\"the object has been modified\"}"
            << ""
            << "the object has been modified" << false;
        QTest::newRow("Status without message") << 500 << "{\"kind\":\"Status\"}"
                                                << ""
                                                << "HTTP 500: {\"kind\":\"Status\"}" << false;
        QTest::newRow("not JSON") << 502 << "<html>Bad Gateway</html>"
                                  << ""
                                  << "HTTP 502: <html>Bad Gateway</html>" << false;
        QTest::newRow("empty body") << 404 << ""
                                    << ""
                                    << "HTTP 404" << false;
        QTest::newRow("transport error wins") << 0 << ""
                                              << "Connection refused"
                                              << "Connection refused" << false;
    }

    void message()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, error);
        QFETCH(QString, message);
        QFETCH(bool, ok);
        const KubeResponse response{status, body.toStdString(), error.toStdString()};
        QCOMPARE(QString::fromStdString(response.message()), message);
        QCOMPARE(response.ok(), ok);
    }

    void longBodiesAreCut()
    {
        const KubeResponse response{503, std::string(1000, 'x'), {}};
        QVERIFY(response.message().size() < 220);
        QVERIFY(response.message().rfind("HTTP 503: xxx", 0) == 0);
    }

    void jsonNeverThrows()
    {
        QVERIFY((KubeResponse{200, "{\"a\":", {}}).json().is_discarded());
        QVERIFY((KubeResponse{200, "{\"a\":1}", {}}).json()["a"] == 1);
    }
};

QTEST_GUILESS_MAIN(KubeResponseTest)
#include "KubeResponseTest.moc"
