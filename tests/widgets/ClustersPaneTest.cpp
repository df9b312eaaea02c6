#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "FindNamed.h"
#include "ServerProcess.h"
#include "TestPaths.h"
#include "panes/ClustersPane.h"

using namespace switchyard;
using namespace switchyard::test;

// The clusters pane attached to a real switchyard-server on the local backend: the cluster's answer
// reaches the details (backend, no warning), in English and in Italian. The Kubernetes and degraded cases
// cannot come from a real server yet; ClusterDetailsViewTest renders them from ClusterInfo values.
class ClustersPaneTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--cpu-cores", "2", "--memory-gb", "8"}};

    // Renders to PNG for a person to look at when SWITCHYARD_RENDER_DIR is set (not a pass condition).
    static void render(QWidget& pane, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SWITCHYARD_RENDER_DIR");
        if (!dir.isEmpty())
            pane.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    void showsTheLocalBackend(const QString& expected, const QString& pngName)
    {
        models::ClusterListModel clusters;
        auto* session = new models::ClusterSession(
            {QStringLiteral("local"), m_server.url().toString(), m_server.adminToken(), {}, false});
        clusters.addSession(session);
        session->start();
        widgets::ClustersPane pane(&clusters);
        pane.resize(240, 420);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.selectRow(0);
        auto* backend = findNamed<QLabel>(&pane, "clusterBackend");
        QTRY_VERIFY_WITH_TIMEOUT(backend->isVisible(), 20000);
        QCOMPARE(backend->text(), expected);
        QVERIFY(!findNamed<QLabel>(&pane, "clusterBackendWarning")->isVisible());
        render(pane, pngName);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void english()
    {
        showsTheLocalBackend(QStringLiteral("Backend: Local processes"), "clusters-pane-local-en");
    }

    void italian()
    {
        QTranslator translator;
        QVERIFY2(translator.load(binaryPath(QStringLiteral("app/switchyard_it.qm"))),
                 "build the switchyard target first: it makes app/switchyard_it.qm");
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        showsTheLocalBackend(QStringLiteral("Backend: Processi locali"), "clusters-pane-local-it_IT");
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(ClustersPaneTest)
#include "ClustersPaneTest.moc"
