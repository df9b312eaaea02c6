#include "LocalCluster.h"

#include <csignal>

#include <sys/prctl.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>

namespace switchyard::app {

LocalCluster::LocalCluster(QObject* parent) : QObject(parent)
{
    m_process.setObjectName(QStringLiteral("localClusterProcess"));
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalCluster::onOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        m_stderr = m_stderr.right(4000);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !m_announced) {
            m_announced = true;
            emit failed(tr("Could not start %1: %2").arg(m_process.program(), m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        if (!m_announced) {
            m_announced = true;
            emit failed(tr("The local cluster exited with code %1 before it was ready.\n%2")
                            .arg(code)
                            .arg(m_stderr.trimmed()));
        }
    });
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        if (!m_announced) {
            m_announced = true;
            emit failed(tr("The local cluster did not report its address within 30 s."));
        }
    });
}

LocalCluster::~LocalCluster()
{
    shutdown();
}

QString LocalCluster::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/local");
}

QString LocalCluster::serverProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    // The build tree (app/ next to server/), an installed layout (same directory), then PATH.
    for (const QString& candidate :
         {dir + QStringLiteral("/../server/switchyard-server"), dir + QStringLiteral("/switchyard-server")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    const QString found = QStandardPaths::findExecutable(QStringLiteral("switchyard-server"));
    return found.isEmpty() ? QStringLiteral("switchyard-server") : found;
}

void LocalCluster::start()
{
    if (isRunning())
        return;
    m_announced = false;
    m_buffer.clear();
    m_stderr.clear();
    QDir().mkpath(dataDir());
    if (m_keep)
        return startDetached();
    m_process.setProgram(serverProgram());
    m_process.setArguments({QStringLiteral("--demo"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dataDir()});
    // The cluster stops with the console: when the console ends without closing its window (Ctrl-C in the
    // terminal that ran ./run.sh, a kill), the server is told to stop as well. --keep-local detaches it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_startTimeout.start(30000);
    m_process.start();
}

void LocalCluster::startDetached()
{
    // A detached server's output cannot be read, so the console picks the port itself.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    m_detachedUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QStringList args{QStringLiteral("--demo"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data-dir"), dataDir()};
    if (!QProcess::startDetached(serverProgram(), args)) {
        m_announced = true;
        emit failed(tr("Could not start %1.").arg(serverProgram()));
        return;
    }
    m_polls = 0;
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &LocalCluster::pollDetached, Qt::UniqueConnection);
    m_poll.start();
}

void LocalCluster::pollDetached()
{
    QFile tokenFile(dataDir() + QStringLiteral("/admin-token"));
    if (tokenFile.open(QIODevice::ReadOnly)) {
        m_poll.stop();
        m_announced = true;
        // The session connects with back-off, so a server still binding its port is fine.
        emit ready(m_detachedUrl, QString::fromUtf8(tokenFile.readAll()).trimmed());
    } else if (++m_polls > 150) {
        m_poll.stop();
        m_announced = true;
        emit failed(tr("The local cluster did not write its admin token within 30 s."));
    }
}

void LocalCluster::onOutput()
{
    m_buffer += QString::fromUtf8(m_process.readAllStandardOutput());
    if (m_announced)
        return m_buffer.clear();
    const QString marker = QStringLiteral("listening on ");
    const auto at = m_buffer.indexOf(marker);
    if (at < 0)
        return;
    const auto end = m_buffer.indexOf(QLatin1Char('\n'), at);
    if (end < 0)
        return; // the line is not complete yet
    const QString url = m_buffer.mid(at + marker.size(), end - at - marker.size()).trimmed();
    m_buffer.clear();
    QFile tokenFile(dataDir() + QStringLiteral("/admin-token"));
    m_announced = true;
    m_startTimeout.stop();
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        emit failed(tr("The local cluster runs at %1, but its admin token could not be read: %2")
                        .arg(url, tokenFile.errorString()));
        return;
    }
    emit ready(url, QString::fromUtf8(tokenFile.readAll()).trimmed());
}

void LocalCluster::shutdown()
{
    if (!isRunning())
        return;
    m_process.terminate();
    // At exit only: a bounded wait so the server can flush and stop its replicas.
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace switchyard::app
