#include <QTest>
#include <QTranslator>

#include "ScaleReasonText.h"
#include "TestPaths.h"

using switchyard::models::ScaleReasonText;
using switchyard::test::binaryPath;

// Every sentence core/AutoscalePolicy writes is recognised and said again through tr() (the English
// source strings differ from the server's on purpose, so a row passes only when the sentence was
// parsed); anything else comes back as it was.
class ScaleReasonTextTest : public QObject
{
    Q_OBJECT

private slots:
    void localized_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("shown");
        QTest::newRow("above target") << "utilization 92% above target 70%"
                                      << "utilization 92% above the target of 70%";
        QTest::newRow("above target, held at the maximum")
            << "utilization 150% above target 70%, held at the maximum of 4 replicas"
            << "utilization 150% above the target of 70%, held at the maximum of 4 replicas";
        QTest::newRow("above target, capped")
            << "utilization 95% above target 70%, capped by the cluster's free capacity"
            << "utilization 95% above the target of 70%, capped by the cluster's free capacity";
        QTest::newRow("held and capped")
            << "utilization 95% above target 70%, held at the maximum of 3 replicas, capped by the cluster's "
               "free capacity"
            << "utilization 95% above the target of 70%, held at the maximum of 3 replicas, capped by the "
               "cluster's free capacity";
        QTest::newRow("below target for a while") << "utilization 10% below target 70% for 61 s"
                                                  << "utilization 10% below the target of 70% for 61 s";
        QTest::newRow("below target, waiting")
            << "utilization 10% below target 70%, waiting for the scale-down delay"
            << "utilization 10% below the target of 70%, waiting for the scale-down delay";
        QTest::newRow("at target") << "utilization 70% at target 70%"
                                   << "utilization 70% at the target of 70%";
        QTest::newRow("below the minimum") << "below the minimum of 2 replicas"
                                           << "below the minimum of 2 replicas";
        QTest::newRow("above the maximum, capped")
            << "above the maximum of 5 replicas, capped by the cluster's free capacity"
            << "above the maximum of 5 replicas, capped by the cluster's free capacity";
        QTest::newRow("unknown sentence") << "the moon is full"
                                          << "the moon is full";
        QTest::newRow("unknown with a known suffix")
            << "the moon is full, capped by the cluster's free capacity"
            << "the moon is full, capped by the cluster's free capacity";
        QTest::newRow("empty") << QString() << QString();
    }
    void localized()
    {
        QFETCH(QString, server);
        QFETCH(QString, shown);
        QCOMPARE(ScaleReasonText::localized(server), shown);
    }

    // With the console's Italian translation (built with the console) a reason reads in Italian.
    void italian()
    {
        QTranslator italian;
        QVERIFY2(italian.load(binaryPath(QStringLiteral("app/switchyard_it.qm"))),
                 "build the console first: the test reads its Italian translation");
        QCoreApplication::installTranslator(&italian);
        const QString shown = ScaleReasonText::localized(
            QStringLiteral("utilization 95% above target 70%, capped by the cluster's free capacity"));
        QCoreApplication::removeTranslator(&italian);
        QCOMPARE(shown,
                 QStringLiteral("utilizzo 95 % sopra la destinazione del 70 %, limitato dalla capacità "
                                "libera del cluster"));
    }
};

QTEST_GUILESS_MAIN(ScaleReasonTextTest)
#include "ScaleReasonTextTest.moc"
