#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include "FindNamed.h"
#include "TestPaths.h"
#include "panes/ClusterDetailsView.h"

using namespace switchyard;
using switchyard::widgets::ClusterDetailsView;

namespace {

ClusterInfo cluster(const std::string& backend, const std::string& ns, const std::string& state = "ok",
                    const std::string& message = {})
{
    ClusterInfo c;
    c.name = "prod";
    c.purpose = "FastProd";
    c.backend = backend;
    c.namespaceName = ns;
    c.backendState = state;
    c.backendMessage = message;
    c.capacity = {16, 64};
    c.allocated = {2.5, 10};
    c.serverVersion = "0.4.0";
    return c;
}

const char* kUnreachable = "The Kubernetes API server at https://10.0.0.1:6443 has not answered for 40 s; "
                           "routing continues to the 6 pods it knew.";

} // namespace

// The clusters pane's details, fed ClusterInfo values as the session would hand them over: the backend line
// for each backend, the warning only while degraded, and no label clipped at the pane's width in English
// or Italian (the pane is 240 px wide in the main window).
class ClusterDetailsViewTest : public QObject
{
    Q_OBJECT

private:
    static QLabel* label(QWidget& view, const char* name) { return test::findNamed<QLabel>(&view, name); }

    // Every visible label gets the height its wrapped text needs, so nothing is cut at the bottom.
    static void verifyNothingClipped(QWidget& view)
    {
        for (QLabel* l : view.findChildren<QLabel*>()) {
            if (!l->isVisible() || l->text().isEmpty())
                continue;
            QVERIFY2(l->height() >= l->heightForWidth(l->width()),
                     qPrintable(l->objectName() + QStringLiteral(" is clipped: ") + l->text()));
            QVERIFY2(l->width() <= view.width(), qPrintable(l->objectName()));
        }
    }

    // Renders to PNG for a person to look at when SWITCHYARD_RENDER_DIR is set (not a pass condition).
    static void render(QWidget& view, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SWITCHYARD_RENDER_DIR");
        if (!dir.isEmpty())
            view.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    static void place(QWidget& view)
    {
        view.resize(232, 10);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Let the layout give each wrapped label its height for this width.
        view.resize(232, view.heightForWidth(232) > 0 ? view.heightForWidth(232) : view.sizeHint().height());
        QApplication::processEvents();
    }

private slots:
    void backendLine_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("local") << "local"
                               << ""
                               << "Backend: Local processes";
        QTest::newRow("kubernetes") << "kubernetes"
                                    << "ml-prod"
                                    << "Backend: Kubernetes (namespace ml-prod)";
        QTest::newRow("kubernetes, no namespace") << "kubernetes"
                                                  << ""
                                                  << "Backend: Kubernetes";
        QTest::newRow("a backend this console does not know") << "nomad"
                                                              << ""
                                                              << "Backend: nomad";
    }
    void backendLine()
    {
        QFETCH(QString, backend);
        QFETCH(QString, ns);
        QFETCH(QString, expected);
        ClusterDetailsView view;
        view.showCluster("prod", "https://prod:8443", cluster(backend.toStdString(), ns.toStdString()), {});
        place(view);
        QCOMPARE(label(view, "clusterBackend")->text(), expected);
        QVERIFY(label(view, "clusterBackend")->isVisible());
        QVERIFY(!label(view, "clusterBackendWarning")->isVisible());
        verifyNothingClipped(view);
    }

