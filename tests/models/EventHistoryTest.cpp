#include <QSignalSpy>
#include <QTest>

#include "EventHistory.h"
#include "SessionTestSupport.h"

using namespace switchyard;
using namespace switchyard::models;
using namespace switchyard::test;

// The session's event history against the real server's feed: order, the bound, and a replaced log.
class EventHistoryTest : public QObject
{
    Q_OBJECT

private:
    static bool holds(const EventHistory& history, const std::string& kind, const std::string& endpoint)
    {
        return holdsEvent(history.events(), kind, endpoint);
    }

    static EventRecord record(std::int64_t seq)
    {
        return {seq, "2026-01-01T00:00:00Z", "ep", {}, "EndpointUpdated", nlohmann::json::object()};
    }

private slots:
    void keepsTheLatestEventsInOrderWithinItsBound()
    {
        ChurnServer churn;
        QVERIFY2(churn.start(), qPrintable(churn.errorString()));
        auto& client = churn.client();
        auto& api = churn.api();

        EventHistory history(3);
        QSignalSpy arrived(&history, &EventHistory::recordsArrived);
        history.follow(client);
        for (const char* name : {"one", "two", "three", "four"}) {
            auto r = api.createEndpoint(smallEndpoint(name, "churn:1"));
            QVERIFY2(r.ok(), why(r));
        }
        QTRY_VERIFY_WITH_TIMEOUT(holds(history, "EndpointCreated", "four"), 15000);
        QCOMPARE(history.events().size(), std::size_t(3));
        QCOMPARE(history.events().front().seq, history.lastSeq() - 2); // the latest three
        QVERIFY(!holds(history, "EndpointCreated", "one"));
        for (std::size_t i = 1; i < history.events().size(); ++i)
            QVERIFY2(history.events()[i].seq > history.events()[i - 1].seq, "out of order");
        QCOMPARE(history.events().back().seq, history.lastSeq());
        QVERIFY(!history.logId().empty());
        // Every record was announced once, in order, however the pages split them.
        std::int64_t last = 0;
        int announced = 0;
        for (const auto& args : arrived) {
            for (const auto& e : args.at(0).value<std::vector<EventRecord>>()) {
                QVERIFY(e.seq > last);
                last = e.seq;
                ++announced;
            }
        }
        QCOMPARE(last, history.lastSeq());
        QCOMPARE(std::int64_t(announced), history.lastSeq());
        history.stop();
    }

    void dropsRepeatsOfTheSameLog()
    {
        EventHistory history(10);
        EventPage page{{record(1), record(2)}, 3, "log-a"};
        history.addPage(page);
        history.addPage(page);
        history.addPage({{record(2), record(3)}, 4, "log-a"});
        QCOMPARE(history.events().size(), std::size_t(3));
        QCOMPARE(history.lastSeq(), std::int64_t(3));
    }

    void aReplacedDataDirStartsTheHistoryOver()
    {
        std::unique_ptr<ServerProcess> old = std::make_unique<ServerProcess>();
        QVERIFY2(old->start(), qPrintable(old->errorString()));
        client::SwitchyardClient client(optionsFor(*old));
        client::SyncClient api(client);
        QVERIFY(api.registerModel("churn", linearModel()).ok());
        for (const char* name : {"before1", "before2", "before3"})
            QVERIFY(api.createEndpoint(smallEndpoint(name, "churn:1")).ok());

        EventHistory history;
        QSignalSpy cleared(&history, &EventHistory::cleared);
        history.follow(client);
        QTRY_VERIFY_WITH_TIMEOUT(holds(history, "EndpointCreated", "before3"), 15000);
        const auto oldLog = history.logId();
        const auto oldLast = history.lastSeq();
        QVERIFY(oldLast >= 4);

        old->stop();
        ReplacedServer replaced(*old);
        QVERIFY2(replaced.server().start(), qPrintable(replaced.server().errorString()));
        QCOMPARE(replaced.server().url(), old->url());
        QVERIFY(api.registerModel("churn", linearModel()).ok()); // seq 1 of the new log

        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!history.events().empty(), 15000);
        QVERIFY(history.logId() != oldLog);
        QCOMPARE(history.events().front().seq, std::int64_t(1));
        QVERIFY(!holds(history, "EndpointCreated", "before1"));
        QVERIFY(history.lastSeq() < oldLast);
        // And it goes on following the new log.
        QVERIFY(api.createEndpoint(smallEndpoint("after", "churn:1")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(holds(history, "EndpointCreated", "after"), 15000);
        history.stop();
    }
};

QTEST_GUILESS_MAIN(EventHistoryTest)
#include "EventHistoryTest.moc"
