#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

#include "MetricHistory.h"
#include "charts/MetricChart.h"
#include "charts/MetricChartsView.h"

using namespace switchyard;
using namespace switchyard::models;
using namespace switchyard::widgets;

class MetricChartsViewTest : public QObject
{
    Q_OBJECT

    static MetricSample sample(std::int64_t t, double utilization, double ready = 2)
    {
        return {t, ready, ready, 1, 0, utilization, 5, 0.5, 10, 40};
    }

private slots:
    void seriesGainPointsAsSamplesArrive()
    {
        MetricHistory history;
        history.setTargetUtilization("versiona", 70);
        MetricChartsView view;
        view.setHistory(&history);
        view.setVersion(QStringLiteral("versiona"));
        auto* utilization = view.chart(MetricChartsView::UtilizationChart);
        QCOMPARE(utilization->seriesCount(), 1);
        QCOMPARE(utilization->series(0)->count(), 0);
        for (int i = 0; i < 10; ++i)
            history.appendSample("versiona", sample(1000 + i, 50 + i));
        QCOMPARE(utilization->series(0)->count(), 10);
        QCOMPARE(utilization->series(0)->at(9).y(), 59.0);
        // The target is a line at the version's target across the window.
        QVERIFY(utilization->targetLine());
        QCOMPARE(utilization->targetLine()->at(0).y(), 70.0);
        QCOMPARE(view.chart(MetricChartsView::RequestsChart)->seriesCount(), 2);          // rps and errors/s
        QCOMPARE(view.chart(MetricChartsView::LatencyChart)->series(1)->at(0).y(), 40.0); // p99
    }

    void replicasAreSteps()
    {
        MetricHistory history;
        MetricChartsView view;
        view.setHistory(&history);
        view.setVersion(QStringLiteral("versiona"));
        history.appendSample("versiona", sample(1000, 10, 1));
        history.appendSample("versiona", sample(1001, 10, 3));
        auto* ready = view.chart(MetricChartsView::ReplicasChart)->series(1);
        // 1 at t0, then a vertical step at t1 (1 → 3).
        QCOMPARE(ready->count(), 3);
        QCOMPARE(ready->at(1), QPointF(1001000, 1));
        QCOMPARE(ready->at(2), QPointF(1001000, 3));
    }

    void scaleEventIsAMarkerWithItsReason()
    {
        MetricHistory history;
        MetricChartsView view;
        view.setHistory(&history);
        view.setVersion(QStringLiteral("versiona"));
        MetricsPage page;
        auto& s = page.versions["versiona"];
        s.t = {2000};
        s.replicas = s.readyReplicas = {1};
        s.busyReplicas = s.queuedRequests = s.requestsPerSecond = s.errorsPerSecond = {0};
        s.utilization = {95};
        s.latencyMsP50 = s.latencyMsP99 = {1};
        page.events.push_back({2000, "versiona", "ScaledUp", 1, 3, "utilization 95% above target 70%"});
        history.append(page);
        QCOMPARE(view.chart(MetricChartsView::ReplicasChart)->markers()->count(), 1);
        QCOMPARE(view.chart(MetricChartsView::ReplicasChart)->markers()->at(0).y(), 3.0);
    }

