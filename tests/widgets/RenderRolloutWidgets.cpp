// Renders the traffic, promote, history, charts, dashboard and keys views offscreen to PNG, empty and full,
// in English and in a pseudo-Italian (every string ~35 % longer, accented) that shows clipping:
//   QT_QPA_PLATFORM=offscreen render_rollout_widgets OUTDIR
#include <cmath>

#include <QApplication>
#include <QDir>
#include <QTranslator>
#include <QVBoxLayout>

#include "MetricHistory.h"
#include "charts/MetricChartsView.h"
#include "dashboard/DashboardView.h"
#include "history/HistoryView.h"
#include "keys/CredentialsView.h"
#include "keys/KeysPanel.h"
#include "keys/TokenPanel.h"
#include "promote/ComparisonView.h"
#include "promote/PromotePanel.h"
#include "traffic/TrafficEditor.h"

using namespace switchyard;
using namespace switchyard::widgets;

namespace {

// Lengthens words the way Italian tends to (~35 %), leaving placeholders and markup alone.
class PseudoItalian final : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int) const override
    {
        const QString in = QString::fromUtf8(source);
        QString out;
        bool tag = false;
        for (int i = 0; i < in.size(); ++i) {
            const QChar c = in.at(i);
            out += c;
            if (c == QLatin1Char('<'))
                tag = true;
            else if (c == QLatin1Char('>'))
                tag = false;
            const bool wordEnd = c.isLetter() && (i + 1 == in.size() || !in.at(i + 1).isLetter());
            if (wordEnd && !tag) {
                int start = i;
                while (start > 0 && in.at(start - 1).isLetter())
                    --start;
                if (start > 0 && in.at(start - 1) == QLatin1Char('%'))
                    continue;
                const int len = i - start + 1;
                if (len >= 3)
                    out += QStringLiteral("àè").left(1) + in.mid(start, (len + 2) / 3).toLower();
            }
        }
        return out;
    }
    bool isEmpty() const override { return false; }
};

void save(QWidget* w, const QString& dir, const QString& name, QSize size)
{
    w->resize(size);
    w->show();
    QApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    w->hide();
}

EndpointInfo endpoint()
{
    EndpointInfo e;
    e.name = "churn";
    const char* names[] = {"versiona", "versionb", "versionc"};
    const int pct[] = {50, 30, 0};
    for (int i = 0; i < 3; ++i) {
        VersionInfo v;
        v.spec.versionName = names[i];
        v.spec.trafficPercentile = pct[i];
        v.spec.isDefault = i == 0;
        v.spec.isControlVersionType = i == 0;
        e.versions.push_back(v);
    }
    return e;
}

void fill(models::MetricHistory& history)
{
    const std::int64_t t0 = 1764194400;
    history.setTargetUtilization("versiona", 70);
    history.setTargetUtilization("versionb", 70);
    for (int i = 0; i < 300; ++i) {
        const double wave = 55 + 35 * std::sin(i / 40.0);
        const double ready = wave > 80 ? 3 : (i > 150 ? 2 : 1);
        history.appendSample("versiona",
                             {t0 + i, ready, ready, std::min(ready, wave / 40), wave > 85 ? 2.0 : 0.0, wave,
                              12 + wave / 10, i % 37 == 0 ? 1.0 : 0.1, 18 + wave / 8, 60 + wave / 2});
        history.appendSample("versionb", {t0 + i, 1, 1, 0.4, 0, wave * 0.6, 6, 0.25, 22, 90});
    }
    history.appendEvent({t0 + 40, "versiona", "ScaledUp", 1, 3, "utilization 92% above target 70%"});
    history.appendEvent(
        {t0 + 150, "versiona", "ScaledDown", 3, 2, "utilization 45% below target 70% for 60 s"});
}

