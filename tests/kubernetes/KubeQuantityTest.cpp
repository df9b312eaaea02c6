#include <QTest>

#include "KubeQuantity.h"

using namespace switchyard;

// Quantities as nodes and quotas state them (k8s.io/apimachinery/pkg/api/resource).
class KubeQuantityTest : public QObject
{
    Q_OBJECT
private slots:
    void readsCores_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("cores");
        QTest::newRow("whole") << "4" << 4.0;
        QTest::newRow("milli") << "3800m" << 3.8;
        QTest::newRow("decimal") << "1.5" << 1.5;
        QTest::newRow("exponent") << "2e3" << 2000.0;
        QTest::newRow("kilo") << "2k" << 2000.0;
        QTest::newRow("nano") << "500000000n" << 0.5;
    }
    void readsCores()
    {
        QFETCH(QString, text);
        QFETCH(double, cores);
        const auto value = KubeQuantity::cores(text.toStdString());
        QVERIFY(value);
        QCOMPARE(*value, cores);
    }

    void readsMemoryAsGib_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("gigabytes");
        QTest::newRow("Gi") << "16Gi" << 16.0;
        QTest::newRow("Ki") << "16777216Ki" << 16.0;
        QTest::newRow("Mi") << "512Mi" << 0.5;
        QTest::newRow("bytes") << "1073741824" << 1.0;
        QTest::newRow("decimal G") << "1G" << 1e9 / 1073741824.0;
        QTest::newRow("Ti") << "1Ti" << 1024.0;
    }
    void readsMemoryAsGib()
    {
        QFETCH(QString, text);
        QFETCH(double, gigabytes);
        const auto value = KubeQuantity::gigabytes(text.toStdString());
        QVERIFY(value);
        QCOMPARE(*value, gigabytes);
    }

    void refusesWhatIsNotAQuantity_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad :
             {"", "m", "Gi", "abc", "1.2.3", "-1", "4 cores", "12Qi", "1e", "0x10", "inf", "nan", "1e400"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad);
    }
    void refusesWhatIsNotAQuantity()
    {
        QFETCH(QString, text);
        QVERIFY(!KubeQuantity::value(text.toStdString()));
    }
};

QTEST_APPLESS_MAIN(KubeQuantityTest)
#include "KubeQuantityTest.moc"
