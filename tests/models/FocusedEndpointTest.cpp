#include <QSignalSpy>
#include <QTest>

#include "FocusedEndpoint.h"
#include "SessionTestSupport.h"
#include "VersionTableModel.h"

using namespace switchyard;
using namespace switchyard::models;
using namespace switchyard::test;

// The focused endpoint against the real server: its state in the versions table, its metrics window,
// another focus dropping what was shown, and a deleted endpoint.
class FocusedEndpointTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<client::SwitchyardClient> m_client;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<client::SwitchyardClient>(optionsFor(*m_server));
        client::SyncClient api(*m_client);
        QVERIFY(api.registerModel("churn", linearModel()).ok());
        for (const char* name : {"alpha", "beta"}) {
            auto r = api.createEndpoint(smallEndpoint(name, "churn:1"));
            QVERIFY2(r.ok(), why(r));
        }
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void showsTheFocusedEndpointAndItsMetrics()
    {
        VersionTableModel versions;
        FocusedEndpoint focus(*m_client, &versions, {}, [] { return true; });
        QSignalSpy changed(&focus, &FocusedEndpoint::changed);
        QSignalSpy metrics(&focus, &FocusedEndpoint::metricsUpdated);
        focus.setName(QStringLiteral("alpha"));
        QCOMPARE(changed.count(), 1); // cleared at once
        QTRY_VERIFY_WITH_TIMEOUT(focus.endpoint().has_value(), 15000);
        QCOMPARE(focus.endpoint()->name, std::string("alpha"));
        QCOMPARE(versions.rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(focus.metrics().has_value(), 15000);
        QVERIFY(metrics.count() >= 1);
        QVERIFY(focus.metrics()->versions.count("versiona") == 1);

        // Another focus drops what was shown before its own answer comes.
        focus.setName(QStringLiteral("beta"));
        QVERIFY(!focus.endpoint().has_value());
        QVERIFY(!focus.metrics().has_value());
        QCOMPARE(versions.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(focus.endpoint().has_value(), 15000);
        QCOMPARE(focus.endpoint()->name, std::string("beta"));
    }

    void anAnswerForAnotherEndpointIsNotAdopted()
    {
        VersionTableModel versions;
        FocusedEndpoint focus(*m_client, &versions, {}, [] { return true; });
        focus.setName(QStringLiteral("alpha"));
        QTRY_VERIFY_WITH_TIMEOUT(focus.endpoint().has_value(), 15000);
        EndpointInfo other = *focus.endpoint();
        other.name = "beta";
        focus.adopt(other);
        QCOMPARE(focus.endpoint()->name, std::string("alpha"));
    }

    void nothingIsAskedWhileInactive()
    {
        VersionTableModel versions;
        bool active = false;
        FocusedEndpoint focus(*m_client, &versions, {}, [&active] { return active; });
        focus.setName(QStringLiteral("alpha"));
        focus.load();
        focus.loadMetrics();
        QTest::qWait(500); // answers would be on their way by now; none was asked
        QVERIFY(!focus.endpoint().has_value());
        active = true;
        focus.load();
        QTRY_VERIFY_WITH_TIMEOUT(focus.endpoint().has_value(), 15000);
    }

    void aDeletedEndpointIsDropped()
    {
        client::SyncClient api(*m_client);
        QVERIFY(api.createEndpoint(smallEndpoint("gone", "churn:1")).ok());
        VersionTableModel versions;
        FocusedEndpoint focus(*m_client, &versions, {}, [] { return true; });
        focus.setName(QStringLiteral("gone"));
        QTRY_VERIFY_WITH_TIMEOUT(focus.endpoint().has_value(), 15000);
        QVERIFY(api.deleteEndpoint("gone").ok());
        QSignalSpy changed(&focus, &FocusedEndpoint::changed);
        focus.load();
        QTRY_VERIFY_WITH_TIMEOUT(!focus.endpoint().has_value(), 15000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(versions.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(FocusedEndpointTest)
#include "FocusedEndpointTest.moc"