void renderAll(const QString& dir, const QString& lang)
{
    const auto name = [&](const char* what, const char* state) {
        return QString::fromLatin1(what) + QLatin1Char('_') + lang + QLatin1Char('_') +
               QString::fromLatin1(state);
    };
    {
        TrafficEditor empty;
        save(&empty, dir, name("traffic", "empty"), {900, 360});
        TrafficEditor editor;
        const auto e = endpoint();
        editor.setEndpoint(e);
        // A pending edit that the sum rule cuts: versionc asks 35, gets 20.
        editor.findChild<QWidget*>(QStringLiteral("trafficSpin_versionc"))->setProperty("value", 35);
        save(&editor, dir, name("traffic", "full"), {900, 400});
    }
    {
        models::MetricHistory history;
        fill(history);
        QWidget host;
        auto* panel = new PromotePanel(&host);
        auto* comparison = new ComparisonView(&host);
        auto* layout = new QVBoxLayout(&host);
        layout->addWidget(panel);
        layout->addWidget(comparison);
        const auto plan = TrafficPlan({{"versiona", 70, true, true}, {"versionb", 30, false, false}});
        panel->setPlan(QStringLiteral("churn"), plan);
        comparison->setPlan(plan);
        comparison->setHistory(&history);
        save(&host, dir, name("promote", "full"), {760, 440});
    }
    {
        HistoryView view;
        save(&view, dir, name("history", "empty"), {760, 300});
        view.setEvents(
            QStringLiteral("churn"),
            {{1, "2026-11-26T21:00:00Z", "churn", "", "EndpointCreated", nlohmann::json::object()},
             {2, "2026-11-26T21:05:00Z", "churn", "versionb", "VersionCreated", nlohmann::json::object()},
             {3,
              "2026-11-26T21:06:00Z",
              "churn",
              "",
              "TrafficChanged",
              {{"from", {{"versiona", 100}, {"versionb", 0}}}, {"to", {{"versiona", 80}, {"versionb", 20}}}}},
             {4,
              "2026-11-26T21:07:00Z",
              "churn",
              "versiona",
              "ScaledUp",
              {{"from", 1}, {"to", 3}, {"reason", "utilization 92% above target 70%"}}},
             {5,
              "2026-11-26T21:09:00Z",
              "churn",
              "versionb",
              "ControlChanged",
              {{"from", "versiona"}, {"to", "versionb"}}},
             {6, "2026-11-26T21:10:00Z", "churn", "", "KeyRegenerated", {{"key_type", "Secondary"}}}});
        save(&view, dir, name("history", "full"), {760, 300});
    }
    {
        MetricChartsView empty;
        save(&empty, dir, name("charts", "empty"), {1000, 720});
        models::MetricHistory history;
        MetricChartsView view;
        view.setHistory(&history);
        view.setVersion(QStringLiteral("versiona"));
        fill(history);
        save(&view, dir, name("charts", "full"), {1000, 720});
        view.setVersion(QString());
        save(&view, dir, name("charts", "overlay"), {1000, 720});
    }
    {
        DashboardView empty;
        save(&empty, dir, name("dashboard", "empty"), {980, 420});
        DashboardView view;
        std::vector<DashboardTile> tiles;
        for (int i = 0; i < 200; ++i) {
            DashboardTile t;
            t.endpoint = QStringLiteral("endpoint-%1").arg(i, 3, 10, QLatin1Char('0'));
            t.state = i % 11 == 3   ? HealthState::Unhealthy
                      : i % 17 == 5 ? HealthState::Transitioning
                                    : HealthState::Healthy;
            const double u = 20 + (i * 37) % 90;
            t.versions = {{"versiona", 70, u, 70, true}, {"versionb", 30, u * 0.7, 70, false}};
            t.desiredReplicas = 1 + i % 4;
            t.readyReplicas = t.state == HealthState::Unhealthy ? t.desiredReplicas - 1 : t.desiredReplicas;
            for (int k = 0; k < 120; ++k)
                t.load.push_back(float((u + 25 * std::sin((k + i) / 9.0)) / 70));
            tiles.push_back(t);
        }
        view.setTiles(tiles);
        save(&view, dir, name("dashboard", "full"), {980, 420});
    }
    {
        CredentialsView empty;
        save(&empty, dir, name("keys", "empty"), {760, 320});
        CredentialsView view;
        view.setEndpoint(QStringLiteral("churn"), AuthMode::Key);
        view.keys()->setNow(QDateTime(QDate(2026, 11, 26), QTime(22, 0), Qt::UTC));
        view.keys()->setKeys({"Zk3v9Qm2xT8bL1cN5rY7wP0aS4dF6gH2jK8lM3nB5vC",
                              "Qa7sD2fG9hJ4kL1zX6cV8bN3mQ5wE0rT2yU7iO9pA1s", "2026-06-01T09:30:00Z",
                              "2026-11-20T14:05:00Z"});
        save(&view, dir, name("keys", "full"), {760, 320});
        CredentialsView token;
        token.setEndpoint(QStringLiteral("churn"), AuthMode::Token);
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        token.token()->setToken(
            {"eyJhbGciOiJIUzI1NiJ9.eyJlcCI6ImNodXJuIn0.c2lnbmF0dXJl", "Bearer", now + 3540, now + 1740});
        save(&token, dir, name("token", "full"), {760, 320});
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("rollout-shots");
    QDir().mkpath(dir);
    renderAll(dir, QStringLiteral("en"));
    PseudoItalian italian;
    QApplication::installTranslator(&italian);
    renderAll(dir, QStringLiteral("it"));
    return 0;
}
