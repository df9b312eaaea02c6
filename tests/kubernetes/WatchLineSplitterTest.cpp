#include <string>

#include <QTest>

#include "WatchLineSplitter.h"

using namespace switchyard;
using Outcome = WatchLineSplitter::Outcome;

class WatchLineSplitterTest : public QObject
{
    Q_OBJECT

private slots:
    void lines_data()
    {
        // Chunks as they arrive, the lines handed over (joined by '|'), and how it ends. Limit: 8 bytes.
        QTest::addColumn<QStringList>("chunks");
        QTest::addColumn<QString>("lines");
        QTest::addColumn<int>("outcome");
        QTest::newRow("one line in one chunk") << QStringList{"abc\n"} << "abc" << int(Outcome::Continue);
        QTest::newRow("two lines in one chunk")
            << QStringList{"abc\ndef\n"} << "abc|def" << int(Outcome::Continue);
        QTest::newRow("a line across three chunks")
            << QStringList{"a", "bc", "d\n"} << "abcd" << int(Outcome::Continue);
        QTest::newRow("the end of one and the start of the next")
            << QStringList{"ab", "c\nde", "f\n"} << "abc|def" << int(Outcome::Continue);
        QTest::newRow("unfinished line kept") << QStringList{"abc\nde"} << "abc" << int(Outcome::Continue);
        QTest::newRow("CRLF") << QStringList{"abc\r\n", "def\r", "\n"} << "abc|def" << int(Outcome::Continue);
        QTest::newRow("blank lines skipped")
            << QStringList{"\n\nabc\n \t\n\r\n"} << "abc" << int(Outcome::Continue);
        QTest::newRow("exactly the limit")
            << QStringList{"12345678\n"} << "12345678" << int(Outcome::Continue);
        QTest::newRow("over the limit in one chunk")
            << QStringList{"123456789\n"} << "" << int(Outcome::LineTooLong);
        QTest::newRow("over the limit across chunks, no newline yet")
            << QStringList{"ok\n1234", "56789"} << "ok" << int(Outcome::LineTooLong);
        QTest::newRow("nothing after the end")
            << QStringList{"123456789\n", "abc\n"} << "" << int(Outcome::LineTooLong);
        QTest::newRow("declined: the rest is not handed over")
            << QStringList{"abc\nSTOP\ndef\n", "ghi\n"} << "abc|STOP" << int(Outcome::Declined);
    }

    void lines()
    {
        QFETCH(QStringList, chunks);
        QFETCH(QString, lines);
        QFETCH(int, outcome);
        WatchLineSplitter splitter(8);
        QStringList seen;
        Outcome last = Outcome::Continue;
        for (const auto& chunk : chunks) {
            const std::string bytes = chunk.toStdString();
            last = splitter.feed(bytes, [&](std::string_view line) {
                seen.append(QString::fromUtf8(line.data(), qsizetype(line.size())));
                return line != "STOP";
            });
        }
        QCOMPARE(seen.join('|'), lines);
        QCOMPARE(int(last), outcome);
    }

    void pendingCountsTheUnfinishedLine()
    {
        WatchLineSplitter splitter(64);
        QCOMPARE(splitter.feed("abc\nde", [](std::string_view) { return true; }), Outcome::Continue);
        QCOMPARE(splitter.pending(), std::size_t(2));
        QCOMPARE(splitter.feed("f\n", [](std::string_view) { return true; }), Outcome::Continue);
        QCOMPARE(splitter.pending(), std::size_t(0));
    }

    void parseEvent_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::newRow("event") << R"({"type":"ADDED","object":{"kind":"Pod"}})" << true;
        QTest::newRow("bookmark") << R"({"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"7"}}})"
                                  << true;
        QTest::newRow("not JSON") << "hello" << false;
        QTest::newRow("two values") << R"({"type":"ADDED","object":{}} {})" << false;
        QTest::newRow("array") << "[]" << false;
        QTest::newRow("no type") << R"({"object":{}})" << false;
        QTest::newRow("type not a string") << R"({"type":1,"object":{}})" << false;
        QTest::newRow("no object") << R"({"type":"ADDED"})" << false;
        QTest::newRow("object not an object") << R"({"type":"ADDED","object":"x"})" << false;
    }

    void parseEvent()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        const std::string text = line.toStdString();
        QCOMPARE(!WatchLineSplitter::parseEvent(text).is_discarded(), valid);
    }
};

QTEST_GUILESS_MAIN(WatchLineSplitterTest)
#include "WatchLineSplitterTest.moc"
