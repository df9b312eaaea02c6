#include "ServerProcess.h"

#include <csignal>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include "FakeKubernetes.h"
#include "TestPaths.h"

namespace switchyard::test {

ServerProcess::ServerProcess(QStringList extraArgs) : m_extraArgs(std::move(extraArgs))
{
    m_process.setProgram(binary());
    // A test that crashes (an ASan abort, a failed QVERIFY in a destructor) must not leave its server
    // running: the server gets SIGKILL when the test process dies.
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill9();
}

bool ServerProcess::onKubernetes()
{
    return qEnvironmentVariable("SWITCHYARD_TEST_BACKEND") == QStringLiteral("kubernetes");
}

QString ServerProcess::binary()
{
    return binaryPath(QStringLiteral("server/switchyard-server"));
}

bool ServerProcess::start()
{
    if (isRunning())
        kill9();
    m_url.clear();
    m_error.clear();
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                     m_dataDir.path()};
    if (onKubernetes()) {
        if (!m_kubernetes) {
            m_kubernetes = std::make_unique<FakeKubernetes>();
            if (!m_kubernetes->start()) {
                m_error = QStringLiteral("the fake Kubernetes API server did not start: ") +
                          m_kubernetes->errorString();
                m_kubernetes.reset();
                return false;
            }
        }
        args += m_kubernetes->serverArgs();
    }
    args += m_extraArgs;
    m_process.setArguments(args);
    m_process.setChildProcessModifier([limit = m_descriptorLimit] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (limit > 0) {
            const rlimit fds{static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
            ::setrlimit(RLIMIT_NOFILE, &fds);
        }
    });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression line(QStringLiteral("listening on (https?://\\S+)"));
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        if (const auto match = line.match(QString::fromUtf8(out)); match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    m_error = QStringLiteral("the server did not print its address; stderr: ") + m_stderr;
    kill9();
    return false;
}

void ServerProcess::pause()
{
    if (!isRunning() || m_paused || ::kill(static_cast<pid_t>(pid()), SIGSTOP) != 0)
        return;
    m_paused = true;
    // kill() only queues the signal: a thread busy on the other core may still answer a request or two.
    // The process is stopped once /proc says so ('T', field 3 after the command's closing parenthesis).
    const QString statPath = QStringLiteral("/proc/%1/stat").arg(pid());
    QDeadlineTimer deadline(2000);
    while (!deadline.hasExpired()) {
        QFile stat(statPath);
        if (!stat.open(QIODevice::ReadOnly))
            return;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close >= 0 && close + 2 < line.size() && line.at(close + 2) == 'T')
            return;
        QThread::msleep(5);
    }
}

void ServerProcess::resume()
{
    if (m_paused && isRunning())
        ::kill(static_cast<pid_t>(pid()), SIGCONT);
    m_paused = false;
}

int ServerProcess::stop()
{
    if (!isRunning())
        return m_process.exitCode();
    resume(); // a stopped process only sees SIGTERM once it runs again
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        kill9();
        return -1;
    }
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int ServerProcess::waitForExit(int ms)
{
    if (isRunning() && !m_process.waitForFinished(ms)) {
        kill9();
        return -1;
    }
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill9()
{
    m_paused = false; // SIGKILL ends a stopped process too
    m_process.kill();
    m_process.waitForFinished(10000);
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
}

QString ServerProcess::drainOutput()
{
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
    return m_stderr;
}

QString ServerProcess::adminToken() const
{
    QFile file(m_dataDir.path() + QStringLiteral("/admin-token"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace switchyard::test
