#include <array>
#include <functional>
#include <sstream>

#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/local/connect_pair.hpp>
#include <boost/asio/local/stream_protocol.hpp>
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
    void preparePayloadStatesTheBodyLength();
    void asyncWriteSendsTheWholeMessage_data();
    void asyncWriteSendsTheWholeMessage();
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

void TestWireHead::preparePayloadStatesTheBodyLength()
{
    HttpResponse relayed{http::status::ok, 11};
    relayed.body() = "12345";
    relayed.set(http::field::content_length, "5");
    WireHead::preparePayload(relayed);
    QCOMPARE(relayed[http::field::content_length], "5");

    HttpResponse wrong = relayed;
    wrong.body() = "123456789012";
    WireHead::preparePayload(wrong);
    QCOMPARE(wrong[http::field::content_length], "12");

    HttpResponse unstated{http::status::ok, 11};
    unstated.body() = "abc";
    WireHead::preparePayload(unstated);
    QCOMPARE(unstated[http::field::content_length], "3");

    HttpRequest chunked{http::verb::post, "/score", 11};
    chunked.chunked(true);
    chunked.body() = "{}";
    WireHead::preparePayload(chunked);
    QVERIFY(!chunked.chunked());
    QCOMPARE(chunked[http::field::content_length], "2");
}

void TestWireHead::asyncWriteSendsTheWholeMessage_data()
{
    QTest::addColumn<int>("bodyBytes");
    QTest::addColumn<bool>("copied");
    QTest::newRow("small body, copied after the head") << 80 << true;
    QTest::newRow("largest copied body") << int(WireHead::kSmallBodyBytes) << true;
    QTest::newRow("large body, its own buffer") << 300 * 1024 << false;
}

void TestWireHead::asyncWriteSendsTheWholeMessage()
{
    QFETCH(int, bodyBytes);
    QFETCH(bool, copied);
    HttpResponse res{http::status::ok, 11};
    res.set(http::field::content_type, "application/octet-stream");
    res.body().assign(static_cast<size_t>(bodyBytes), 'b');
    res.body().front() = '<';
    res.body().back() = '>';
    res.prepare_payload();

    boost::asio::io_context io;
    boost::asio::local::stream_protocol::socket writer(io), reader(io);
    boost::asio::local::connect_pair(writer, reader);
    std::string head;
    WireHead::append(head, res);
    QCOMPARE(WireHead::appendSmallBody(head, res.body()), copied);
    boost::system::error_code written = boost::asio::error::would_block;
    WireHead::asyncWrite(writer, head, res.body(), copied, [&](boost::system::error_code ec, std::size_t) {
        written = ec;
        writer.shutdown(boost::asio::socket_base::shutdown_send);
    });
    std::string received;
    std::array<char, 8192> chunk{};
    std::function<void()> readMore = [&] {
        reader.async_read_some(boost::asio::buffer(chunk), [&](boost::system::error_code ec, std::size_t n) {
            received.append(chunk.data(), n);
            if (!ec)
                readMore();
        });
    };
    readMore();
    io.run();
    QVERIFY(!written);
    QCOMPARE(received.size(), beastWire(res).size());
    QVERIFY(received == beastWire(res));
}

QTEST_GUILESS_MAIN(TestWireHead)
#include "tst_wirehead.moc"
