#include <QSignalSpy>
#include <QTest>

#include "MetricHistory.h"

using namespace switchyard;
using namespace switchyard::models;

class MetricHistoryTest : public QObject
{
    Q_OBJECT

    static MetricsPage page(std::int64_t from, int count, const std::string& version = "versiona")
    {
        MetricsPage p;
        auto& s = p.versions[version];
        s.targetUtilization = 60;
        for (int i = 0; i < count; ++i) {
            s.t.push_back(from + i);
            s.replicas.push_back(1);
            s.readyReplicas.push_back(1);
            s.busyReplicas.push_back(0);
            s.queuedRequests.push_back(0);
            s.utilization.push_back(double(i % 100));
            s.requestsPerSecond.push_back(1);
            s.errorsPerSecond.push_back(0);
            s.latencyMsP50.push_back(1);
            s.latencyMsP99.push_back(2);
        }
        return p;
    }

private slots:
    void ringKeepsNewestInOrder()
    {
        SampleRing ring(3);
        for (int i = 1; i <= 5; ++i)
            ring.push({i});
        QCOMPARE(ring.size(), std::size_t(3));
        QCOMPARE(ring.at(0).t, std::int64_t(3));
        QCOMPARE(ring.last().t, std::int64_t(5));
        ring.setCapacity(2);
        QCOMPARE(ring.at(0).t, std::int64_t(4));
        ring.setCapacity(10);
        ring.push({6});
        QCOMPARE(ring.size(), std::size_t(3));
        QCOMPARE(ring.last().t, std::int64_t(6));
    }

    void overlappingPagesAppendOnlyNewSamples()
    {
        MetricHistory history;
        QSignalSpy spy(&history, &MetricHistory::samplesAppended);
        history.append(page(1000, 300));
        history.append(page(1001, 300)); // one new second
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).toInt(), 1);
        QCOMPARE(history.samples("versiona")->size(), std::size_t(300));
        QCOMPARE(history.latestTime(), std::int64_t(1300));
        QCOMPARE(history.targetUtilization("versiona"), 60);
    }

    // A wider window asks the server for older samples: they are merged in front, in order, each second
    // once, and the history says so once; a full ring takes none (it has no room for older ones).
    void olderSamplesAreMergedIn()
    {
        MetricHistory history;
        history.setWindowSeconds(600);
        history.append(page(1300, 300)); // what a newly focused endpoint holds: its last 5 minutes
        QSignalSpy backfilled(&history, &MetricHistory::backfilled);
        QSignalSpy appended(&history, &MetricHistory::samplesAppended);
        history.append(page(1000, 605)); // the last 10 minutes and 5 s more
        QCOMPARE(backfilled.count(), 1);
        QCOMPARE(appended.count(), 0);
        const auto* ring = history.samples("versiona");
        QCOMPARE(ring->size(), std::size_t(600));
        QCOMPARE(ring->at(0).t, std::int64_t(1005)); // the newest 600 of 1000 … 1604
        QCOMPARE(ring->last().t, std::int64_t(1604));
        for (std::size_t i = 1; i < ring->size(); ++i)
            QCOMPARE(ring->at(i).t, ring->at(i - 1).t + 1);
        // Full now: an older page adds nothing and asks for no redraw.
        history.append(page(900, 50));
        QCOMPARE(backfilled.count(), 1);
        QCOMPARE(ring->at(0).t, std::int64_t(1005));
    }

    void memoryStaysBoundedByTheWindow()
    {
        MetricHistory history;
        history.setWindowSeconds(300);
        // Two hours of one-second pages for two versions.
        for (int i = 0; i < 7200; ++i) {
            history.append(page(10000 + i, 1, "versiona"));
            history.append(page(10000 + i, 1, "versionb"));
        }
        QCOMPARE(history.sampleCount(), std::size_t(600));
        QCOMPARE(history.samples("versiona")->capacity(), std::size_t(300));
        history.setWindowSeconds(60);
        QCOMPARE(history.sampleCount(), std::size_t(120));
        QCOMPARE(history.samples("versionb")->last().t, std::int64_t(10000 + 7199));
    }

    void eventsAreKeptOnceAndBounded()
    {
        MetricHistory history;
        MetricsPage p = page(1, 1);
        p.events.push_back({5, "versiona", "ScaledUp", 1, 3, "utilization 92% above target 70%"});
        history.append(p);
        history.append(p);
        QCOMPARE(history.events().size(), std::size_t(1));
        for (int i = 0; i < 1000; ++i)
            history.appendEvent({100 + i, "versiona", "ScaledDown", 3, 2, "below target"});
        QCOMPARE(history.events().size(), MetricHistory::kMaxEvents);
    }
};

QTEST_GUILESS_MAIN(MetricHistoryTest)
#include "MetricHistoryTest.moc"
