#include <QTest>

#include "Router.h"

using namespace switchyard;
using namespace switchyard::server;

class RouterTest : public QObject
{
    Q_OBJECT

private:
    static Router router()
    {
        Router r;
        r.add("GET", "/api/v1/endpoints/{ep}", 1);
        r.add("PATCH", "/api/v1/endpoints/{ep}", 2);
        r.add("GET", "/api/v1/endpoints/{ep}/versions/{v}", 3);
        r.add("GET", "/api/v1/endpoints", 4);
        return r;
    }

private slots:
    void matches()
    {
        const auto m = router().match("GET", "/api/v1/endpoints/churn/versions/a%2Db");
        QVERIFY(m.ok());
        QCOMPARE(m->id, 3);
        QCOMPARE(m->params.at("ep"), std::string("churn"));
        QCOMPARE(m->params.at("v"), std::string("a-b"));
        QCOMPARE(router().match("PATCH", "/api/v1/endpoints/x")->id, 2);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << "GET"
                                      << "/api/v1/nothing" << 404;
        QTest::newRow("trailing slash is another path") << "GET"
                                                        << "/api/v1/endpoints/" << 404;
        QTest::newRow("wrong method") << "DELETE"
                                      << "/api/v1/endpoints/x" << 405;
        QTest::newRow("broken percent-encoding") << "GET"
                                                 << "/api/v1/endpoints/%zz" << 404;
        QTest::newRow("empty segment") << "GET"
                                       << "/api/v1/endpoints//versions/x" << 404;
        QTest::newRow("not a path") << "GET"
                                    << "*" << 404;
    }
    void statuses()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const auto m = router().match(method.toStdString(), path.toStdString());
        QVERIFY(!m.ok());
        QCOMPARE(httpStatus(m.error().kind), status);
    }

    void allowedMethodsNamed()
    {
        const auto m = router().match("PUT", "/api/v1/endpoints/x");
        QCOMPARE(m.error().target.value_or(""), std::string("GET, HEAD, PATCH"));
    }

    void query()
    {
        const auto q = Router::parseQuery("after=42&wait=5&x=a%20b+c&empty=&=bad");
        QCOMPARE(q.at("after"), std::string("42"));
        QCOMPARE(q.at("x"), std::string("a b c"));
        QCOMPARE(q.at("empty"), std::string());
        QCOMPARE(q.size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(RouterTest)
#include "RouterTest.moc"
