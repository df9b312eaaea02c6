#include "LocalCluster.h"

#include <csignal>

#include <sys/prctl.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

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
    // A grace shorter than the console's wait at exit (shutdown()), so the server stops its replicas
    // itself rather than being killed.
    m_process.setArguments({QStringLiteral("--demo"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dataDir(),
                            QStringLiteral("--shutdown-grace"), QStringLiteral("3")});
    // The cluster stops with the console: when the console ends without closing its window (Ctrl-C in the
    // terminal that ran ./run.sh, a kill), the server is told to stop as well. --keep-local detaches it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_startTimeout.start(30000);
    m_process.start();
}

void LocalCluster::startDetached()
{
    // A detached server's pipes cannot be read, so its stdout goes to a file in the data dir; the server
    // picks its own free port and the console reads the address from the "listening on" line there.
    QFile::remove(announcementFile());
    QProcess detached;
    detached.setProgram(serverProgram());
    detached.setArguments({QStringLiteral("--demo"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dataDir()});
    detached.setStandardOutputFile(announcementFile());
    detached.setStandardErrorFile(QProcess::nullDevice());
    if (!detached.startDetached()) {
        m_announced = true;
        emit failed(tr("Could not start %1.").arg(serverProgram()));
        return;
    }
    m_polls = 0;
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &LocalCluster::pollDetached, Qt::UniqueConnection);
    m_poll.start();
}

QString LocalCluster::announcementFile() const
{
    return dataDir() + QStringLiteral("/server.out");
}

void LocalCluster::pollDetached()
{
    QFile output(announcementFile());
    const QString url =
        output.open(QIODevice::ReadOnly) ? listeningUrl(QString::fromUtf8(output.readAll())) : QString();
    if (!url.isEmpty()) {
        m_poll.stop();
        announce(url);
    } else if (++m_polls > 150) {
        m_poll.stop();
        m_announced = true;
        emit failed(tr("The local cluster did not say where it listens within 30 s."));
    }
}

// The URL of the server's "listening on URL" line, once the line is complete; empty before.
QString LocalCluster::listeningUrl(const QString& output)
{
    const QString marker = QStringLiteral("listening on ");
    const auto at = output.indexOf(marker);
    if (at < 0)
        return {};
    const auto end = output.indexOf(QLatin1Char('\n'), at);
    if (end < 0)
        return {}; // the line is not complete yet
    return output.mid(at + marker.size(), end - at - marker.size()).trimmed();
}

// The server prints its address once its admin token is written: read the token and say so.
void LocalCluster::announce(const QString& url)
{
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

void LocalCluster::onOutput()
{
    m_buffer += QString::fromUtf8(m_process.readAllStandardOutput());
    if (m_announced)
        return m_buffer.clear();
    const QString url = listeningUrl(m_buffer);
    if (url.isEmpty())
        return;
    m_buffer.clear();
    announce(url);
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
