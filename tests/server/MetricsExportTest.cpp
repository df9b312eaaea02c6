#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include "ServerTestBase.h"
#include "TestPaths.h"

using namespace switchyard::test;

// GET /metrics as Prometheus and Grafana read it: the request-duration histogram and the counters by status
// class after real scoring, the whole exposition linted by promtool, and the shipped Grafana dashboard
// (installer/grafana) asking only for metrics the server exports, in PromQL promtool parses.
class MetricsExportTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{{"--purpose", "DevTest", "--cpu-cores", "8", "--memory-gb", "16"}};
    HttpClient m_client;
    QByteArray m_metrics;

    // promtool from scripts/install-test-tools.sh (Debian's package unpacked into .cache), else the PATH's.
    static QString promtool()
    {
        const QString cached = sourcePath(".cache/test-tools/prometheus/usr/bin/promtool");
        if (QFile::exists(cached))
            return cached;
        return QStandardPaths::findExecutable("promtool");
    }
    static QString runPromtool(const QStringList& args, const QByteArray& input, int* exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(promtool(), args);
        if (!process.waitForStarted(10000))
            return QStringLiteral("promtool did not start");
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return QStringLiteral("promtool did not finish");
        *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAll());
    }
    // Every query of the dashboard: panel targets and template variables.
    static std::vector<std::string> dashboardQueries(const json& dashboard)
    {
        std::vector<std::string> out;
        for (const auto& panel : dashboard["panels"])
            for (const auto& target : panel["targets"])
                out.push_back(target["expr"].get<std::string>());
        for (const auto& variable : dashboard["templating"]["list"])
            if (variable.value("type", "") == "query")
                out.push_back(variable["query"]["query"].get<std::string>());
        return out;
    }
    // The metric names a query uses (ours all start with switchyard_).
    static std::set<std::string> metricNames(const std::string& query)
    {
        static const QRegularExpression name(QStringLiteral("switchyard_[a-z0-9_]+"));
        std::set<std::string> out;
        auto it = name.globalMatch(QString::fromStdString(query));
        while (it.hasNext())
            out.insert(it.next().captured().toStdString());
        return out;
    }
    // The sample names /metrics holds ("name{…} value" or "name value").
    std::set<std::string> exportedNames() const
    {
        std::set<std::string> out;
        for (const auto& line : m_metrics.split('\n'))
            if (!line.isEmpty() && !line.startsWith('#')) {
                const auto end = std::min(line.indexOf('{') < 0 ? line.size() : line.indexOf('{'),
                                          line.indexOf(' ') < 0 ? line.size() : line.indexOf(' '));
                out.insert(line.left(end).toStdString());
            }
        return out;
    }
    long long sample(const QByteArray& name, const QByteArray& labels) const
    {
        return metricValue(m_metrics, name + "{endpoint=\"export\",version=\"versiona\"" + labels + "}");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client.setBase(m_server.url());
        m_client.setBearer(m_server.adminToken());
        const auto model = uploadModel(m_client, "linear",
                                       R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]],
                                           "bias": [0.5]})");
        QVERIFY(!model.empty());
        EXPECT_STATUS(
            m_client.post("/api/v1/endpoints",
                          endpointSpec("export", model, {{"auth_enabled", false}}, {{"num_replicas", 1}})),
            201);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_client.get("/api/v1/endpoints/export").json().value("state", "") == "Healthy", 60000);
        HttpClient scorer(m_server.url());
        for (int i = 0; i < 3; ++i)
            EXPECT_STATUS(
                scorer.request("POST", "/score/export", R"({"data": [[1.0, 2.0]]})", "application/json"),
                200);
        EXPECT_STATUS(scorer.request("POST", "/score/export", R"({"data": "not rows"})", "application/json"),
                      400);
        const auto reply = m_client.get("/metrics");
        EXPECT_STATUS(reply, 200);
        m_metrics = reply.body;
    }

    void countersByStatusClass()
    {
        QCOMPARE(sample("switchyard_requests_total", ",code=\"2xx\""), 3);
        QCOMPARE(sample("switchyard_requests_total", ",code=\"4xx\""), 1);
        QCOMPARE(sample("switchyard_requests_total", ",code=\"5xx\""), 0);
        QVERIFY(m_metrics.contains("# TYPE switchyard_requests_total counter\n"));
    }

    void durationHistogramIsCumulativeWithInfEqualToCount()
    {
        QVERIFY(m_metrics.contains("# TYPE switchyard_request_duration_seconds histogram\n"));
        const QByteArray name = "switchyard_request_duration_seconds_bucket";
        long long previous = 0;
        int buckets = 0;
        for (const char* le : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1",
                               "2.5", "5", "10", "+Inf"}) {
            const auto count = sample(name, ",le=\"" + QByteArray(le) + "\"");
            QVERIFY2(count >= previous, le);
            previous = count;
            ++buckets;
        }
        QCOMPARE(buckets, 14);
        QCOMPARE(previous, 4); // +Inf: every answer, the 400 included
        QCOMPARE(sample("switchyard_request_duration_seconds_count", ""), 4);
        const auto sumLine = QByteArray("switchyard_request_duration_seconds_sum{endpoint=\"export\","
                                        "version=\"versiona\"} ");
        const auto at = m_metrics.indexOf(sumLine);
        QVERIFY(at >= 0);
        const double sum = m_metrics.mid(at + sumLine.size(), 32).split('\n').first().toDouble();
        QVERIFY2(sum > 0 && sum < 4 * 10, QByteArray::number(sum).constData());
    }

    void promtoolFindsNothingToFix()
    {
        if (promtool().isEmpty())
            QSKIP("promtool is not installed: run scripts/install-test-tools.sh (it unpacks Debian's "
                  "prometheus package into .cache/test-tools)");
        int exitCode = -1;
        const auto output = runPromtool({"check", "metrics"}, m_metrics, &exitCode);
        QVERIFY2(exitCode == 0 && output.trimmed().isEmpty(), qPrintable(output));
    }

    void dashboardAsksOnlyForExportedMetrics()
    {
        QFile file(sourcePath("installer/grafana/switchyard-dashboard.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto dashboard = json::parse(file.readAll().toStdString(), nullptr, false);
        QVERIFY(dashboard.is_object());
        QVERIFY(dashboard["panels"].is_array() && !dashboard["panels"].empty());
        const auto exported = exportedNames();
        std::set<std::string> used;
        for (const auto& query : dashboardQueries(dashboard)) {
            const auto names = metricNames(query);
            QVERIFY2(!names.empty(), query.c_str());
            for (const auto& name : names) {
                QVERIFY2(exported.count(name), (name + " is not in GET /metrics (" + query + ")").c_str());
                used.insert(name);
            }
        }
        // What the dashboard is for: rates by status class, quantiles from the buckets, utilization,
        // replicas.
        for (const char* needed :
             {"switchyard_requests_total", "switchyard_request_duration_seconds_bucket",
              "switchyard_version_utilization_percent", "switchyard_version_target_utilization_percent",
              "switchyard_version_ready_replicas"})
            QVERIFY2(used.count(needed), needed);
    }

    void dashboardQueriesAreValidPromQl()
    {
        if (promtool().isEmpty())
            QSKIP("promtool is not installed: run scripts/install-test-tools.sh");
        QFile file(sourcePath("installer/grafana/switchyard-dashboard.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto dashboard = json::parse(file.readAll().toStdString());
        // promtool parses PromQL in recording rules; Grafana's variables become what Grafana sends.
        json rules = json::array();
        int n = 0;
        for (auto query : dashboardQueries(dashboard)) {
            if (query.rfind("label_values(", 0) == 0)
                continue; // Grafana's own function, not PromQL
            for (const auto& [from, to] : {std::pair<std::string, std::string>{"$__rate_interval", "1m"},
                                           std::pair<std::string, std::string>{"$endpoint", ".*"}})
                for (auto at = query.find(from); at != std::string::npos; at = query.find(from))
                    query.replace(at, from.size(), to);
            rules.push_back(
                {{"record", "switchyard:dashboard_query_" + std::to_string(++n)}, {"expr", query}});
        }
        QTemporaryDir dir;
        QFile rulesFile(dir.filePath("rules.json")); // JSON is YAML
        QVERIFY(rulesFile.open(QIODevice::WriteOnly));
        rulesFile.write(QByteArray::fromStdString(
            json{{"groups", json::array({{{"name", "dashboard"}, {"rules", rules}}})}}.dump()));
        rulesFile.close();
        int exitCode = -1;
        const auto output = runPromtool({"check", "rules", rulesFile.fileName()}, {}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
    }

    void cleanShutdown() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(MetricsExportTest)
#include "MetricsExportTest.moc"
