#include <stdexcept>

#include <QTemporaryDir>
#include <QTest>

#include "Database.h"

using namespace switchyard::server;

// The row readers of Statement (rows, firstRow, scalar): what they collect, and that they leave the
// statement reset however the reading ends, so no read snapshot stays open behind a failed read.
class DatabaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // True when no statement of the connection is part-way through its rows: SQLite refuses to drop a
    // table while one is ("database table is locked").
    bool nothingLeftReading() const
    {
        try {
            m_db->exec("DROP TABLE scratch");
        } catch (const StoreError&) {
            return false;
        }
        m_db->exec("CREATE TABLE scratch (x)");
        return true;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("t.db")).toStdString());
        m_db->exec("DROP TABLE IF EXISTS t; DROP TABLE IF EXISTS scratch; CREATE TABLE scratch (x);"
                   "CREATE TABLE t (n INTEGER, s TEXT);"
                   "INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');");
    }

    // The probe itself: a statement stepped and left is seen.
    void aStatementLeftMidwayIsSeen()
    {
        auto& s = m_db->prepare("SELECT n FROM t");
        QVERIFY(s.step());
        QVERIFY(!nothingLeftReading());
        s.reset();
        QVERIFY(nothingLeftReading());
    }

    void rowsCollectsEveryRowInOrder()
    {
        const auto names =
            m_db->prepare("SELECT s FROM t WHERE n >= ?1 ORDER BY n").bind(1, 2).rows([](Statement& s) {
                return s.text(0);
            });
        QCOMPARE(names, (std::vector<std::string>{"two", "three"}));
        QVERIFY(nothingLeftReading());
        QVERIFY(m_db->prepare("SELECT s FROM t WHERE n > 9")
                    .rows([](Statement& s) { return s.text(0); })
                    .empty());
    }

    void firstRowAndScalar()
    {
        const auto first = m_db->prepare("SELECT n FROM t ORDER BY n DESC").firstRow([](Statement& s) {
            return s.integer(0);
        });
        QCOMPARE(first, std::optional<std::int64_t>(3));
        QVERIFY(nothingLeftReading()); // two rows were left unread
        QVERIFY(!m_db->prepare("SELECT n FROM t WHERE n = 7").firstRow([](Statement& s) {
            return s.integer(0);
        }));
        QCOMPARE(m_db->prepare("SELECT COUNT(*) FROM t").scalar(), std::int64_t(3));
        QCOMPARE(m_db->prepare("SELECT n FROM t WHERE n = 7").scalar(), std::int64_t(0));
    }

    void aReaderThatThrowsLeavesTheStatementReset()
    {
        auto& s = m_db->prepare("SELECT n FROM t ORDER BY n");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, s.rows([](Statement& row) -> std::int64_t {
            if (row.integer(0) == 2)
                throw std::runtime_error("unreadable row");
            return row.integer(0);
        }));
        QVERIFY(nothingLeftReading());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, s.firstRow([](Statement&) -> int {
            throw std::runtime_error("unreadable row");
        }));
        QVERIFY(nothingLeftReading());
        // The same cached statement reads from the start again.
        QCOMPARE(
            m_db->prepare("SELECT n FROM t ORDER BY n").rows([](Statement& row) { return row.integer(0); }),
            (std::vector<std::int64_t>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
