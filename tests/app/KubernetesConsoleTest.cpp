#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QProgressBar>
#include <QTest>
#include <QTranslator>

#include "ConsoleFixture.h"
#include "FakeKubernetes.h"
#include "StateText.h"
#include "TestPaths.h"

using namespace switchyard;

// The whole console attached to a server on the Kubernetes backend (the fake API server running the
// demo's pods as real replica processes): the versions pane shows the demo's versions Healthy and the
// cluster pane names the backend and its namespace, unclipped, in the language of the test's locale
// (ctest runs it under C.UTF-8 and it_IT.UTF-8).
class KubernetesConsoleTest : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;
    std::unique_ptr<test::ConsoleFixture> m_console;

    static bool italian() { return QLocale().language() == QLocale::Italian; }

    // A label is shown whole: laid out at the height its wrapped text needs and not cut by any parent.
    static void verifyShownWhole(QLabel* label)
    {
        QVERIFY2(label->isVisible(), qPrintable(label->objectName()));
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(label->objectName() + QStringLiteral(" is clipped: ") + label->text()));
        QCOMPARE(label->visibleRegion().boundingRect(), label->rect());
    }

    // Saved for a person to look at when SWITCHYARD_RENDER_DIR is set (not a pass condition).
    void render(const QString& name)
    {
        const QString dir = qEnvironmentVariable("SWITCHYARD_RENDER_DIR");
        if (!dir.isEmpty())
            m_console->window->grab().save(QDir(dir).filePath(
                name + (italian() ? QStringLiteral("-it") : QStringLiteral("-en")) + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        // The console's own words in the locale ctest gave (main() does the same from :/i18n).
        if (italian()) {
            QVERIFY2(m_translator.load(QLocale(), QStringLiteral("switchyard"), QStringLiteral("_"),
                                       test::binaryPath(QStringLiteral("app"))),
                     "build the switchyard target first: it makes app/switchyard_it.qm");
            QCoreApplication::installTranslator(&m_translator);
        }
        // On Kubernetes whatever the environment says: ServerProcess then starts the fake API server.
        qputenv("SWITCHYARD_TEST_BACKEND", "kubernetes");
        m_console = std::make_unique<test::ConsoleFixture>();
        QString why;
        QVERIFY2(m_console->start(&why), qPrintable(why));
        QVERIFY(m_console->server().kubernetes());
    }

    void cleanupTestCase()
    {
        m_console.reset();
        QCoreApplication::removeTranslator(&m_translator);
    }

    // The demo's versions run as Deployments whose pods are ready, and the versions pane says Healthy.
    void versionsShowHealthy()
    {
        test::FakeKubernetes* kube = m_console->server().kubernetes();
        for (const char* version : {"blue", "green"}) {
            const auto pods =
                kube->pods(QStringLiteral("switchyard.io/endpoint=demo,switchyard.io/version=") +
                           QLatin1String(version));
            QVERIFY2(!pods.empty(), version);
            for (const auto& pod : pods)
                QVERIFY2(test::FakeKubernetes::isReady(pod), pod.dump().c_str());
        }

        auto* view = m_console->find<QTableView>(QStringLiteral("versionsView"));
        QVERIFY(view->isVisible());
        const QString healthy = models::StateText::health(HealthState::Healthy);
        if (italian())
            QVERIFY2(healthy != QLatin1String("Healthy"), "the Italian translation is not loaded");
        const QAbstractItemModel* model = view->model();
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex state = model->index(row, models::VersionTableModel::StateColumn);
            QCOMPARE(state.data().toString(), healthy);
            // The word fits its column (the cell's text is not elided).
            QVERIFY2(view->columnWidth(state.column()) > view->fontMetrics().horizontalAdvance(healthy),
                     qPrintable(healthy));
            QVERIFY(view->viewport()->rect().contains(view->visualRect(state)));
        }
        render(QStringLiteral("kubernetes-console"));
    }

    // The cluster pane names the backend and the fake's namespace, with no degraded warning.
    void clusterPaneShowsKubernetes()
    {
        const QString ns = m_console->server().kubernetes()->namespaceName();
        auto* backend = m_console->find<QLabel>(QStringLiteral("clusterBackend"));
        QTRY_VERIFY_WITH_TIMEOUT(backend->isVisible(), 10000);
        QVERIFY2(backend->text().contains(QStringLiteral("Kubernetes (namespace %1)").arg(ns)),
                 qPrintable(backend->text()));
        verifyShownWhole(backend);
        verifyShownWhole(m_console->find<QLabel>(QStringLiteral("clusterDetails")));
        QVERIFY(!m_console->find<QLabel>(QStringLiteral("clusterBackendWarning"))->isVisible());
        // The capacity read from the fake's nodes, with the locale's decimal separator ("16,0" in Italian).
        const auto& cluster = m_console->session()->cluster();
        QVERIFY(cluster && cluster->capacity.cpuCores > 0);
        const QString cpu = m_console->find<QProgressBar>(QStringLiteral("clusterCpu"))->format();
        QVERIFY2(cpu.contains(QLocale().toString(cluster->capacity.cpuCores, 'f', 1)), qPrintable(cpu));
        if (italian())
            QVERIFY2(cpu.contains(QLatin1Char(',')) && !cpu.contains(QLatin1Char('.')), qPrintable(cpu));
    }
};

QTEST_MAIN(KubernetesConsoleTest)
#include "KubernetesConsoleTest.moc"
