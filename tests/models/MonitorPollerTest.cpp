#include <csignal>

#include <QTest>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "MonitorModel.h"
#include "MonitorPoller.h"
#include "ServerProcess.h"

using namespace switchyard;
using namespace switchyard::models;

// The Monitor's poller against the real server: it follows the attached clusters, fills the model from
// GET /api/v1/monitor, marks a frozen server's rows stale with their figures kept, makes them live again
// when it answers, and drops a detached cluster's rows.
class MonitorPollerTest : public QObject
{
    Q_OBJECT

private slots:
    void followsFreezesAndDetaches()
    {
        test::ServerProcess server({QStringLiteral("--demo")});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ClusterListModel clusters;
        MonitorModel model;
        MonitorPoller poller(&clusters, &model);
        ClusterProfile profile;
        profile.url = server.url().toString();
        profile.adminToken = server.adminToken();
        auto* session = new ClusterSession(profile);
        clusters.addSession(session);
        session->start();
        const QString key = poller.keyOf(session);
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model.endpointIndex(key, QStringLiteral("demo")).isValid(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(model.endpointIndex(key, QStringLiteral("demo"))), 2, 30000);
        QVERIFY(!model.isClusterStale(key));

        ::kill(static_cast<pid_t>(server.pid()), SIGSTOP);
        QTRY_VERIFY_WITH_TIMEOUT(model.isClusterStale(key), 15000);
        const QModelIndex demo = model.endpointIndex(key, QStringLiteral("demo"));
        QVERIFY(demo.isValid()); // the last figures stay
        QVERIFY(demo.data(MonitorModel::StaleRole).toBool());
        QVERIFY(
            demo.siblingAtColumn(MonitorModel::ClusterColumn).data().toString().contains(QLatin1Char(':')));
        ::kill(static_cast<pid_t>(server.pid()), SIGCONT);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isClusterStale(key), 30000);

        clusters.removeSession(clusters.rowOf(session));
        QTRY_COMPARE(model.rowCount(), 0);
        QVERIFY(poller.keyOf(session).isEmpty());
    }
};

QTEST_GUILESS_MAIN(MonitorPollerTest)
#include "MonitorPollerTest.moc"