    void warningWhileDegraded()
    {
        ClusterDetailsView view;
        view.showCluster("prod", "https://prod:8443", cluster("kubernetes", "ml", "degraded", kUnreachable),
                         {});
        place(view);
        QLabel* warning = label(view, "clusterBackendWarning");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QString::fromUtf8(kUnreachable)), qPrintable(warning->text()));
        QVERIFY(warning->text().startsWith(QStringLiteral("The backend is degraded")));
        verifyNothingClipped(view);
        render(view, QStringLiteral("cluster-details-degraded-en"));

        // Recovery takes the warning away again.
        view.showCluster("prod", "https://prod:8443", cluster("kubernetes", "ml"), {});
        QVERIFY(!warning->isVisible());
    }

    void degradedWithoutReasonStillWarns()
    {
        ClusterDetailsView view;
        view.showCluster("prod", "https://prod:8443", cluster("kubernetes", "ml", "degraded"), {});
        place(view);
        QVERIFY(label(view, "clusterBackendWarning")->isVisible());
        QVERIFY(!label(view, "clusterBackendWarning")->text().isEmpty());
    }

    void serverSentenceIsNotMarkup()
    {
        ClusterDetailsView view;
        view.showCluster("prod", "https://prod:8443",
                         cluster("kubernetes", "ml", "degraded", "<img src=x> <b>forbidden</b>"), {});
        QCOMPARE(label(view, "clusterBackendWarning")->textFormat(), Qt::PlainText);
        QCOMPARE(label(view, "clusterBackend")->textFormat(), Qt::PlainText);
    }

    void beforeTheClusterAnswered()
    {
        ClusterDetailsView view;
        view.showCluster("prod", "https://prod:8443", std::nullopt, QStringLiteral("Connection refused"));
        place(view);
        QVERIFY(!label(view, "clusterBackend")->isVisible());
        QVERIFY(!label(view, "clusterBackendWarning")->isVisible());
        QVERIFY(!test::findNamed<QProgressBar>(&view, "clusterCpu")->isVisible());
        QVERIFY(label(view, "clusterError")->isVisible());
        QVERIFY(label(view, "clusterDetails")->text().contains(QStringLiteral("https://prod:8443")));
    }

    // A cluster that stopped answering: its last figures stay, greyed and dated; the error is the sentence,
    // and the client's own words open under "Details".
    void staleFiguresAndTheErrorsDetails()
    {
        ClusterDetailsView view;
        const QDateTime since(QDate(2026, 12, 1), QTime(14, 2, 51));
        view.showCluster("prod", "https://prod:8443", cluster("local", ""),
                         QStringLiteral("The cluster at prod:8443 does not accept connections."),
                         QStringLiteral("ConnectionFailed: Failed to connect to prod port 8443"), since);
        place(view);
        QVERIFY(label(view, "clusterStale")->isVisible());
        QVERIFY2(label(view, "clusterStale")->text().contains(QLatin1String("14:02:51")),
                 qPrintable(label(view, "clusterStale")->text()));
        QVERIFY(!test::findNamed<QProgressBar>(&view, "clusterCpu")->isEnabled());
        QVERIFY(!label(view, "clusterErrorDetail")->isVisible());
        auto* details = test::findNamed<QToolButton>(&view, "clusterErrorDetails");
        QVERIFY(details->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(label(view, "clusterErrorDetail")->isVisible());
        QVERIFY(label(view, "clusterErrorDetail")->text().contains(QLatin1String("port 8443")));

        // Answering again: no marks, no error, bars live.
        view.showCluster("prod", "https://prod:8443", cluster("local", ""), {}, {}, {});
        QVERIFY(!label(view, "clusterStale")->isVisible());
        QVERIFY(!details->isVisible());
        QVERIFY(!label(view, "clusterErrorDetail")->isVisible());
        QVERIFY(test::findNamed<QProgressBar>(&view, "clusterCpu")->isEnabled());
    }

    void renderedInEnglishAndItalian()
    {
        for (const bool italian : {false, true}) {
            QTranslator translator;
            if (italian) {
                QVERIFY2(translator.load(test::binaryPath(QStringLiteral("app/switchyard_it.qm"))),
                         "build the switchyard target first: it makes app/switchyard_it.qm");
                QCoreApplication::installTranslator(&translator);
                QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
            }
            const QString suffix = italian ? QStringLiteral("it_IT") : QStringLiteral("en");
            struct Case
            {
                const char* name;
                ClusterInfo info;
            };
            const Case cases[] = {
                {"local", cluster("local", "")},
                {"kubernetes-ok", cluster("kubernetes", "ml-prod")},
                {"kubernetes-degraded", cluster("kubernetes", "ml-prod", "degraded", kUnreachable)},
            };
            for (const auto& c : cases) {
                ClusterDetailsView view;
                view.showCluster("prod", "https://switchyard.ml-prod.example.com", c.info, {});
                place(view);
                const QString backend = label(view, "clusterBackend")->text();
                const QString warning = label(view, "clusterBackendWarning")->text();
                QCOMPARE(label(view, "clusterBackendWarning")->isVisible(), c.info.degraded());
                // Italian shows Italian words (a string that lost its translation would show English).
                if (italian && c.info.backend == "local")
                    QVERIFY2(!backend.contains(QStringLiteral("Local processes")), qPrintable(backend));
                if (italian && c.info.degraded())
                    QVERIFY2(!warning.startsWith(QStringLiteral("The backend")), qPrintable(warning));
                verifyNothingClipped(view);
                render(view, QStringLiteral("cluster-details-%1-%2").arg(QLatin1String(c.name), suffix));
            }
            if (italian) {
                QCoreApplication::removeTranslator(&translator);
                QLocale::setDefault(QLocale::c());
            }
        }
    }
};

QTEST_MAIN(ClusterDetailsViewTest)
#include "ClusterDetailsViewTest.moc"
