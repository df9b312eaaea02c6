#include <QTest>

#include "PodLogMerge.h"

using namespace switchyard::server;

// A version's log on Kubernetes: the server's own lines and each pod's (with the API server's
// timestamps) in one time order, each pod line naming its pod.
class PodLogMergeTest : public QObject
{
    Q_OBJECT
private slots:
    void mergesInTimeOrderAndNamesThePod()
    {
        PodLogMerge merge(10);
        merge.addStamped("2026-12-01T10:00:00.100Z [supervisor] starting\n"
                         "2026-12-01T10:00:02.000Z [supervisor] replica a is ready\n");
        merge.addPod("a", "2026-12-01T10:00:01.500000000Z serving on 10.0.0.7:8080\n"
                          "2026-12-01T10:00:03Z scored 1 row\n");
        merge.addPod("b", "2026-12-01T10:00:00.900123456Z fetching the model\n");
        QCOMPARE(QString::fromStdString(merge.text()),
                 QStringLiteral("2026-12-01T10:00:00.100Z [supervisor] starting\n"
                                "2026-12-01T10:00:00.900Z [b] fetching the model\n"
                                "2026-12-01T10:00:01.500Z [a] serving on 10.0.0.7:8080\n"
                                "2026-12-01T10:00:02.000Z [supervisor] replica a is ready\n"
                                "2026-12-01T10:00:03.000Z [a] scored 1 row\n"));
    }

    void keepsTheNewestTail()
    {
        PodLogMerge merge(2);
        merge.addPod("a", "2026-12-01T10:00:01Z one\n2026-12-01T10:00:02Z two\n2026-12-01T10:00:03Z three\n");
        QCOMPARE(QString::fromStdString(merge.text()),
                 QStringLiteral("2026-12-01T10:00:02.000Z [a] two\n2026-12-01T10:00:03.000Z [a] three\n"));
        QCOMPARE(PodLogMerge(0).text(), std::string());
    }

    void linesWithoutAStampAndNotesAreKept()
    {
        PodLogMerge merge(10);
        merge.addPod("a", "no stamp here\n\n2026-12-01T10:00:01Z stamped");
        merge.note("b", "(its log is not available: refused)");
        const auto text = QString::fromStdString(merge.text());
        QVERIFY(text.contains(QStringLiteral("[a] no stamp here\n")));
        QVERIFY(text.contains(QStringLiteral("[b] (its log is not available: refused)\n")));
        QVERIFY(text.endsWith(QStringLiteral("2026-12-01T10:00:01.000Z [a] stamped\n")));
        QCOMPARE(text.count('\n'), 3); // the empty line is dropped
    }
};

QTEST_APPLESS_MAIN(PodLogMergeTest)
#include "PodLogMergeTest.moc"
