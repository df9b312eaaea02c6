#include <QTest>

#include "EventKindText.h"
#include "LastChanges.h"

using namespace switchyard;
using models::EventKindText;

// One table of an event kind's words: the Monitor's last change (LastChanges) names a change with it, and
// the History's sentence (EventDescription) is its sentence for the kinds told without their detail.
class EventKindTextTest : public QObject
{
    Q_OBJECT

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("split") << "TrafficChanged"
                               << "Split changed" << QString();
        QTest::newRow("endpoint created") << "EndpointCreated"
                                          << "Endpoint created"
                                          << "alice created the endpoint demo.";
        QTest::newRow("endpoint deleted: a sentence, no change to show")
            << "EndpointDeleted"
            << "EndpointDeleted"
            << "alice deleted the endpoint demo.";
        QTest::newRow("version created") << "VersionCreated"
                                         << "Version blue created"
                                         << "alice created the version blue.";
        QTest::newRow("version changed") << "VersionUpdated"
                                         << "Version blue changed"
                                         << "alice changed the version blue.";
        QTest::newRow("version deleted") << "VersionDeleted"
                                         << "Version blue deleted"
                                         << "alice deleted the version blue.";
        QTest::newRow("key: the sentence needs the key's type") << "KeyRegenerated"
                                                                << "Key regenerated" << QString();
        QTest::newRow("tokens") << "TokensRevoked"
                                << "Tokens revoked" << QString();
        QTest::newRow("a kind newer than the console") << "Rebalanced"
                                                       << "Rebalanced" << QString();
    }
    void words()
    {
        QFETCH(QString, kind);
        QFETCH(QString, what);
        QFETCH(QString, sentence);
        const std::string k = kind.toStdString();
        QCOMPARE(EventKindText::what(k, QStringLiteral("blue")), what);
        QCOMPARE(EventKindText::sentence(k, QStringLiteral("alice"), QStringLiteral("demo"),
                                         QStringLiteral("blue")),
                 sentence);
    }

    void theMonitorsLastChangeUsesTheTable()
    {
        models::LastChanges changes;
        EventRecord e{7, "2026-11-26T22:00:07Z", "demo", "blue", "VersionUpdated", nlohmann::json::object()};
        e.operatorName = "alice";
        e.causedBy = "operator";
        changes.note({e});
        QVERIFY(changes.of("demo"));
        QVERIFY2(models::LastChanges::sentence(*changes.of("demo"))
                     .startsWith(QStringLiteral("Version blue changed by alice, ")),
                 qPrintable(models::LastChanges::sentence(*changes.of("demo"))));
    }
};

QTEST_GUILESS_MAIN(EventKindTextTest)
#include "EventKindTextTest.moc"
