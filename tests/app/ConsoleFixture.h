#pragma once

#include <functional>
#include <memory>

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>
#include <QTest>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "EndpointListModel.h"
#include "FindNamed.h"
#include "HttpClient.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "VersionTableModel.h"
#include "panes/EndpointsPane.h"
#include "traffic/EndpointRolloutView.h"

namespace switchyard::test {

// The whole console attached to a real `switchyard-server --demo`, with the demo endpoint selected and
// its versions Healthy: what the console's GUI tests start from.
class ConsoleFixture
{
public:
    explicit ConsoleFixture(QStringList serverArgs = {QStringLiteral("--demo")})
        : m_server(std::move(serverArgs))
    {}

    // False, with the reason in `why`, when the server or the console did not come up.
    bool start(QString* why)
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SWITCHYARD_TOKEN_STORE", "file");
        if (!m_server.start()) {
            *why = m_server.errorString();
            return false;
        }
        m_api = std::make_unique<HttpClient>(m_server.url(), m_server.adminToken());
        return attachAs(m_server.adminToken(), why);
    }

    // A new console window attached with `credential` (the admin token, or an operator's), the demo
    // endpoint selected and its versions Healthy. False, with the reason in `why`, when it did not come up.
    bool attachAs(const QString& credential, QString* why)
    {
        window.reset();
        window = std::make_unique<app::MainWindow>();
        window->resize(1500, 950);
        window->show();
        models::ClusterProfile profile;
        profile.url = (m_route ? m_route(m_server.url()) : m_server.url()).toString();
        profile.adminToken = credential;
        window->attach(profile);
        // The state itself, not its words (the fixture runs in every language).
        const auto state = [this](int role) {
            return window->clusters()->index(0, models::ClusterListModel::StateColumn).data(role);
        };
        const auto connected = static_cast<int>(models::ClusterSession::State::Connected);
        if (!QTest::qWaitFor([&] { return state(models::ClusterListModel::StateRole).toInt() == connected; },
                             20000)) {
            *why = QStringLiteral("the console did not connect: ") + state(Qt::DisplayRole).toString();
            return false;
        }
        if (!QTest::qWaitFor([this] { return session()->endpoints()->rowOf("demo") >= 0; }, 10000) ||
            !window->endpointsPane()->selectEndpoint(QStringLiteral("demo"))) {
            *why = QStringLiteral("the demo endpoint did not show");
            return false;
        }
        const auto healthy = [this](const char* version) {
            const int row = session()->versions()->rowOf(version);
            // By the state itself, not its words, so the fixture works in every language.
            return row >= 0 && session()
                                       ->versions()
                                       ->index(row, models::VersionTableModel::StateColumn)
                                       .data(models::VersionTableModel::StateRole)
                                       .toInt() == static_cast<int>(HealthState::Healthy);
        };
        if (!QTest::qWaitFor([&] { return healthy("blue") && healthy("green"); }, 60000)) {
            *why = QStringLiteral("the demo's versions did not become Healthy");
            return false;
        }
        return true;
    }

    // The console attaches to what `route` answers for the server's URL (e.g. a CountingProxy in front of
    // it) instead of the server itself; called once the server is up.
    void attachThrough(std::function<QUrl(const QUrl& server)> route) { m_route = std::move(route); }

    models::ClusterSession* session() const { return window->currentSession(); }
    ServerProcess& server() { return m_server; }
    HttpClient& api() { return *m_api; }

    // The endpoint as the server has it now.
    nlohmann::json endpoint(const QString& name = QStringLiteral("demo"))
    {
        return m_api->get(QStringLiteral("/api/v1/endpoints/") + name).json();
    }

    // One of the endpoint view's pages, the way an operator gets there: its toolbar button.
    void showPage(int page)
    {
        auto* action = window->rollout()->pageAction(page);
        QTest::mouseClick(window->rollout()->toolBar()->widgetForAction(action), Qt::LeftButton);
    }

    template <class T>
    T* find(const QString& name) const
    {
        return findNamed<T>(window.get(), name);
    }

private:
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_api;
    std::function<QUrl(const QUrl&)> m_route;

public:
    std::unique_ptr<app::MainWindow> window; // declared last: closed before the server stops
};

} // namespace switchyard::test
