#include <chrono>
#include <future>
#include <set>

#include <QTemporaryDir>
#include <QTest>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include "EventLog.h"

using namespace switchyard;
using namespace switchyard::server;

// The events page is bounded by bytes as well as by count (40 PATCHes with 1 MB descriptions must not
// make a 42 MB page), and paging with `next` still reaches every event.
class EventLogTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const std::string& dir)
            : store(dir + "/switchyard.db"), events(store, io, storeThread.get_executor())
        {}
        ~Fixture() { storeThread.join(); }

        boost::asio::io_context io;
        boost::asio::thread_pool storeThread{1};
        Store store;
        EventLog events;
    };

    std::unique_ptr<QTemporaryDir> m_dir; // a new store for each test
    std::unique_ptr<Fixture> m_f;

    void appendEvent(std::size_t detailBytes)
    {
        EventRecord e;
        e.endpoint = "churn";
        e.version = "versiona";
        e.kind = "VersionUpdated";
        e.detail = {{"description", std::string(detailBytes, 'd')}};
        m_f->events.append(std::move(e));
    }

    // One poll without waiting: the answer comes at once.
    nlohmann::json page(std::int64_t after, const std::string& knownLogId = {})
    {
        nlohmann::json answer;
        m_f->events.poll(after, 0, knownLogId, {}, [&](nlohmann::json body) { answer = std::move(body); });
        return answer;
    }

    // Pages through everything from the start, checking each page's bound; returns the seqs seen.
    std::vector<std::int64_t> pageThroughAll(int& pages)
    {
        std::vector<std::int64_t> seqs;
        std::int64_t after = 0;
        pages = 0;
        for (int guard = 0; guard < 10000; ++guard) {
            const auto body = page(after);
            const auto& list = body["events"];
            if (list.empty())
                break;
            ++pages;
            std::size_t bytes = 0;
            for (const auto& e : list)
                bytes += e.dump().size();
            if (list.size() > 1)
                [&] { QVERIFY2(bytes <= EventLog::kMaxPageBytes, std::to_string(bytes).c_str()); }();
            [&] { QVERIFY(list.size() <= std::size_t(EventLog::kPageSize)); }();
            for (const auto& e : list)
                seqs.push_back(e["seq"].get<std::int64_t>());
            const auto next = body["next"].get<std::int64_t>();
            [&] { QCOMPARE(next, seqs.back() + 1); }();
            after = next;
        }
        return seqs;
    }

    // Long polls. The store thread does what the server's does (poll, append, commit); this thread plays
    // the io loop by hand, so each step below happens in a known order.
    template <class F>
    void onStoreThread(F fn)
    {
        std::promise<void> done;
        boost::asio::post(m_f->storeThread, [&] {
            fn();
            done.set_value();
        });
        done.get_future().wait();
    }

    // Delivers what the io loop has ready (the wake-ups of waiting polls) and lets the store thread act on
    // it; afterwards every answer due has been given.
    void settle()
    {
        m_f->io.restart();
        m_f->io.poll();
        onStoreThread([] {});
    }

    // Answers land in m_answers (on the store thread; read here after onStoreThread or settle).
    void startPoll(std::int64_t after, int waitSeconds, const std::string& actor)
    {
        onStoreThread([&] {
            m_f->events.poll(after, waitSeconds, {}, actor,
                             [this](nlohmann::json body) { m_answers.push_back(std::move(body)); });
        });
    }

    void commitEventBy(const std::string& actor)
    {
        onStoreThread([&] {
            ActorScope scope(m_f->events, actor);
            Transaction tx(m_f->store.db());
            appendEvent(10);
            tx.commit();
            m_f->events.committed();
        });
    }

    std::vector<nlohmann::json> m_answers;

    static void verifyAllInOrder(const std::vector<std::int64_t>& seqs, std::int64_t count)
    {
        QCOMPARE(std::int64_t(seqs.size()), count);
        for (std::size_t i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], std::int64_t(i + 1));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_f = std::make_unique<Fixture>(m_dir->path().toStdString());
    }
    void cleanup()
    {
        // A poll left waiting by a failed test is answered now, while the fixture still exists.
        m_f->events.wakeAll();
        settle();
        m_answers.clear();
        m_f.reset();
        m_dir.reset();
    }

    // Every page names the log; the name survives a reopened store, and a cursor of another log (a
    // replaced data dir) is answered from the first event however far it points.
    void aCursorOfAnotherLogStartsOverFromTheFirstEvent()
    {
        appendEvent(10);
        appendEvent(10);
        const auto id = page(0)["log_id"].get<std::string>();
        QVERIFY(!id.empty());
        QCOMPARE(page(3, id)["log_id"].get<std::string>(), id);
        QVERIFY(page(3, id)["events"].empty());
        const auto other = page(500, "another-log");
        QCOMPARE(other["log_id"].get<std::string>(), id);
        QCOMPARE(int(other["events"].size()), 2);
        QCOMPARE(other["events"][0]["seq"].get<std::int64_t>(), std::int64_t(1));
        QCOMPARE(other["next"].get<std::int64_t>(), std::int64_t(3));
        m_f.reset();
        m_f = std::make_unique<Fixture>(m_dir->path().toStdString());
        QCOMPARE(page(0)["log_id"].get<std::string>(), id);
    }

    void largeEventsSplitAcrossPagesByBytes()
    {
        // 8 events of ~300 KB: 2.4 MB in all, so at most 3 to a 1 MiB page.
        {
            Transaction tx(m_f->store.db());
            for (int i = 0; i < 8; ++i)
                appendEvent(300 * 1024);
            tx.commit();
        }
        const auto first = page(0);
        QCOMPARE(first["events"].size(), std::size_t(3));
        QVERIFY(first.dump().size() < EventLog::kMaxPageBytes + 1024);
        QCOMPARE(first["next"].get<std::int64_t>(), std::int64_t(4));
        int pages = 0;
        const auto seqs = pageThroughAll(pages);
        verifyAllInOrder(seqs, 8);
        QCOMPARE(pages, 3);
        // Past the end: no events, and `next` stays where the client is.
        const auto end = page(9);
        QVERIFY(end["events"].empty());
        QCOMPARE(end["next"].get<std::int64_t>(), std::int64_t(9));
    }

    void anEventLargerThanThePageStillComesAlone()
    {
        appendEvent(100);
        appendEvent(EventLog::kMaxPageBytes + 200 * 1024); // stored before the bounds, or a huge detail
        appendEvent(100);
        const auto first = page(0);
        QCOMPARE(first["events"].size(), std::size_t(1));
        QCOMPARE(first["next"].get<std::int64_t>(), std::int64_t(2));
        const auto second = page(2);
        QCOMPARE(second["events"].size(), std::size_t(1)); // never an empty page while events remain
        QCOMPARE(second["events"][0]["seq"].get<std::int64_t>(), std::int64_t(2));
        QCOMPARE(second["next"].get<std::int64_t>(), std::int64_t(3));
        int pages = 0;
        verifyAllInOrder(pageThroughAll(pages), 3);
        QCOMPARE(pages, 3);
    }

    void smallEventsStillBoundedByCount()
    {
        {
            Transaction tx(m_f->store.db()); // one commit, not a thousand fsyncs
            for (int i = 0; i < EventLog::kPageSize + 5; ++i)
                appendEvent(10);
            tx.commit();
        }
        const auto first = page(0);
        QCOMPARE(int(first["events"].size()), EventLog::kPageSize);
        int pages = 0;
        verifyAllInOrder(pageThroughAll(pages), EventLog::kPageSize + 5);
        QCOMPARE(pages, 2);
    }
    void aWaitingPollAnswersWithTheEventThatWokeIt()
    {
        startPoll(1, 30, {});
        QVERIFY(m_answers.empty());
        commitEventBy("bob");
        settle();
        QCOMPARE(m_answers.size(), std::size_t(1));
        QCOMPARE(m_answers[0]["events"].size(), std::size_t(1));
        QCOMPARE(m_answers[0]["events"][0]["operator"], nlohmann::json("bob"));
        QCOMPARE(m_answers[0]["next"].get<std::int64_t>(), std::int64_t(2));
    }

    // A poll for one operator's events is woken by every commit, but answers only with an event of its
    // operator: another operator's change does not end its wait with an empty page.
    void aPollForOneOperatorWaitsPastOtherOperatorsEvents()
    {
        startPoll(1, 30, "alice");
        commitEventBy("bob");
        settle();
        QVERIFY2(m_answers.empty(), m_answers.empty() ? "" : m_answers[0].dump().c_str());
        commitEventBy("bob");
        commitEventBy("alice");
        settle();
        QCOMPARE(m_answers.size(), std::size_t(1));
        const auto& page = m_answers[0];
        QCOMPARE(page["events"].size(), std::size_t(1));
        QCOMPARE(page["events"][0]["operator"], nlohmann::json("alice"));
        QCOMPARE(page["events"][0]["seq"].get<std::int64_t>(), std::int64_t(3));
        QCOMPARE(page["next"].get<std::int64_t>(), std::int64_t(4));
    }

    // When its time is up it answers empty, with `next` past the events it left out.
    void aPollForOneOperatorTimesOutPastOtherOperatorsEvents()
    {
        startPoll(1, 1, "alice");
        commitEventBy("bob");
        settle();
        QVERIFY(m_answers.empty());
        for (int i = 0; i < 50 && m_answers.empty(); ++i) { // the deadline is 1 s away
            m_f->io.restart();
            m_f->io.run_one_for(std::chrono::milliseconds(100));
            onStoreThread([] {});
        }
        QCOMPARE(m_answers.size(), std::size_t(1));
        QVERIFY(m_answers[0]["events"].empty());
        QCOMPARE(m_answers[0]["next"].get<std::int64_t>(), std::int64_t(2));
    }

    // Shutdown (wakeAll, from the signal's thread) answers the waiting polls with what they have, and
    // every later poll at once.
    void stoppingAnswersWaitingAndLaterPollsAtOnce()
    {
        startPoll(1, 30, "alice");
        startPoll(1, 30, {});
        m_f->events.wakeAll();
        settle();
        QCOMPARE(m_answers.size(), std::size_t(2));
        startPoll(1, 30, {});
        QCOMPARE(m_answers.size(), std::size_t(3));
        for (const auto& page : m_answers) {
            QVERIFY(page["events"].empty());
            QCOMPARE(page["next"].get<std::int64_t>(), std::int64_t(1));
        }
    }
};

QTEST_GUILESS_MAIN(EventLogTest)
#include "EventLogTest.moc"
