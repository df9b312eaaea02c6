#include "StartupProbe.h"

#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include "ClusterSession.h"
#include "EndpointListModel.h"
#include "MainWindow.h"
#include "VersionTableModel.h"
#include "dashboard/DashboardPane.h"
#include "panes/EndpointsPane.h"
#include "traffic/EndpointRolloutView.h"

namespace switchyard::app {

StartupProbe::StartupProbe(MainWindow* window, int endpoints, const QElapsedTimer& sinceMain, QObject* parent)
    : QObject(parent), m_window(window), m_endpoints(endpoints), m_sinceMain(sinceMain)
{
    // The first full window shows an endpoint's versions: the demo's, as ./run.sh opens it.
    m_window->endpointsPane()->selectWhenListed(QStringLiteral("demo"));
    m_poll.setInterval(5);
    connect(&m_poll, &QTimer::timeout, this, &StartupProbe::poll);
    m_poll.start();
}

double StartupProbe::residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void StartupProbe::poll()
{
    auto* session = m_window->currentSession();
    if (!m_window->isVisible() || !session || session->state() != models::ClusterSession::State::Connected ||
        session->endpoints()->rowCount() < m_endpoints || session->versions()->rowCount() == 0)
        return;
    m_poll.stop();
    m_fullWindowMs = m_sinceMain.elapsed();
    std::printf("first_full_window_ms %lld\n", static_cast<long long>(m_fullWindowMs));
    std::printf("endpoints_listed %d\n", session->endpoints()->rowCount());
    std::printf("rss_mb_at_first_window %.1f\n", residentMegabytes());
    std::fflush(stdout);
    QTimer::singleShot(10000, this, &StartupProbe::finish);
}

void StartupProbe::finish()
{
    std::printf("rss_mb_after_10s %.1f\n", residentMegabytes());
    // The dashboard with a tile per endpoint: the time one full repaint takes, averaged over 10.
    m_window->rollout()->setCurrentWidget(m_window->dashboard());
    QApplication::processEvents();
    QElapsedTimer paint;
    paint.start();
    for (int i = 0; i < 10; ++i)
        m_window->dashboard()->grab();
    std::printf("dashboard_repaint_ms %.1f\n", paint.elapsed() / 10.0);
    std::printf("rss_mb_with_dashboard %.1f\n", residentMegabytes());
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace switchyard::app
