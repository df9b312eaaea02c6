#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace switchyard::app {

class MainWindow;

// What bench/console-startup.sh measures (--measure-startup N): the time from main() to the first full
// window (shown, connected, N endpoints listed, the first endpoint's versions in the table), the resident
// memory after 10 s of live polling, and the time to paint the dashboard with every endpoint's tile.
// Prints one `key value` line per figure on stdout and quits.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    StartupProbe(MainWindow* window, int endpoints, const QElapsedTimer& sinceMain,
                 QObject* parent = nullptr);

    static double residentMegabytes();

private:
    void poll();
    void finish();

    MainWindow* m_window;
    int m_endpoints;
    QElapsedTimer m_sinceMain;
    QTimer m_poll;
    qint64 m_fullWindowMs = -1;
};

} // namespace switchyard::app
