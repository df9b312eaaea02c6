#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include "ClusterProfile.h"

class QAbstractSocket;
class QNetworkAccessManager;

namespace switchyard::models {

// The steps of a connectivity check — name resolution, TCP connect, TLS handshake and certificate, API
// auth — run with asynchronous Qt networking (the GUI never waits). Each step reports its result; a step
// that fails skips the ones that depend on it. The console's dialog only shows what this reports.
class ConnectivityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectivityCheck)

public:
    enum Step
    {
        Resolve,
        Connect,
        Tls,
        Auth,
        StepCount
    };

    explicit ConnectivityCheck(ClusterProfile profile, QObject* parent = nullptr);

    // Starts (or restarts) the check; results of an earlier run are ignored from then on.
    void start();

signals:
    void stepReported(int step, bool ok, const QString& text);
    void stepsSkipped(int fromStep, const QString& reason);
    void finished();

private:
    void resolve();
    void connectTcp();
    void handshake();
    void checkAuth();
    // Ends a socket step: stops its timer, drops the socket, reports, then goes on to `next` or skips the
    // steps that needed this one.
    void endSocketStep(QAbstractSocket* socket, int run, Step step, bool ok, const QString& text,
                       const QString& skipReason, void (ConnectivityCheck::*next)());
    void report(Step step, bool ok, const QString& text) { emit stepReported(step, ok, text); }
    void skipFrom(Step step, const QString& reason);
    void finish() { emit finished(); }
    int port() const;

    ClusterProfile m_profile;
    QUrl m_url;
    QHostAddress m_address;
    QNetworkAccessManager* m_network = nullptr;
    QTimer m_timeout;
    int m_run = 0;
};

} // namespace switchyard::models
