// Renders the console's windows and dialogs offscreen to PNG (empty and full, in one language), so their
// layout can be looked at. Not a test: run `console_screenshots OUT_DIR [it|en]`.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPalette>
#include <QStyle>
#include <QLineEdit>
#include <QSpinBox>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTest>

#include "ClusterSession.h"
#include "connectivity/ConnectivityDialog.h"
#include "AboutDialog.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "WindowActions.h"
#include "dashboard/DashboardPane.h"
#include "traffic/EndpointRolloutView.h"
#include "HttpClient.h"
#include "ScoreLoad.h"
#include "ScreenshotTool.h"
#include "ServerProcess.h"
#include "charts/MetricChart.h"
#include "charts/MetricChartsView.h"
#include "EndpointListModel.h"
#include "VersionTableModel.h"
#include "detail/ReplicasView.h"
#include "detail/VersionDetail.h"
#include "logs/LogView.h"
#include "dialogs/AttachClusterDialog.h"
#include "dialogs/CreateEndpointDialog.h"
#include "dialogs/VersionDialog.h"
#include "dialogs/VersionSpecForm.h"
#include "panes/EndpointsPane.h"
#include "panes/VersionsPane.h"
#include "score/ScoreTester.h"

using namespace switchyard;

namespace {
void save(QWidget* widget, const QString& path)
{
    widget->show();
    QTest::qWait(300);
    widget->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Light, QColor(0x48, 0x48, 0x48));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}
} // namespace

