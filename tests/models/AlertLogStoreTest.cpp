#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "AlertLogStore.h"

using namespace switchyard::models;

// The alert log on disk: what is saved comes back the same; an episode still firing when the console
// closed comes back ended "with the console"; the file keeps the last 1,000 episodes of the last 30 days;
// a file that cannot be read is moved aside, kept, and the log starts empty.
class AlertLogStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_now{QDate(2026, 12, 1), QTime(12, 0, 0, 250)};

    QString file() const { return m_dir.filePath(QStringLiteral("data/alert-log.jsonl")); }
    static AlertEpisode episode(std::uint64_t id, const QDateTime& started)
    {
        AlertEpisode e;
        e.id = id;
        e.kind = AlertKind::ErrorRate;
        e.clusterKey = QStringLiteral("#1");
        e.clusterId = QStringLiteral("http://127.0.0.1:8080/base");
        e.clusterName = QStringLiteral("local");
        e.endpoint = QStringLiteral("demo");
        e.version = QStringLiteral("blue");
        e.rule = AlertRule{true, 2.5, 30, true};
        e.started = started;
        e.fired = started.addSecs(30);
        e.ended = started.addSecs(95);
        e.value = 12.5;
        e.peak = 40.25;
        e.detail = QStringLiteral("«détail» \"quoted\"\nsecond line");
        return e;
    }
    static void compareEpisodes(const AlertEpisode& a, const AlertEpisode& b)
    {
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.clusterId, b.clusterId);
        QCOMPARE(a.clusterName, b.clusterName);
        QCOMPARE(a.endpoint, b.endpoint);
        QCOMPARE(a.version, b.version);
        QVERIFY(a.rule == b.rule);
        QCOMPARE(a.started, b.started);
        QCOMPARE(a.fired, b.fired);
        QCOMPARE(a.ended, b.ended);
        QCOMPARE(a.endedWithConsole, b.endedWithConsole);
        QCOMPARE(std::isnan(a.value), std::isnan(b.value));
        if (!std::isnan(a.value))
            QCOMPARE(a.value, b.value);
        QCOMPARE(std::isnan(a.peak), std::isnan(b.peak));
        if (!std::isnan(a.peak))
            QCOMPARE(a.peak, b.peak);
        QCOMPARE(a.detail, b.detail);
    }
    QStringList filesInDataDir() const
    {
        return QDir(QFileInfo(file()).absolutePath())
            .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    }

