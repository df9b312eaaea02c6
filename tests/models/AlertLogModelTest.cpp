#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "AlertLogModel.h"

using namespace switchyard::models;

// The alert log: an episode a row, the newest first, updated in place when it ends, at most kMaxEpisodes.
class AlertLogModelTest : public QObject
{
    Q_OBJECT

private:
    static AlertEpisode episode(std::uint64_t id, const QDateTime& started)
    {
        AlertEpisode e;
        e.id = id;
        e.kind = AlertKind::ErrorRate;
        e.clusterName = QStringLiteral("local");
        e.endpoint = QStringLiteral("demo");
        e.version = QStringLiteral("blue");
        e.rule = AlertRule{true, 5, 30, false};
        e.started = started;
        e.fired = started.addSecs(30);
        e.value = 12.5;
        e.peak = 40;
        return e;
    }

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }

    void episodesAreRowsNewestFirstAndEndInPlace()
    {
        AlertLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0(QDate(2026, 12, 1), QTime(9, 14, 3));
        log.record(episode(1, t0));
        log.record(episode(2, t0.addSecs(60)));
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.index(0, 0).data(AlertLogModel::EpisodeIdRole).toULongLong(), 2ull);
        QCOMPARE(log.index(1, AlertLogModel::StartedColumn).data().toString(),
                 QStringLiteral("2026-12-01 09:14:03"));
        QCOMPARE(log.index(1, AlertLogModel::EndedColumn).data().toString(), QStringLiteral("firing"));
        QCOMPARE(log.index(1, AlertLogModel::RuleColumn).data().toString(),
                 QStringLiteral("Server errors (5xx) above 5 % for 30 s"));
        QCOMPARE(log.index(1, AlertLogModel::ValueColumn).data().toString(), QStringLiteral("12.5 %"));
        QCOMPARE(log.index(1, AlertLogModel::PeakColumn).data().toString(), QStringLiteral("40.0 %"));
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
        auto ended = episode(1, t0);
        ended.ended = t0.addSecs(95);
        log.record(ended);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 1);
        QCOMPARE(log.index(1, AlertLogModel::EndedColumn).data().toString(),
                 QStringLiteral("2026-12-01 09:15:38"));
        QVERIFY(!log.index(1, 0).data(AlertLogModel::FiringRole).toBool());
        QVERIFY(log.index(0, 0).data(AlertLogModel::FiringRole).toBool());
    }

    // An earlier console's episodes go below this session's; one that fired when it closed reads so.
    void earlierEpisodesAreRestoredBelow()
    {
        AlertLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0(QDate(2026, 12, 1), QTime(9, 14, 3));
        log.record(episode(12, t0.addSecs(3600)));
        auto closed = episode(4, t0);
        closed.ended = t0.addSecs(600);
        closed.endedWithConsole = true;
        auto older = episode(3, t0.addSecs(-600));
        older.ended = t0.addSecs(-300);
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        log.restore({older, closed});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 1);
        QCOMPARE(inserted[0][2].toInt(), 2);
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.index(1, 0).data(AlertLogModel::EpisodeIdRole).toULongLong(), 4ull);
        QCOMPARE(log.index(2, 0).data(AlertLogModel::EpisodeIdRole).toULongLong(), 3ull);
        QCOMPARE(log.lastId(), std::uint64_t(12));
        QVERIFY(!log.index(1, 0).data(AlertLogModel::FiringRole).toBool());
        QCOMPARE(log.index(1, AlertLogModel::EndedColumn).data().toString(),
                 QStringLiteral("2026-12-01 09:24:03, console closed"));
        QVERIFY(log.index(1, AlertLogModel::EndedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not known")));
        QCOMPARE(log.index(2, AlertLogModel::EndedColumn).data().toString(),
                 QStringLiteral("2026-12-01 09:09:03"));
        QVERIFY(!log.index(2, AlertLogModel::EndedColumn).data(Qt::ToolTipRole).isValid());
        const auto all = log.episodes();
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all.front().id, std::uint64_t(3));
        QCOMPARE(all.back().id, std::uint64_t(12));
        // Never more than the log holds: the newest of them.
        AlertLogModel full;
        std::vector<AlertEpisode> many;
        for (int i = 1; i <= AlertLogModel::kMaxEpisodes + 3; ++i)
            many.push_back(episode(static_cast<std::uint64_t>(i), t0.addSecs(i)));
        full.record(episode(5000, t0.addSecs(5000)));
        full.restore(many);
        QCOMPARE(full.rowCount(), AlertLogModel::kMaxEpisodes);
        QCOMPARE(full.index(1, 0).data(AlertLogModel::EpisodeIdRole).toULongLong(),
                 static_cast<qulonglong>(AlertLogModel::kMaxEpisodes + 3));
        QCOMPARE(full.index(full.rowCount() - 1, 0).data(AlertLogModel::EpisodeIdRole).toULongLong(), 5ull);
    }

    void keepsTheLastEpisodes()
    {
        AlertLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t0(QDate(2026, 12, 1), QTime(9, 0));
        for (int i = 1; i <= AlertLogModel::kMaxEpisodes + 5; ++i)
            log.record(episode(static_cast<std::uint64_t>(i), t0.addSecs(i)));
        QCOMPARE(log.rowCount(), AlertLogModel::kMaxEpisodes);
        QCOMPARE(log.index(log.rowCount() - 1, 0).data(AlertLogModel::EpisodeIdRole).toULongLong(), 6ull);
    }
};

QTEST_GUILESS_MAIN(AlertLogModelTest)
#include "AlertLogModelTest.moc"