    // A narrow chart drops "Scale events" from its legend rather than eliding every label; a wide one
    // names it (as long as there are events at all).
    void markerLegendOnlyWhereItFits()
    {
        MetricChart chart(QStringLiteral("Replicas"), QString());
        chart.addSeries(QStringLiteral("Desiderate"), Qt::gray, true);
        chart.addSeries(QStringLiteral("Pronte"), Qt::darkGreen, true);
        chart.addSeries(QStringLiteral("Occupate"), Qt::darkYellow, true);
        const auto visible = [&] {
            const auto markers = chart.chart()->legend()->markers(chart.markers());
            return !markers.isEmpty() && markers.first()->isVisible();
        };
        chart.resize(1000, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(!visible()); // no events yet
        chart.addMarker(1000, 2, QStringLiteral("ScaledUp 1 → 2"));
        QVERIFY(visible());
        chart.resize(300, 300);
        QVERIFY(!visible());
        chart.resize(1000, 300);
        QVERIFY(visible());
    }

    void windowBoundsThePoints()
    {
        MetricHistory history;
        MetricChartsView view;
        view.setHistory(&history);
        view.setVersion(QStringLiteral("versiona"));
        QCOMPARE(view.windowSeconds(), 300);
        for (int i = 0; i < 1000; ++i)
            history.appendSample("versiona", sample(5000 + i, 10));
        // One point before the window is kept so the line enters from the edge.
        QVERIFY(view.chart(MetricChartsView::UtilizationChart)->series(0)->count() <= 302);
        QCOMPARE(history.sampleCount(), std::size_t(300));
    }

    void pauseHoldsAndResumeCatchesUp()
    {
        MetricHistory history;
        MetricChartsView view;
        view.setHistory(&history);
        view.setVersion(QStringLiteral("versiona"));
        history.appendSample("versiona", sample(1000, 10));
        view.setPaused(true);
        history.appendSample("versiona", sample(1001, 10));
        QCOMPARE(view.chart(MetricChartsView::UtilizationChart)->series(0)->count(), 1);
        view.setPaused(false);
        QCOMPARE(view.chart(MetricChartsView::UtilizationChart)->series(0)->count(), 2);
    }

    void overlayHasASeriesPerVersion()
    {
        MetricHistory history;
        MetricChartsView view;
        view.setHistory(&history);
        QVERIFY(view.version().isEmpty()); // all versions
        history.appendSample("versiona", sample(1000, 10));
        history.appendSample("versionb", sample(1000, 20));
        history.appendSample("versionb", sample(1001, 30));
        auto* chart = view.chart(MetricChartsView::UtilizationChart);
        QCOMPARE(chart->seriesCount(), 2);
        QCOMPARE(chart->series(1)->count(), 2);
    }

    void theOverlayShowsErrorsAndBothPercentilesInEachVersionsColour()
    {
        MetricHistory history;
        MetricChartsView view;
        view.setHistory(&history);
        // The traffic bars' order: versionb first, so it has the first colour; versiona is the control.
        view.setVersionOrder({"versionb", "versiona"}, "versiona");
        history.appendSample("versiona", sample(1000, 10));
        history.appendSample("versionb", sample(1000, 20));
        auto* requests = view.chart(MetricChartsView::RequestsChart);
        auto* latency = view.chart(MetricChartsView::LatencyChart);
        QCOMPARE(requests->seriesCount(), 4); // requests and errors of each
        QCOMPARE(latency->seriesCount(), 4);  // p99 and p50 of each
        QCOMPARE(requests->series(0)->name(), QStringLiteral("versionb requests"));
        QCOMPARE(requests->series(1)->at(0).y(), 0.5); // versionb's errors/s
        QCOMPARE(latency->series(3)->at(0).y(), 10.0); // versiona's p50
        QCOMPARE(requests->series(1)->pen().style(), Qt::DashLine);
        QCOMPARE(requests->series(0)->pen().color(), view.colorOf("versionb"));
        QCOMPARE(latency->series(2)->pen().color(), view.colorOf("versiona"));
        QVERIFY(view.colorOf("versiona") != view.colorOf("versionb"));
        const auto* utilization = view.chart(MetricChartsView::UtilizationChart);
        QVERIFY(utilization->series(1)->name().startsWith(QStringLiteral("versiona ")));
        QVERIFY(utilization->series(1)->name() != QStringLiteral("versiona")); // named the control
        // One legend entry per version, once on screen too: the titles say what the dashed lines are.
        view.resize(900, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto inLegend = [](const MetricChart* chart, int series) {
            const auto markers = chart->chart()->legend()->markers(chart->series(series));
            return !markers.isEmpty() && markers.first()->isVisible();
        };
        for (const auto* chart : {requests, latency}) {
            QVERIFY(inLegend(chart, 0) && inLegend(chart, 2));
            QVERIFY(!inLegend(chart, 1) && !inLegend(chart, 3));
        }
    }

    void theTimeAxisSpansOnlyTheTimeWithData()
    {
        MetricHistory history;
        MetricChartsView view;
        view.setHistory(&history);
        view.setVersion(QStringLiteral("versiona"));
        auto* chart = view.chart(MetricChartsView::UtilizationChart);
        for (int i = 0; i < 10; ++i)
            history.appendSample("versiona", sample(1000 + i, 10));
        // Ten seconds of data: the axis is the shortest span, not five minutes.
        QCOMPARE(chart->rangeEnd(), 1009000);
        QCOMPARE(chart->rangeStart(), 1009000 - MetricChart::kMinimumSpanSeconds * 1000);
        for (int i = 10; i < 120; ++i)
            history.appendSample("versiona", sample(1000 + i, 10));
        QCOMPARE(chart->rangeStart(), 1000000); // the first sample, at the left edge
        for (int i = 120; i < 400; ++i)
            history.appendSample("versiona", sample(1000 + i, 10));
        QCOMPARE(chart->rangeStart(), 1399000 - 300 * 1000); // full: the window slides
    }

    void hoveringReadsOutTheValuesAtThatSecond()
    {
        MetricHistory history;
        MetricChartsView view;
        view.resize(900, 900);
        view.setHistory(&history);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 60; ++i) {
            history.appendSample("versiona", sample(now - 60 + i, 10 + i));
            history.appendSample("versionb", sample(now - 60 + i, 70));
        }
        auto* chart = view.chart(MetricChartsView::UtilizationChart);
        const qint64 at = (now - 30) * 1000;
        const QString expected = QLocale().toString(40.0, 'f', 1); // versiona at now - 30
        QVERIFY2(chart->readoutAt(at).contains(QStringLiteral("versiona ") + expected),
                 qPrintable(chart->readoutAt(at)));
        QVERIFY(chart->readoutAt(at).contains(QStringLiteral("versionb ")));
        QVERIFY(chart->readoutAt(at).startsWith(
            QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("HH:mm:ss"))));
        QVERIFY(chart->readoutAt((now - 500) * 1000).isEmpty()); // no data there
        QVERIFY(chart->readout().isEmpty());
        QTest::mouseMove(chart->viewport(), chart->positionOf(at, 40));
        QTRY_VERIFY(!chart->readout().isEmpty());
        QCOMPARE(chart->readout(), chart->readoutAt(at));
        QVERIFY(chart->readoutLabel()->isVisible());
    }

    void exportsPngAndCsv()
    {
        MetricHistory history;
        MetricChartsView view;
        view.resize(800, 600);
        view.setHistory(&history);
        history.appendSample("versiona", sample(1000, 10));
        QTemporaryDir dir;
        QVERIFY(view.exportPng(dir.filePath(QStringLiteral("c.png"))));
        QVERIFY(QFile(dir.filePath(QStringLiteral("c.png"))).size() > 0);
        QVERIFY(view.exportCsv(dir.filePath(QStringLiteral("c.csv"))));
        QFile csv(dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(
            QStringLiteral("1970-01-01T00:16:40Z,versiona,2,2,1,0,10,70,5,0.5,10,40")));
    }
};

QTEST_MAIN(MetricChartsViewTest)
#include "MetricChartsViewTest.moc"