private slots:
    void init() { QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively(); }

    void noFileIsAnEmptyLog()
    {
        const auto loaded = AlertLogStore::load(file(), m_now);
        QVERIFY(loaded.episodes.empty());
        QVERIFY(loaded.error.isEmpty());
    }

    void episodesComeBackAsSaved()
    {
        std::vector<AlertEpisode> saved{episode(1, m_now.addSecs(-3600)), episode(2, m_now.addSecs(-600))};
        saved[1].kind = AlertKind::ClusterUnreachable;
        saved[1].endpoint.clear();
        saved[1].version.clear();
        saved[1].value = std::nan("");
        saved[1].peak = std::nan("");
        saved[1].endedWithConsole = true;
        QCOMPARE(AlertLogStore::save(file(), saved, m_now), QString());
        const auto loaded = AlertLogStore::load(file(), m_now);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.episodes.size(), saved.size());
        for (std::size_t i = 0; i < saved.size(); ++i)
            compareEpisodes(loaded.episodes[i], saved[i]);
        // One line an episode, readable by a person (and by jq).
        QFile raw(file());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = raw.readAll().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[2].isEmpty());
        QVERIFY2(lines[0].contains(R"("kind":"errorRate")"), lines[0].constData());
        QVERIFY2(lines[1].contains(R"("value":null)"), lines[1].constData());
    }

    // Still firing in the file: the console closed (or crashed) first. It comes back ended at the file's
    // last write, marked as ended with the console, not firing.
    void anEpisodeFiringWhenTheConsoleClosedComesBackEnded()
    {
        auto firing = episode(7, m_now.addSecs(-120));
        firing.ended = QDateTime();
        QVERIFY(firing.isFiring());
        QCOMPARE(AlertLogStore::save(file(), {firing}, m_now), QString());
        const QDateTime written = QFileInfo(file()).lastModified();
        const auto loaded = AlertLogStore::load(file(), m_now);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.episodes.size(), std::size_t(1));
        const auto& e = loaded.episodes[0];
        QVERIFY(!e.isFiring());
        QVERIFY(e.endedWithConsole);
        QCOMPARE(e.ended, std::max(written, e.fired));
    }

    void keepsTheLastThousandOfTheLastThirtyDays()
    {
        std::vector<AlertEpisode> episodes;
        // Ended 31 days ago: dropped. Started 40 days ago and still firing: kept.
        episodes.push_back(episode(1, m_now.addDays(-31).addSecs(-95)));
        auto longFiring = episode(2, m_now.addDays(-40));
        longFiring.ended = QDateTime();
        episodes.push_back(longFiring);
        for (int i = 0; i < AlertLogStore::kMaxEpisodes + 10; ++i)
            episodes.push_back(episode(static_cast<std::uint64_t>(100 + i), m_now.addSecs(-100000 + i)));
        QCOMPARE(AlertLogStore::save(file(), episodes, m_now), QString());
        const auto loaded = AlertLogStore::load(file(), m_now);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QCOMPARE(loaded.episodes.size(), std::size_t(AlertLogStore::kMaxEpisodes));
        QCOMPARE(loaded.episodes.front().id, std::uint64_t(110)); // the oldest kept
        QCOMPARE(loaded.episodes.back().id, std::uint64_t(100 + AlertLogStore::kMaxEpisodes + 9));

        const auto few = AlertLogStore::bounded({episode(1, m_now.addDays(-31)), longFiring}, m_now);
        QCOMPARE(few.size(), std::size_t(1));
        QCOMPARE(few[0].id, std::uint64_t(2));
    }

    void aBrokenFileIsSetAsideAndTheLogStartsEmpty_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        const QByteArray good = AlertLogStore::toLine(episode(1, m_now.addSecs(-600))) + '\n';
        QTest::newRow("not JSON") << QByteArray("{\"id\": 1, \"kind\": \n")
                                  << QStringLiteral("line 1: not JSON");
        QTest::newRow("a second line cut short") << good + good.left(40) + '\n'
                                                 << QStringLiteral("line 2: not JSON");
        QTest::newRow("an array") << good + "[1, 2]\n" << QStringLiteral("line 2: not a JSON object");
        QByteArray unknownKind = good;
        unknownKind.replace("errorRate", "cpuTemperature");
        QTest::newRow("an unknown kind") << unknownKind << QStringLiteral("line 1: no valid \"kind\"");
        QByteArray badTime = good;
        badTime.replace("\"started\":\"2026", "\"started\":\"yesterday");
        QTest::newRow("a time that is not one") << badTime << QStringLiteral("line 1: no valid \"started\"");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << QStringLiteral("line 1: not JSON");
    }

    void aBrokenFileIsSetAsideAndTheLogStartsEmpty()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        QVERIFY(QDir().mkpath(QFileInfo(file()).absolutePath()));
        {
            QFile bad(file());
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write(content);
        }
        const auto loaded = AlertLogStore::load(file(), m_now);
        QVERIFY(loaded.episodes.empty());
        QVERIFY2(loaded.error.startsWith(why), qPrintable(loaded.error));
        // Moved aside, byte for byte; the log's own name is free for the next save.
        QVERIFY(!loaded.setAside.isEmpty());
        QVERIFY(!QFile::exists(file()));
        QFile aside(loaded.setAside);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);
        QVERIFY2(
            QFileInfo(loaded.setAside).fileName().startsWith(QStringLiteral("alert-log.jsonl.unreadable-")),
            qPrintable(loaded.setAside));
        QCOMPARE(AlertLogStore::save(file(), {episode(9, m_now.addSecs(-60))}, m_now), QString());
        QCOMPARE(AlertLogStore::load(file(), m_now).episodes.size(), std::size_t(1));
        QCOMPARE(filesInDataDir().size(), 2);
    }

    // Not a file at all (a folder where the log should be): cannot be read, moved aside all the same.
    void aFileThatCannotBeOpenedIsSetAside()
    {
        QVERIFY(QDir().mkpath(file()));
        const auto loaded = AlertLogStore::load(file(), m_now);
        QVERIFY(loaded.episodes.empty());
        QVERIFY(!loaded.error.isEmpty());
        QVERIFY2(QFileInfo(loaded.setAside).isDir(), qPrintable(loaded.setAside));
        QVERIFY(!QFileInfo::exists(file()));
    }

    void aSaveThatCannotBeWrittenSaysWhy()
    {
        // The folder of the log is a file: no folder can be made there.
        QVERIFY(QDir().mkpath(m_dir.path()));
        QFile blocker(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString error = AlertLogStore::save(file(), {episode(1, m_now)}, m_now);
        QVERIFY(!error.isEmpty());
        qInfo("the error reads: %s", qPrintable(error));
        QFile::remove(blocker.fileName());
    }
};

QTEST_GUILESS_MAIN(AlertLogStoreTest)
#include "AlertLogStoreTest.moc"
