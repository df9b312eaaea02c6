#include <QSignalSpy>
#include <QTest>

#include "ResultDelivery.h"
#include "SessionConnection.h"
#include "SessionTestSupport.h"

using namespace switchyard;
using namespace switchyard::models;
using namespace switchyard::test;
using State = SessionConnection::State;

// The connection state machine against the real server: connects, notices the server going away
// through a call's outcome, and comes back by itself when the server does (same port).
class SessionConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void backOffDoublesUpToTheCap()
    {
        QCOMPARE(SessionConnection::backoffMs(0), 500);
        QCOMPARE(SessionConnection::backoffMs(1), 1000);
        QCOMPARE(SessionConnection::backoffMs(4), 8000);
        QCOMPARE(SessionConnection::backoffMs(5), SessionConnection::kMaxBackoffMs);
        QCOMPARE(SessionConnection::backoffMs(40), SessionConnection::kMaxBackoffMs);
    }

    void connectsToARunningServer()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        client::SwitchyardClient client(optionsFor(server));
        SessionConnection connection(client, server.url().toString());
        QSignalSpy reached(&connection, &SessionConnection::reached);
        QSignalSpy connected(&connection, &SessionConnection::connected);
        connection.start();
        QCOMPARE(connection.state(), State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 15000);
        QCOMPARE(reached.count(), 1);
        QCOMPARE(connected.count(), 1);
        QVERIFY(connection.lastError().isEmpty());
        QCOMPARE(connection.stateText(), QStringLiteral("connected"));
    }

    void aRefusedTokenIsUnreachableWithTheReason()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto options = optionsFor(server);
        options.adminToken = "not-the-token";
        client::SwitchyardClient client(options);
        SessionConnection connection(client, server.url().toString());
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unreachable, 15000);
        QVERIFY2(connection.lastError().contains(QLatin1String("401")), qPrintable(connection.lastError()));
    }

    void losesTheServerAndRegainsIt()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        client::SwitchyardClient client(optionsFor(server));
        SessionConnection connection(client, server.url().toString());
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 15000);

        server.setExtraArgs(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(server.url().port())});
        server.stop();
        // Any call's outcome tells the connection; a poll would make this call.
        client.getCluster(deliverQueued<ClusterInfo>(
            &connection, &connection, [&connection](const Error* e) { connection.noteOutcome(e); }, {}));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Reconnecting, 15000);
        QVERIFY(!connection.lastError().isEmpty());
        // Retries fail while nothing listens; the state says so.
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unreachable, 15000);

        QSignalSpy connected(&connection, &SessionConnection::connected);
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 20000);
        QCOMPARE(connected.count(), 1);
        QVERIFY(connection.lastError().isEmpty());
    }

    // A stopped server keeps its connections, so no call fails for as long as the calls' timeout; the
    // connection calls it not responding once nothing answered for kNotRespondingMs, and connected again
    // at the next answer, keeping the time of the last answer for the panes' "as of".
    void aServerThatStopsAnsweringIsNotRespondingUntilItAnswers()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        client::SwitchyardClient client(optionsFor(server));
        SessionConnection connection(client, server.url().toString());
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 15000);
        QSignalSpy resumed(&connection, &SessionConnection::resumed);

        server.pause();
        // start() makes more than one call: an answer the server sent before it stopped may still be
        // on its way, so the last answer is read once those have arrived.
        QTest::qWait(500);
        const QDateTime answered = connection.lastAnswer();
        QVERIFY(answered.isValid());
        const auto poll = [&] {
            client.getCluster(deliverQueued<ClusterInfo>(
                &connection, &connection, [&connection](const Error* e) { connection.noteOutcome(e); }, {}));
        };
        poll(); // waits: the server is stopped
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::NotResponding,
                                  SessionConnection::kNotRespondingMs + 5000);
        QVERIFY(connection.isConnected()); // polls go on
        QVERIFY(!connection.isLive());
        QCOMPARE(connection.lastAnswer(), answered);
        QVERIFY2(connection.lastError().contains(QStringLiteral("127.0.0.1:%1").arg(server.url().port())),
                 qPrintable(connection.lastError()));

        server.resume(); // the waiting call is answered
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 15000);
        QCOMPARE(resumed.count(), 1);
        QVERIFY(connection.lastAnswer() > answered);
        QVERIFY(connection.lastError().isEmpty());
    }

    void anAnswerThatIsNotAboutTheConnectionChangesNothing()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        client::SwitchyardClient client(optionsFor(server));
        SessionConnection connection(client, server.url().toString());
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 15000);
        QSignalSpy changed(&connection, &SessionConnection::stateChanged);
        bool answered = false;
        client.getEndpoint("nosuch", deliverQueued<EndpointInfo>(
                                         &connection, &connection,
                                         [&connection](const Error* e) { connection.noteOutcome(e); },
                                         [&answered](const client::ApiResult<EndpointInfo>& r) {
                                             answered = true;
                                             QCOMPARE(r.httpStatus(), 404);
                                         }));
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QCOMPARE(connection.state(), State::Connected);
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(SessionConnectionTest)
#include "SessionConnectionTest.moc"
