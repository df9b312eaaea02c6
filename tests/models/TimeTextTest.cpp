#include <QTest>

#include "TimeText.h"

using switchyard::models::TimeText;

// How the console writes the server's times: local time to the second, whatever the server's precision.
class TimeTextTest : public QObject
{
    Q_OBJECT

private slots:
    void serverTimesReadInLocalTime()
    {
        qputenv("TZ", "Europe/Rome");
        // 11:33:07.546 UTC is 12:33:07 in Rome in December; fractions of a second are dropped.
        QCOMPARE(TimeText::full("2026-12-01T11:33:07.546Z"), QStringLiteral("2026-12-01 12:33:07"));
        QCOMPARE(TimeText::full("2026-07-01T11:33:07Z"), QStringLiteral("2026-07-01 13:33:07"));
        QCOMPARE(TimeText::full("2026-12-01T11:33:07+01:00"), QStringLiteral("2026-12-01 11:33:07"));
    }

    void whatDoesNotParseIsShownAsTheServerWroteIt()
    {
        QCOMPARE(TimeText::full("yesterday"), QStringLiteral("yesterday"));
        QCOMPARE(TimeText::full(""), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TimeTextTest)
#include "TimeTextTest.moc"
