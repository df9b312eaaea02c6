#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace switchyard::test {

// The real switchyard-server on a free loopback port (--listen 127.0.0.1:0) in a temp data dir. Reads the
// bound URL from the server's stdout and the admin token from the data dir. The data dir outlives
// stop()/kill9(), so restart() comes back on the same state.
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

private:
    QTemporaryDir m_dataDir;
    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QString m_stderr;
    int m_descriptorLimit = 0;
};

} // namespace switchyard::test
