#include <cmath>
#include <functional>

#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "MonitorModel.h"
#include "MonitorSnapshots.h"
#include "TimeText.h"

using namespace switchyard;
using models::MonitorModel;
using test::monitorEndpoint;
using test::monitorSnapshot;
using test::monitorVersion;

// The monitor's tree: endpoints of every cluster with their versions, updated in place from each
// cluster's snapshot, sparkline series from the server's history then one sample a second, endpoint
// figures put together from the versions, stale clusters kept and greyed, problems counted.
class MonitorModelTest : public QObject
{
    Q_OBJECT

private:
    static MonitorSnapshot twoEndpoints(const std::string& time, double rps = 10)
    {
        return monitorSnapshot(
            time, {monitorEndpoint("churn", {monitorVersion("blue", rps), monitorVersion("green", 2 * rps)}),
                   monitorEndpoint("demo", {monitorVersion("v1", rps)})});
    }

    static QString text(const MonitorModel& model, int row, int column, const QModelIndex& parent = {})
    {
        return model.index(row, column, parent).data().toString();
    }

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }

    void rowsAreEndpointsWithTheirVersions()
    {
        MonitorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applySnapshot("a", "alpha", twoEndpoints("t1"));
        QCOMPARE(inserted.count(), 1); // a cluster's new endpoints arrive with one signal
        model.applySnapshot("b", "beta",
                            monitorSnapshot("t1", {monitorEndpoint("api", {monitorVersion("x", 1)})}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 0, MonitorModel::ClusterColumn), QStringLiteral("alpha"));
        QCOMPARE(text(model, 0, MonitorModel::NameColumn), QStringLiteral("churn"));
        QCOMPARE(text(model, 1, MonitorModel::NameColumn), QStringLiteral("demo"));
        QCOMPARE(text(model, 2, MonitorModel::ClusterColumn), QStringLiteral("beta"));
        const QModelIndex churn = model.index(0, 0);
        QCOMPARE(model.rowCount(churn), 2);
        QCOMPARE(model.index(1, MonitorModel::NameColumn, churn).data(MonitorModel::VersionRole).toString(),
                 QStringLiteral("green"));
        QCOMPARE(model.index(1, 0, churn).parent(), churn);
        QCOMPARE(model.endpointIndex("b", "api").row(), 2);
        // The endpoint's requests are its versions' together.
        QCOMPARE(model.index(0, MonitorModel::RequestsColumn).data(MonitorModel::SortRole).toDouble(), 30.0);
        QCOMPARE(text(model, 0, MonitorModel::RequestsColumn), QStringLiteral("30.0"));
    }

    void aNewSecondUpdatesRowsInPlace()
    {
        MonitorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot("a", "alpha", twoEndpoints("t1", 10));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.applySnapshot("a", "alpha", twoEndpoints("t2", 20));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(1, MonitorModel::RequestsColumn).data(MonitorModel::SortRole).toDouble(), 20.0);
        const QModelIndex blue = model.index(0, MonitorModel::RequestsTrendColumn, model.index(0, 0));
        QCOMPARE(blue.data(MonitorModel::SeriesRole).value<QList<double>>(), (QList<double>{10, 20}));
        // The same second again (a poll faster than the server's clock) adds no sample.
        model.applySnapshot("a", "alpha", twoEndpoints("t2", 20));
        QCOMPARE(blue.data(MonitorModel::SeriesRole).value<QList<double>>().size(), 2);
    }

    void historyFillsTheSparklinesAtOnce()
    {
        MonitorModel model;
        auto s = twoEndpoints("t1");
        auto& blue = s.endpoints[0].versions[0];
        for (int i = 0; i < 300; ++i) {
            blue.history.t.push_back(i);
            blue.history.requestsPerSecond.push_back(i);
            blue.history.latencyMsP99.push_back(i % 2 ? std::nan("") : 5.0);
        }
        model.applySnapshot("a", "alpha", s);
        const QModelIndex churn = model.index(0, 0);
        const auto requests = model.index(0, MonitorModel::RequestsTrendColumn, churn)
                                  .data(MonitorModel::SeriesRole)
                                  .value<QList<double>>();
        QCOMPARE(requests.size(), 300);
        QCOMPARE(requests.back(), 299.0);
        // The endpoint's series adds its versions' from the newest back (green has one sample only).
        const auto total = model.index(0, MonitorModel::RequestsTrendColumn)
                               .data(MonitorModel::SeriesRole)
                               .value<QList<double>>();
        QCOMPARE(total.size(), 300);
        QCOMPARE(total.back(), 299.0 + 20.0);
        QCOMPARE(total.front(), 0.0);
        const auto p99 = model.index(0, MonitorModel::P99TrendColumn)
                             .data(MonitorModel::SeriesRole)
                             .value<QList<double>>();
        QCOMPARE(p99.front(), 5.0);
        QVERIFY(std::isnan(p99[1]));
    }

    void endpointsAndVersionsComeAndGo()
    {
        MonitorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot("a", "alpha", twoEndpoints("t1"));
        model.applySnapshot("b", "beta",
                            monitorSnapshot("t1", {monitorEndpoint("zeta", {monitorVersion("z", 1)})}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // churn loses green, demo goes, api comes (between them by name).
        model.applySnapshot("a", "alpha",
                            monitorSnapshot("t2", {monitorEndpoint("churn", {monitorVersion("blue", 1)}),
                                                   monitorEndpoint("api", {monitorVersion("v", 1)})}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 0, MonitorModel::NameColumn), QStringLiteral("api"));
        QCOMPARE(text(model, 1, MonitorModel::NameColumn), QStringLiteral("churn"));
        QCOMPARE(text(model, 2, MonitorModel::NameColumn), QStringLiteral("zeta"));
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 2);
        model.removeCluster("a");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, MonitorModel::ClusterColumn), QStringLiteral("beta"));
    }

    void aStaleClusterKeepsItsFiguresGreyed()
    {
        MonitorModel model;
        model.applySnapshot("a", "alpha", twoEndpoints("t1", 10),
                            QDateTime(QDate(2026, 12, 1), QTime(14, 2, 51)));
        model.applySnapshot("b", "beta",
                            monitorSnapshot("t1", {monitorEndpoint("api", {monitorVersion("x", 1)})}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setClusterStale("a", true);
        QVERIFY(changed.count() >= 1);
        QVERIFY(model.isClusterStale("a"));
        QVERIFY(model.index(0, MonitorModel::NameColumn).data(MonitorModel::StaleRole).toBool());
        QVERIFY(model.index(0, MonitorModel::NameColumn, model.index(0, 0))
                    .data(MonitorModel::StaleRole)
                    .toBool());
        QVERIFY(!model.index(2, MonitorModel::NameColumn).data(MonitorModel::StaleRole).toBool());
        QVERIFY(model.index(0, MonitorModel::RequestsColumn).data(Qt::ForegroundRole).canConvert<QBrush>());
        QVERIFY(!model.index(2, MonitorModel::RequestsColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, MonitorModel::RequestsColumn).data(MonitorModel::SortRole).toDouble(), 30.0);
        QVERIFY(text(model, 0, MonitorModel::ClusterColumn).contains(QStringLiteral("14:02:51")));
        // The next answer makes it live again.
        model.applySnapshot("a", "alpha", twoEndpoints("t2", 10));
        QVERIFY(!model.index(0, MonitorModel::NameColumn).data(MonitorModel::StaleRole).toBool());
        QCOMPARE(text(model, 0, MonitorModel::ClusterColumn), QStringLiteral("alpha"));
    }

    void problemsAreCounted()
    {
        MonitorModel model;
        QSignalSpy counted(&model, &MonitorModel::problemCountChanged);
        model.applySnapshot("a", "alpha", twoEndpoints("t1"));
        QCOMPARE(model.problemCount(), 0);
        QCOMPARE(counted.count(), 0);
        model.applySnapshot(
            "a", "alpha",
            monitorSnapshot("t2", {monitorEndpoint("churn", {monitorVersion("blue", 10),
                                                             monitorVersion("green", 5, "Failed")}),
                                   monitorEndpoint("demo", {monitorVersion("v1", 10, "Healthy", 0.5)}),
                                   monitorEndpoint("quiet", {monitorVersion("v1", 0)})}));
        QCOMPARE(model.problemCount(), 2);
        QCOMPARE(counted.count(), 1);
        QVERIFY(model.index(0, 0).data(MonitorModel::ProblemRole).toBool());
        QVERIFY(!model.index(0, 0, model.index(0, 0)).data(MonitorModel::ProblemRole).toBool());
        QVERIFY(model.index(1, 0, model.index(0, 0)).data(MonitorModel::ProblemRole).toBool());
        QVERIFY(model.index(1, 0).data(MonitorModel::ProblemRole).toBool());
        QVERIFY(!model.index(2, 0).data(MonitorModel::ProblemRole).toBool());
        // 0.5 server errors in 10 requests a second.
        QCOMPARE(model.index(1, MonitorModel::ServerErrorsColumn).data(MonitorModel::SortRole).toDouble(),
                 5.0);
    }

    void figuresReadInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        MonitorModel model;
        auto s = twoEndpoints("t1", 7.5);
        s.endpoints[1].versions[0].latencyMsP99 = 12.5;
        s.endpoints[1].versions[0].latencyMsP50 = std::nan("");
        model.applySnapshot("a", "alpha", s);
        QCOMPARE(text(model, 1, MonitorModel::RequestsColumn), QStringLiteral("7,5"));
        QVERIFY2(text(model, 1, MonitorModel::P99Column).startsWith(QStringLiteral("12,5")),
                 qPrintable(text(model, 1, MonitorModel::P99Column)));
        QCOMPARE(text(model, 1, MonitorModel::P50Column), QStringLiteral("–"));
        QCOMPARE(model.index(1, MonitorModel::P50Column).data(MonitorModel::SortRole).toDouble(), -1.0);
        QLocale::setDefault(QLocale::c());
    }

    // The rows of a firing alert are highlighted with the alert in their tooltip: the version's row and
    // its endpoint's; the other rows and clusters stay as they were.
    // Who made each endpoint's last change, from the change feed: a person's changes, not the autoscaler's
    // nor the cluster's; a deleted endpoint forgets its history; only the rows that changed repaint.
    void theLastChangeNamesWhoMadeIt()
    {
        MonitorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot("a", "alpha", twoEndpoints("t1"));
        const auto event = [](std::int64_t seq, const char* endpoint, const char* kind, const char* by,
                              const char* cause) {
            EventRecord e;
            e.seq = seq;
            e.time = "2026-12-01T14:02:51Z";
            e.endpoint = endpoint;
            e.kind = kind;
            e.operatorName = by;
            e.causedBy = cause;
            return e;
        };
        const auto lastChange = [&](int row, int role = Qt::DisplayRole) {
            return model.index(row, MonitorModel::LastChangeColumn).data(role).toString();
        };
        QCOMPARE(lastChange(0), QStringLiteral("–"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.noteEvents("a", {event(1, "demo", "TrafficChanged", "alice", "operator"),
                               event(2, "demo", "ScaledUp", "", "autoscaler"),
                               event(3, "churn", "StateChanged", "", "health")});
        QCOMPARE(changed.count(), 1); // demo's cell only
        const QString at = models::TimeText::moment(models::TimeText::parse("2026-12-01T14:02:51Z"));
        QCOMPARE(lastChange(1), QStringLiteral("alice, ") + at);
        QCOMPARE(lastChange(1, Qt::ToolTipRole), QStringLiteral("Split changed by alice, ") + at);
        QCOMPARE(lastChange(0), QStringLiteral("–")); // churn: the cluster's own event is not a change
        QVERIFY(
            model.index(0, MonitorModel::LastChangeColumn, model.index(1, 0)).data().toString().isEmpty());

        // A server from before operators: no cause, the kind tells; the endpoint deleted forgets.
        model.noteEvents(
            "a", {event(4, "churn", "VersionCreated", "", ""), event(5, "churn", "ScaledDown", "", "")});
        QVERIFY2(lastChange(0, Qt::ToolTipRole).startsWith(QStringLiteral("Version")),
                 qPrintable(lastChange(0, Qt::ToolTipRole)));
        QVERIFY(lastChange(0).startsWith(QStringLiteral("an operator")));
        model.noteEvents("a", {event(6, "churn", "EndpointDeleted", "bob", "operator")});
        QCOMPARE(lastChange(0), QStringLiteral("–"));
        model.clearChanges("a"); // the server's log was replaced
        QCOMPARE(lastChange(1), QStringLiteral("–"));
        // Changes noted before the cluster's first snapshot show when its rows come.
        model.noteEvents("b", {event(1, "api", "KeyRegenerated", "carol", "operator")});
        model.applySnapshot("b", "beta",
                            monitorSnapshot("t1", {monitorEndpoint("api", {monitorVersion("x", 1)})}));
        QVERIFY(lastChange(2).startsWith(QStringLiteral("carol, ")));
    }

    void relativeTimesRoundToTheNearestUnit()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000);
        QCOMPARE(models::TimeText::relative(now.addSecs(20), now), QStringLiteral("just now"));
        QCOMPARE(models::TimeText::relative(now.addSecs(-150), now),
                 models::TimeText::tr("%n minute(s) ago", nullptr, 3));
        QCOMPARE(models::TimeText::relative(now.addSecs(3600 * 30 - 5), now),
                 models::TimeText::tr("in %n day(s)", nullptr, 1));
        QCOMPARE(models::TimeText::relative(now.addDays(30).addSecs(-3), now),
                 models::TimeText::tr("in %n day(s)", nullptr, 30));
        QCOMPARE(models::TimeText::relative(now.addSecs(-3600), now),
                 models::TimeText::tr("%n hour(s) ago", nullptr, 1));
        QCOMPARE(models::TimeText::dated("", QStringLiteral("never"), now), QStringLiteral("never"));
        QCOMPARE(models::TimeText::dated("soon", QStringLiteral("never"), now), QStringLiteral("soon"));
        const QString dated = models::TimeText::dated("2027-01-10T08:00:00Z", QStringLiteral("never"), now);
        QVERIFY2(dated.endsWith(models::TimeText::tr("%n day(s) ago", nullptr, 5) + QLatin1Char(')')) &&
                     !dated.contains(QLatin1Char('T')),
                 qPrintable(dated));
    }

    void alertsHighlightTheirRows()
    {
        MonitorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot("a", "alpha", twoEndpoints("t1"));
        model.applySnapshot("b", "beta", twoEndpoints("t1"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.problemCount(), 0);
        const QModelIndex churn = model.endpointIndex("a", "churn");
        const QModelIndex green = model.index(1, MonitorModel::NameColumn, churn);
        QVERIFY(!green.data(MonitorModel::ProblemRole).toBool());
        model.setAlerts(
            "a", {{{QStringLiteral("churn"), QStringLiteral("green")}, {QStringLiteral("Error rate")}}});
        QVERIFY(changed.count() > 0);
        // A firing alert makes its version and endpoint problems ("only problems" shows them), not the
        // version beside it.
        QVERIFY(green.data(MonitorModel::ProblemRole).toBool());
        QVERIFY(churn.data(MonitorModel::ProblemRole).toBool());
        QVERIFY(!model.index(0, 0, churn).data(MonitorModel::ProblemRole).toBool());
        QCOMPARE(model.problemCount(), 1);
        QCOMPARE(green.data(MonitorModel::VersionRole).toString(), QStringLiteral("green"));
        QCOMPARE(green.data(MonitorModel::AlertRole).toStringList(),
                 QStringList{QStringLiteral("Error rate")});
        QCOMPARE(green.data(Qt::ToolTipRole).toString(), QStringLiteral("Error rate"));
        QVERIFY(green.data(Qt::BackgroundRole).value<QBrush>().color().red() > 200);
        QCOMPARE(churn.siblingAtColumn(MonitorModel::P99Column)
                     .data(MonitorModel::AlertRole)
                     .toStringList()
                     .size(),
                 1);
        QVERIFY(churn.siblingAtColumn(MonitorModel::P99Column).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 0, churn).data(Qt::BackgroundRole).isValid()); // blue
        QVERIFY(!model.endpointIndex("a", "demo").data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.endpointIndex("b", "churn").data(Qt::BackgroundRole).isValid());
        // The same alerts again change nothing; none clears the highlight.
        changed.clear();
        model.setAlerts(
            "a", {{{QStringLiteral("churn"), QStringLiteral("green")}, {QStringLiteral("Error rate")}}});
        QCOMPARE(changed.count(), 0);
        model.setAlerts("a", {});
        QCOMPARE(model.problemCount(), 0);
        QVERIFY(!churn.data(MonitorModel::ProblemRole).toBool());
        QVERIFY(!green.data(Qt::BackgroundRole).isValid());
        QVERIFY(green.data(MonitorModel::AlertRole).toStringList().isEmpty());
    }

    // Alerts that fire before their endpoint or version is in the model mark its rows when they come.
    void alertsMarkRowsThatComeLater()
    {
        MonitorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot("a", "alpha",
                            monitorSnapshot("t1", {monitorEndpoint("demo", {monitorVersion("v1", 1)})}));
        model.setAlerts("a",
                        {{{QStringLiteral("churn"), QStringLiteral("green")}, {QStringLiteral("Error rate")}},
                         {{QStringLiteral("demo"), QStringLiteral("v2")}, {QStringLiteral("p99")}}});
        QCOMPARE(model.problemCount(), 1); // demo: the alert of its version v2, not there yet
        model.applySnapshot(
            "a", "alpha",
            monitorSnapshot(
                "t2", {monitorEndpoint("churn", {monitorVersion("blue", 1), monitorVersion("green", 1)}),
                       monitorEndpoint("demo", {monitorVersion("v1", 1), monitorVersion("v2", 1)})}));
        QCOMPARE(model.problemCount(), 2);
        const QModelIndex churn = model.endpointIndex("a", "churn");
        QCOMPARE(model.index(1, 0, churn).data(MonitorModel::AlertRole).toStringList(),
                 QStringList{QStringLiteral("Error rate")});
        QVERIFY(!model.index(0, 0, churn).data(Qt::BackgroundRole).isValid()); // blue
        const QModelIndex demo = model.endpointIndex("a", "demo");
        QCOMPARE(model.index(1, 0, demo).data(MonitorModel::AlertRole).toStringList(),
                 QStringList{QStringLiteral("p99")});
        QVERIFY(model.index(1, 0, demo).data(MonitorModel::ProblemRole).toBool());
        QVERIFY(!model.index(0, 0, demo).data(MonitorModel::ProblemRole).toBool());
    }

    // The series a sparkline draws is shared, not copied, and the same list until the next second.
    void seriesAreSharedUntilTheyChange()
    {
        MonitorModel model;
        model.applySnapshot("a", "alpha", twoEndpoints("t1"));
        const auto series = [&](const QModelIndex& row) {
            return row.siblingAtColumn(MonitorModel::RequestsTrendColumn)
                .data(MonitorModel::SeriesRole)
                .value<QList<double>>();
        };
        const QModelIndex churn = model.index(0, 0);
        const QModelIndex blue = model.index(0, 0, churn);
        QCOMPARE(series(churn).constData(), series(churn).constData());
        QCOMPARE(series(blue).constData(), series(blue).constData());
        const QList<double> before = series(churn);
        const QList<double> blueBefore = series(blue);
        model.applySnapshot("a", "alpha", twoEndpoints("t2", 20));
        QCOMPARE(series(churn), (QList<double>{30, 60}));
        QCOMPARE(series(blue), (QList<double>{10, 20}));
        QCOMPARE(before, QList<double>{30}); // what a sparkline still holds is not changed under it
        QCOMPARE(blueBefore, QList<double>{10});
    }

    // A version row keeps every figure of the second but none of the history (which goes to the series
    // only). Every field the wire format has gets a value of its own, so a field added to
    // MonitorSnapshot::Version that the row forgets to copy fails here.
    void versionRowKeepsEveryFigure()
    {
        nlohmann::json json = MonitorSnapshot::Version{}.toJson();
        json["error"] = "OOMKilled";
        int next = 1;
        const std::function<void(nlohmann::json&)> fill = [&](nlohmann::json& node) {
            for (auto& [key, value] : node.items()) {
                if (value.is_object())
                    fill(value);
                else if (value.is_number() || value.is_null())
                    value = next++ + 0.5;
                else if (value.is_string())
                    value = key + std::to_string(next++);
                else if (value.is_boolean())
                    value = true;
            }
        };
        fill(json);
        json["history"] = {{"t", {1, 2, 3}},
                           {"requests_per_second", {1.0, 2.0, 3.0}},
                           {"latency_ms_p99", {4.0, 5.0, 6.0}},
                           {"utilization", {7.0, 8.0, 9.0}}};
        auto version = MonitorSnapshot::Version::fromJson(json);
        QVERIFY(version);
        QCOMPARE(version.value().history.size(), std::size_t(3));

        models::MonitorVersionRow row;
        row.update(version.value(), true);
        auto expected = version.value();
        expected.history = {};
        QCOMPARE(QString::fromStdString(row.figures.toJson().dump()),
                 QString::fromStdString(expected.toJson().dump()));
        QCOMPARE(row.figures.history.size(), std::size_t(0));
        QCOMPARE(row.requests.toList(), (QList<double>{1, 2, 3}));
        QCOMPARE(row.p99.toList(), (QList<double>{4, 5, 6}));
    }
};

QTEST_GUILESS_MAIN(MonitorModelTest)
#include "MonitorModelTest.moc"
