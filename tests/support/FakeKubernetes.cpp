#include "FakeKubernetes.h"

#include <csignal>

#include <sys/prctl.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include "TestPaths.h"

namespace switchyard::test {

using nlohmann::json;

FakeKubernetes::FakeKubernetes(QString namespaceName, QStringList extraArgs)
    : m_namespace(std::move(namespaceName)), m_extraArgs(std::move(extraArgs))
{
    m_token = QString::number(QRandomGenerator::global()->generate64(), 16) +
              QString::number(QRandomGenerator::global()->generate64(), 16);
}

FakeKubernetes::~FakeKubernetes()
{
    stop();
}

QString FakeKubernetes::binary()
{
    return binaryPath(QStringLiteral("tests/support/fakekube/fake-kube-apiserver"));
}

bool FakeKubernetes::start()
{
    stop();
    m_error.clear();
    m_url.clear();
    QStringList args{
        QStringLiteral("--replica-binary"), binaryPath(QStringLiteral("server/replica/switchyard-replica")),
        QStringLiteral("--kubeconfig-out"), kubeconfigPath(),
        QStringLiteral("--namespace"),      m_namespace,
        QStringLiteral("--token"),          m_token,
        QStringLiteral("--listen"),         QStringLiteral("127.0.0.1:0")};
    args += m_extraArgs;
    m_process.setProgram(binary());
    m_process.setArguments(args);
    // A test that dies must not leave the fake (and so its pods) running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression line(QStringLiteral("listening (https://\\S+)"));
    QByteArray out;
    QDeadlineTimer deadline(60000); // the certificate is made with openssl first
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        if (const auto match = line.match(QString::fromUtf8(out)); match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            break;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    if (m_url.isEmpty()) {
        m_error = QStringLiteral("the fake did not print its address; stderr: ") + output();
        stop();
        return false;
    }
    QFile kubeconfig(kubeconfigPath());
    kubeconfig.open(QIODevice::ReadOnly);
    static const QRegularExpression ca(QStringLiteral("certificate-authority-data: (\\S+)"));
    const auto match = ca.match(QString::fromUtf8(kubeconfig.readAll()));
    m_ca = QSslCertificate::fromData(QByteArray::fromBase64(match.captured(1).toLatin1()));
    m_client.setBase(m_url);
    m_client.setBearer(m_token);
    m_client.setCaCertificates(m_ca);
    m_client.setTimeoutMs(15000);
    return true;
}

int FakeKubernetes::stop()
{
    if (!isRunning())
        return -1;
    m_process.terminate(); // the fake stops its pods on the way out
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        output();
        return -1;
    }
    output();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void FakeKubernetes::kill9()
{
    m_process.kill();
    m_process.waitForFinished(5000);
    output();
}

QString FakeKubernetes::output()
{
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return m_output;
}

QStringList FakeKubernetes::serverArgs() const
{
    return {QStringLiteral("--backend"),       QStringLiteral("kubernetes"),
            QStringLiteral("--kubeconfig"),    kubeconfigPath(),
            QStringLiteral("--namespace"),     m_namespace,
            QStringLiteral("--replica-image"), QStringLiteral("switchyard/replica:test")};
}

bool FakeKubernetes::control(const QByteArray& method, const QString& path, const QByteArray& body)
{
    const HttpReply reply =
        m_client.request(method, path, body, body.isEmpty() ? QByteArray() : "application/json");
    return reply.status == 200;
}

bool FakeKubernetes::cutWatches()
{
    return control("POST", QStringLiteral("/fake/watches/cut"));
}

bool FakeKubernetes::compact()
{
    return control("POST", QStringLiteral("/fake/compact"));
}

bool FakeKubernetes::forceConflicts(int count)
{
    return control("POST", QStringLiteral("/fake/conflicts?count=%1").arg(count));
}

bool FakeKubernetes::goDown(int seconds)
{
    return control("POST", QStringLiteral("/fake/down?seconds=%1").arg(seconds));
}

bool FakeKubernetes::forbid(const QString& verb, const QString& resource)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("verb"), verb);
    query.addQueryItem(QStringLiteral("resource"), resource);
    return control("POST", QStringLiteral("/fake/forbid?") + query.toString(QUrl::FullyEncoded));
}

bool FakeKubernetes::allowAll()
{
    return control("DELETE", QStringLiteral("/fake/forbid"));
}

bool FakeKubernetes::makeUnpullable(const QString& image)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("image"), image);
    return control("POST", QStringLiteral("/fake/unpullable?") + query.toString(QUrl::FullyEncoded));
}

bool FakeKubernetes::killPod(const QString& name)
{
    return control("POST", QStringLiteral("/fake/pods/%1/kill?namespace=%2").arg(name, m_namespace));
}

bool FakeKubernetes::setQuota(const json& hard)
{
    return control("POST", QStringLiteral("/fake/quota?namespace=") + m_namespace,
                   QByteArray::fromStdString(json{{"hard", hard}}.dump()));
}

json FakeKubernetes::requests()
{
    return m_client.get(QStringLiteral("/fake/requests")).json();
}

json FakeKubernetes::pods(const QString& labelSelector)
{
    QString path = QStringLiteral("/api/v1/namespaces/%1/pods").arg(m_namespace);
    if (!labelSelector.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("labelSelector"), labelSelector);
        path += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
    const json list = m_client.get(path).json();
    return list.is_object() ? list.value("items", json::array()) : json::array();
}

json FakeKubernetes::deployment(const QString& name)
{
    const HttpReply reply =
        m_client.get(QStringLiteral("/apis/apps/v1/namespaces/%1/deployments/%2").arg(m_namespace, name));
    return reply.status == 200 ? reply.json() : json();
}

bool FakeKubernetes::isReady(const json& pod)
{
    for (const auto& condition : pod.value("/status/conditions"_json_pointer, json::array())) {
        if (condition.value("type", "") == "Ready")
            return condition.value("status", "") == "True";
    }
    return false;
}

bool FakeKubernetes::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(100);
    }
    return true;
}

bool FakeKubernetes::waitForReadyPods(const QString& labelSelector, int count, int timeoutMs)
{
    return waitFor(
        [&] {
            const json items = pods(labelSelector);
            if (static_cast<int>(items.size()) != count)
                return false;
            for (const auto& pod : items) {
                if (!isReady(pod) || pod["metadata"].contains("deletionTimestamp"))
                    return false;
            }
            return true;
        },
        timeoutMs);
}

} // namespace switchyard::test
