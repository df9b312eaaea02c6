#include <sstream>

#include <QTest>

#include <boost/beast/http.hpp>

#include "WireHead.h"

using switchyard::server::HttpRequest;
using switchyard::server::HttpResponse;
using switchyard::server::WireHead;
namespace http = boost::beast::http;

// WireHead must put on the wire exactly what Beast's own serializer puts there: the router writes the
// head it builds and the body as one gather write instead of going through http::async_write.
class TestWireHead : public QObject
{
    Q_OBJECT

private slots:
    void responseMatchesBeast_data();
    void responseMatchesBeast();
    void requestMatchesBeast_data();
    void requestMatchesBeast();
    void extraLinesComeAfterTheStoredFields();
};

template <class Message>
static std::string beastWire(const Message& message)
{
    std::ostringstream out;
    out << message;
    return out.str();
}

template <class Message>
static std::string ourWire(const Message& message, std::string_view extra = {})
{
    std::string out;
    WireHead::append(out, message, extra);
    return out + message.body();
}

void TestWireHead::responseMatchesBeast_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("200 with a JSON body") << 200 << 11 << QString() << QString(R"({"result":[1]})") << true;
    QTest::newRow("504 closing") << 504 << 11 << QString() << QString("{}") << false;
    QTest::newRow("HTTP/1.0 keep-alive") << 200 << 10 << QString() << QString("x") << true;
    QTest::newRow("custom reason") << 429 << 11 << QString("Slow Down") << QString() << true;
    QTest::newRow("unknown status") << 299 << 11 << QString() << QString("y") << true;
    QTest::newRow("empty 204") << 204 << 11 << QString() << QString() << true;
}

void TestWireHead::responseMatchesBeast()
{
    QFETCH(int, status);
    QFETCH(int, version);
    QFETCH(QString, reason);
    QFETCH(QString, body);
    QFETCH(bool, keepAlive);
    HttpResponse res{static_cast<http::status>(status), static_cast<unsigned>(version)};
    if (!reason.isEmpty())
        res.reason(reason.toStdString());
    res.set(http::field::content_type, "application/json");
    res.set("X-Switchyard-Version", "blue");
    res.insert("Set-Cookie", "a=1");
    res.insert("Set-Cookie", "b=2"); // repeated fields keep their order
    res.body() = body.toStdString();
    res.keep_alive(keepAlive);
    res.prepare_payload();
    QCOMPARE(QString::fromStdString(ourWire(res)), QString::fromStdString(beastWire(res)));
}

void TestWireHead::requestMatchesBeast_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("body");
    QTest::newRow("POST score") << "POST"
                                << "/score"
                                << R"({"data": [[0.5, 1.5]]})";
    QTest::newRow("GET with a query") << "GET"
                                      << "/health?verbose=1&x=%20" << QString();
    QTest::newRow("custom method") << "PURGE"
                                   << "/cache" << QString();
}

void TestWireHead::requestMatchesBeast()
{
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(QString, body);
    HttpRequest req;
    req.method_string(method.toStdString());
    req.target(target.toStdString());
    req.version(11);
    req.set(http::field::host, "127.0.0.1");
    req.set(http::field::content_type, "application/json");
    req.set("X-Request-Id", "abc123");
    req.body() = body.toStdString();
    req.prepare_payload();
    QCOMPARE(QString::fromStdString(ourWire(req)), QString::fromStdString(beastWire(req)));
}

void TestWireHead::extraLinesComeAfterTheStoredFields()
{
    HttpRequest req{http::verb::post, "/score", 11};
    req.set(http::field::content_type, "application/json");
    req.body() = "{}";
    req.prepare_payload();
    HttpRequest expected = req;
    expected.insert(http::field::host, "127.0.0.1");
    expected.insert("X-Request-Id", "r-1");
    QCOMPARE(QString::fromStdString(ourWire(req, "Host: 127.0.0.1\r\nX-Request-Id: r-1\r\n")),
             QString::fromStdString(beastWire(expected)));
}

QTEST_GUILESS_MAIN(TestWireHead)
#include "tst_wirehead.moc"