int main(int argc, char** argv)
{
    test::ScreenshotTool tool(argc, argv, "SwitchyardScreenshots");
    const QString out = tool.arg(1, QStringLiteral("screenshots"));
    const QString lang = tool.language();
    QDir().mkpath(out);
    // SWITCHYARD_SCREENSHOTS_PALETTE=dark|light renders under Fusion with that palette, as a desktop in
    // a dark or light colour scheme would hand it to the console (docs/screenshots/console-*.png).
    const QString scheme = qEnvironmentVariable("SWITCHYARD_SCREENSHOTS_PALETTE");
    if (!scheme.isEmpty()) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(scheme == QLatin1String("dark") ? darkPalette() : lightPalette());
    }
    const QString prefix = out + QLatin1Char('/') + lang + QLatin1Char('-') +
                           (scheme.isEmpty() ? QString() : scheme + QLatin1Char('-'));

    {
        app::MainWindow empty;
        empty.resize(1400, 860);
        save(&empty, prefix + QStringLiteral("main-empty.png"));
    }
    // SWITCHYARD_SCREENSHOTS_URL and SWITCHYARD_SCREENSHOTS_TOKEN point the tool at a running cluster
    // with a demo endpoint (one with more history, say) instead of a fresh one.
    const QString externalUrl = qEnvironmentVariable("SWITCHYARD_SCREENSHOTS_URL");
    test::ServerProcess server({QStringLiteral("--demo")});
    if (externalUrl.isEmpty() && !server.start()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QUrl url = externalUrl.isEmpty() ? server.url() : QUrl(externalUrl);
    const QString token =
        externalUrl.isEmpty() ? server.adminToken() : qEnvironmentVariable("SWITCHYARD_SCREENSHOTS_TOKEN");
    app::MainWindow window;
    window.resize(1400, 860);
    models::ClusterProfile profile;
    profile.url = url.toString();
    profile.adminToken = token;
    auto* session = window.attach(profile);
    window.show();
    (void)QTest::qWaitFor([&] { return session->endpoints()->rowCount() > 0; }, 15000);
    // No endpoint selected yet: the endpoint view says what to do, its actions are off.
    save(&window, prefix + QStringLiteral("main-no-endpoint.png"));
    window.endpointsPane()->selectEndpoint(QStringLiteral("demo"));
    (void)QTest::qWaitFor([&] { return session->versions()->rowCount() == 2; }, 15000);
    window.versionsPane()->selectVersion(QStringLiteral("green"));
    (void)QTest::qWaitFor(
        [&] {
            const auto* green = session->versions()->find("green");
            return green && green->state == HealthState::Healthy;
        },
        30000);
    QTest::qWait(2500); // a metrics sample or two for the utilization column
    window.rollout()->setCurrentWidget(window.detail());
    save(&window, prefix + QStringLiteral("main-full.png"));
    // Help: the keyboard shortcuts and About (with the server's version).
    if (auto* actions = window.findChild<app::WindowActions*>()) {
        actions->showShortcuts();
        save(window.findChild<app::ShortcutsDialog*>(), prefix + QStringLiteral("shortcuts.png"));
        window.findChild<app::ShortcutsDialog*>()->close();
        actions->showAbout();
        QTest::qWait(500);
        save(window.findChild<app::AboutDialog*>(), prefix + QStringLiteral("about.png"));
        window.findChild<app::AboutDialog*>()->close();
    }
    window.detail()->setCurrentWidget(window.detail()->logs());
    QTest::qWait(1500);
    save(&window, prefix + QStringLiteral("main-logs.png"));
    window.detail()->setCurrentWidget(window.detail()->scoreTester());
    window.detail()->scoreTester()->send();
    QTest::qWait(2000);
    save(&window, prefix + QStringLiteral("main-score.png"));
    // Scoring traffic, so that charts, dashboard and history have something to show: six requests in
    // flight at the demo's 50 ms each keep blue above its target and the autoscaler adds replicas.
    const auto keys = test::HttpClient(url, token).get(QStringLiteral("/api/v1/endpoints/demo/keys")).json();
    test::ScoreLoad load(url, QStringLiteral("demo"),
                         QString::fromStdString(keys.value("primary_key", std::string())), 6);
    load.start(100000, 120000);
    // The version's replicas, refreshed while shown.
    window.versionsPane()->selectVersion(QStringLiteral("blue"));
    window.detail()->setCurrentWidget(window.detail()->replicas());
    QTest::qWait(6000);
    save(&window, prefix + QStringLiteral("main-replicas.png"));
    // The endpoint view's pages (traffic, promote, charts, keys, history) and the cluster dashboard, with
    // room for two rows of charts.
    window.resize(1400, 1000);
    window.findChild<QSplitter*>(QStringLiteral("rightSplitter"))->setSizes({200, 760});
    window.rollout()->setCurrentIndex(widgets::EndpointRolloutView::TrafficPage);
    QTest::qWait(1000);
    save(&window, prefix + QStringLiteral("main-rollout.png"));
    window.rollout()->setCurrentIndex(widgets::EndpointRolloutView::ChartsPage);
    QTest::qWait(15000);
    // Every version overlaid, with the read-out of the second under the mouse.
    auto* requests = window.rollout()->charts()->chart(widgets::MetricChartsView::RequestsChart);
    if (auto* line = requests->series(0); line->count() > 12) {
        QPointF point = line->at(line->count() - 8);
        for (int i = line->count() - 12; i < line->count() - 4; ++i)
            if (line->at(i).y() > point.y())
                point = line->at(i);
        window.findChild<QScrollArea*>(QStringLiteral("chartsScroll"))->ensureWidgetVisible(requests);
        QTest::qWait(100);
        QPoint at = requests->positionOf(qint64(point.x()), point.y());
        at.setY(requests->mapFromScene(requests->chart()->mapToScene(requests->chart()->plotArea().center()))
                    .y());
        // The move as the viewport receives it (QTest::mouseMove goes through the window system, which the
        // offscreen platform does not route to a widget inside a scroll area of a bigger window).
        QMouseEvent move(QEvent::MouseMove, QPointF(at), requests->viewport()->mapToGlobal(QPointF(at)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(requests->viewport(), &move);
        QTest::qWait(200);
    }
    save(&window, prefix + QStringLiteral("main-endpoint.png"));
    save(window.rollout(), prefix + QStringLiteral("endpoint-view.png"));
    window.rollout()->charts()->setVersion(QStringLiteral("blue"));
    QTest::qWait(3000);
    save(&window, prefix + QStringLiteral("main-charts.png"));
    // A wider window fills from the server's history at once (as much as the cluster has).
    window.rollout()->charts()->setWindowSeconds(900);
    QTest::qWait(3000);
    save(&window, prefix + QStringLiteral("main-charts-15min.png"));
    window.rollout()->charts()->setWindowSeconds(300);
    window.rollout()->charts()->setVersion(QString());
    window.rollout()->setCurrentIndex(widgets::EndpointRolloutView::PromotePage);
    QTest::qWait(2000);
    save(&window, prefix + QStringLiteral("main-promote.png"));
    window.rollout()->setCurrentIndex(widgets::EndpointRolloutView::HistoryPage);
    QTest::qWait(500);
    save(&window, prefix + QStringLiteral("main-history.png"));
    window.rollout()->setCurrentIndex(widgets::EndpointRolloutView::KeysPage);
    QTest::qWait(1000);
    save(&window, prefix + QStringLiteral("main-keys.png"));
    window.rollout()->setCurrentWidget(window.dashboard());
    QTest::qWait(4000);
    save(&window, prefix + QStringLiteral("main-dashboard.png"));
    load.stop();
    window.rollout()->setCurrentWidget(window.detail());

    widgets::CreateEndpointDialog create;
    create.versionForm()->setModelChoices(session->modelReferences());
    save(&create, prefix + QStringLiteral("create-endpoint-empty.png"));
    create.findChild<QLineEdit*>(QStringLiteral("endpointName"))->setText(QStringLiteral("Churn"));
    create.findChild<QLineEdit*>(QStringLiteral("version_name"))->setText(QStringLiteral("versiona"));
    create.findChild<QComboBox*>(QStringLiteral("model"))->setCurrentText(QStringLiteral("demo:1"));
    create.findChild<QSpinBox*>(QStringLiteral("autoscale_min_replicas"))->setValue(0);
    save(&create, prefix + QStringLiteral("create-endpoint-invalid.png"));

    widgets::VersionDialog version(QStringLiteral("demo"));
    version.form()->setFreeCapacity(session->cluster()->capacity - session->cluster()->allocated);
    version.findChild<QLineEdit*>(QStringLiteral("version_name"))->setText(QStringLiteral("canary"));
    version.findChild<QComboBox*>(QStringLiteral("model"))->setCurrentText(QStringLiteral("demo:1"));
    save(&version, prefix + QStringLiteral("create-version.png"));
    if (const auto* green = session->versions()->find("green")) {
        widgets::VersionDialog edit(QStringLiteral("demo"), green->spec);
        edit.findChild<QSpinBox*>(QStringLiteral("traffic_percentile"))->setValue(50);
        save(&edit, prefix + QStringLiteral("edit-version.png"));
    }
    widgets::AttachClusterDialog attach;
    save(&attach, prefix + QStringLiteral("attach-empty.png"));
    attach.setProfile(profile);
    save(&attach, prefix + QStringLiteral("attach-full.png"));
    widgets::ConnectivityDialog check(profile);
    check.show();
    check.start();
    (void)QTest::qWaitFor([&] { return check.isFinished(); }, 15000);
    save(&check, prefix + QStringLiteral("connectivity.png"));
    return 0;
}
