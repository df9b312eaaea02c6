#pragma once

#include <functional>

#include <nlohmann/json.hpp>

#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include "HttpClient.h"

namespace switchyard::test {

// The fake Kubernetes API server (tests/support/fakekube) on a free loopback port in a temp dir: its
// kubeconfig, a client that trusts it, its fault switches and waits on what it runs. Its pods are real
// processes and die with it.
class FakeKubernetes
{
public:
    explicit FakeKubernetes(QString namespaceName = QStringLiteral("switchyard-test"),
                            QStringList extraArgs = {});
    ~FakeKubernetes();
    FakeKubernetes(const FakeKubernetes&) = delete;
    FakeKubernetes& operator=(const FakeKubernetes&) = delete;

    // False (with the reason in errorString()) when the fake did not print its address in time.
    bool start();
    // SIGTERM; the fake's exit code (-1 when it was not running or had to be killed). A sanitizer's
    // report at exit (a leak) makes it non-zero.
    int stop();
    // SIGKILL: the fake cannot stop its pods; they die of their parent-death signal.
    void kill9();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QString kubeconfigPath() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    QString namespaceName() const { return m_namespace; }
    QList<QSslCertificate> caCertificates() const { return m_ca; }
    QString errorString() const { return m_error; }
    QString output();
    // A client for the fake's API: its CA trusted, its token sent.
    HttpClient& client() { return m_client; }
    // What switchyard-server needs to run on this fake (the server's own URL is left to its default).
    QStringList serverArgs() const;

    // Fault switches (see tests/support/fakekube/ControlRoutes.h); false when the fake refused.
    bool cutWatches();
    bool compact();
    bool forceConflicts(int count);
    bool goDown(int seconds);
    bool forbid(const QString& verb, const QString& resource);
    bool allowAll();
    bool makeUnpullable(const QString& image);
    bool killPod(const QString& name);
    bool setQuota(const nlohmann::json& hard);
    // What the fake received: [{method, path, body}], oldest first.
    nlohmann::json requests();

    // The namespace's pods (the PodList's items), optionally by label selector.
    nlohmann::json pods(const QString& labelSelector = {});
    // The Deployment, or null when there is none.
    nlohmann::json deployment(const QString& name);
    static bool isReady(const nlohmann::json& pod);
    // Polls `condition` (with the event loop running) until it holds or `timeoutMs` passes.
    static bool waitFor(const std::function<bool()>& condition, int timeoutMs = 30000);
    // Waits until exactly `count` pods match, all Ready and none terminating.
    bool waitForReadyPods(const QString& labelSelector, int count, int timeoutMs = 30000);

    static QString binary();

private:
    bool control(const QByteArray& method, const QString& path, const QByteArray& body = {});

    QString m_namespace;
    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_token;
    QList<QSslCertificate> m_ca;
    QString m_error;
    QString m_output;
    HttpClient m_client;
};

} // namespace switchyard::test
