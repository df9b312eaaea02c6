#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace switchyard::test {

class FakeKubernetes;

// The real switchyard-server on a free loopback port (--listen 127.0.0.1:0) in a temp data dir. Reads the
// bound URL from the server's stdout and the admin token from the data dir. The data dir outlives
// stop()/kill9(), so restart() comes back on the same state.
//
// With SWITCHYARD_TEST_BACKEND=kubernetes in the environment (ctest runs the shared suites both ways),
// the server runs on the Kubernetes backend against a fake API server (FakeKubernetes) that this
// object starts with the first server and keeps across restarts, so a restarted server finds its
// Deployments and their pods still running, as it would on a real cluster.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList extraArgs = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // False (with the reason in errorString()) when the server did not print its address in time.
    bool start();
    // SIGTERM, waits for a clean exit; answers the exit code (-1 if it had to be killed).
    int stop();
    void kill9();
    // SIGSTOP: the server keeps its sockets (the kernel still accepts connections for it) but answers
    // nothing, as a hung server would; resume() (SIGCONT) lets it carry on where it stopped.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Waits for the server to exit on its own (after a signal sent some other way); its exit code, or -1
    // if it had to be killed after `ms`.
    int waitForExit(int ms);
    bool restart() { return start(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl url() const { return m_url; }
    QString adminToken() const;
    QString dataDir() const { return m_dataDir.path(); }
    QString errorString() const { return m_error; }
    QString serverOutput() const { return m_stderr; }
    void setExtraArgs(QStringList args) { m_extraArgs = std::move(args); }
    // The server's process id (0 when not running).
    qint64 pid() const { return m_process.processId(); }
    // Starts the next server with this descriptor limit (soft and hard), as `ulimit -n` would.
    void setDescriptorLimit(int limit) { m_descriptorLimit = limit; }
    // Reads what the server wrote to stderr so far (the pipe must not fill up during a long test).
    QString drainOutput();

    static QString binary();
    // Whether this run's servers use the Kubernetes backend (SWITCHYARD_TEST_BACKEND=kubernetes).
    static bool onKubernetes();
    // The fake API server under the server (null on the local backend or before the first start()).
    FakeKubernetes* kubernetes() const { return m_kubernetes.get(); }

private:
    QTemporaryDir m_dataDir;
    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QString m_stderr;
    int m_descriptorLimit = 0;
    bool m_paused = false;
    std::unique_ptr<FakeKubernetes> m_kubernetes;
};

} // namespace switchyard::test
