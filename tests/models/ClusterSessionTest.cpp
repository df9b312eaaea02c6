#include <QSignalSpy>
#include <QTest>

#include "ClusterSession.h"
#include "EndpointListModel.h"
#include "SessionTestSupport.h"

using namespace switchyard;
using namespace switchyard::models;
using namespace switchyard::test;
using State = ClusterSession::State;

// The facade the console's panes use, against the real server: it connects and loads, an intent's
// answer reaches only a living context, it rides out a server restart, and a server that comes back
// with an empty data dir starts its history over.
class ClusterSessionTest : public QObject
{
    Q_OBJECT

private:
    static bool holds(const ClusterSession& session, const std::string& kind, const std::string& endpoint)
    {
        return holdsEvent(session.recentEvents(), kind, endpoint);
    }

    static bool lists(const ClusterSession& session, const QString& endpoint)
    {
        const auto* model = session.endpoints();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == endpoint)
                return true;
        }
        return false;
    }

private slots:
    void connectsAndLoadsTheCluster()
    {
        ChurnServer churn;
        QVERIFY2(churn.start(), qPrintable(churn.errorString()));
        auto& server = churn.server();
        auto& api = churn.api();
        QVERIFY(api.createEndpoint(smallEndpoint("alpha", "churn:1")).ok());

        ClusterSession session(profileFor(server));
        QSignalSpy cluster(&session, &ClusterSession::clusterChanged);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);
        QVERIFY(cluster.count() >= 1);
        QVERIFY(session.cluster().has_value());
        QTRY_VERIFY_WITH_TIMEOUT(lists(session, QStringLiteral("alpha")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(session.modelReferences().contains(QStringLiteral("churn:1")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(holds(session, "EndpointCreated", "alpha"), 15000);
        session.setFocusEndpoint(QStringLiteral("alpha"));
        QTRY_VERIFY_WITH_TIMEOUT(session.focusedEndpoint().has_value(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(session.focusedMetrics().has_value(), 15000);
    }

    void anIntentAnswersOnlyAContextThatLives()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        client::SwitchyardClient client(optionsFor(server));
        QVERIFY(client::SyncClient(client).registerModel("churn", linearModel()).ok());
        ClusterSession session(profileFor(server));
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);

        int closedAnswers = 0;
        auto* closed = new QObject;
        session.createEndpoint(smallEndpoint("closed", "churn:1"), closed,
                               [&closedAnswers](const client::ApiResult<EndpointInfo>&) { ++closedAnswers; });
        delete closed; // the dialog went away before the answer

        QObject open;
        std::optional<client::ApiResult<EndpointInfo>> answer;
        session.createEndpoint(smallEndpoint("open", "churn:1"), &open,
                               [&answer](const client::ApiResult<EndpointInfo>& r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY2(answer->ok(), why(*answer));
        // The closed one was made (and the session refreshed after it) but its context heard nothing.
        QTRY_VERIFY_WITH_TIMEOUT(lists(session, QStringLiteral("closed")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(lists(session, QStringLiteral("open")), 15000);
        QCOMPARE(closedAnswers, 0);

        // A refused intent is answered too, and leaves the session connected.
        std::optional<client::ApiResult<EndpointInfo>> refused;
        session.createEndpoint(smallEndpoint("open", "churn:1"), &open,
                               [&refused](const client::ApiResult<EndpointInfo>& r) { refused = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 15000);
        QCOMPARE(refused->httpStatus(), 409);
        QCOMPARE(session.state(), State::Connected);
    }

    void ridesOutAServerRestart()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ClusterSession session(profileFor(server));
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 15000);

        server.setExtraArgs(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(server.url().port())});
        server.stop();
        // The session's own polls notice (every 2 s with nothing on screen).
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != State::Connected, 20000);
        QVERIFY(!session.lastError().isEmpty());
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, 30000);
        QVERIFY(session.lastError().isEmpty());
    }

    void aServerBackWithAnEmptyDataDirStartsTheHistoryOver()
    {
        auto old = std::make_unique<ServerProcess>();
        QVERIFY2(old->start(), qPrintable(old->errorString()));
        client::SwitchyardClient client(optionsFor(*old));
        client::SyncClient api(client);
        QVERIFY(api.registerModel("churn", linearModel()).ok());
        for (const char* name : {"before1", "before2", "before3"})
            QVERIFY(api.createEndpoint(smallEndpoint(name, "churn:1")).ok());

        ClusterSession session(profileFor(*old));
        QSignalSpy cleared(&session, &ClusterSession::eventHistoryCleared);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(holds(session, "EndpointCreated", "before3"), 15000);
        const auto oldLast = session.recentEvents().back().seq;

        old->kill9();
        ReplacedServer replaced(*old);
        QVERIFY2(replaced.server().start(), qPrintable(replaced.server().errorString()));
        QCOMPARE(replaced.server().url(), old->url());
        QVERIFY(api.registerModel("churn", linearModel()).ok());
        QVERIFY(api.createEndpoint(smallEndpoint("after", "churn:1")).ok());

        QTRY_VERIFY_WITH_TIMEOUT(holds(session, "EndpointCreated", "after"), 30000);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!holds(session, "EndpointCreated", "before1"));
        QCOMPARE(session.recentEvents().front().seq, std::int64_t(1));
        QVERIFY(session.recentEvents().back().seq < oldLast + 10);
        QTRY_VERIFY_WITH_TIMEOUT(lists(session, QStringLiteral("after")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!lists(session, QStringLiteral("before1")), 15000);
    }
};

QTEST_MAIN(ClusterSessionTest)
#include "ClusterSessionTest.moc"
