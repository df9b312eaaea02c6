#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace switchyard::app {

// "Start local cluster": runs switchyard-server --demo on a free loopback port with its data under the
// user's data location, reads the URL it prints and its admin token, and stops it when the console quits
// (unless asked to keep it running).
class LocalCluster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalCluster)

public:
    explicit LocalCluster(QObject* parent = nullptr);
    ~LocalCluster() override;

    void start();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // Set before start(): the server then runs detached and outlives the console.
    void setKeepRunning(bool keep) { m_keep = keep; }
    // Stops the server (SIGTERM, then kill after a grace period) unless it is to be kept.
    void shutdown();

    static QString dataDir();
    static QString serverProgram();

signals:
    void ready(const QString& url, const QString& adminToken);
    void failed(const QString& message);

private:
    void onOutput();
    void startDetached();
    void pollDetached();
    void announce(const QString& url);
    QString announcementFile() const;
    static QString listeningUrl(const QString& output);

    QProcess m_process;
    QTimer m_startTimeout;
    QString m_buffer;
    QString m_stderr;
    bool m_keep = false;
    bool m_announced = false;
    QTimer m_poll;
    int m_polls = 0;
};

} // namespace switchyard::app
