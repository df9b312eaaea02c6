// fake-kube-apiserver: a Kubernetes API server for end-to-end tests, whose pods are real processes.
//   fake-kube-apiserver --replica-binary PATH --kubeconfig-out FILE [--namespace NS] [--token T]
//       [--listen 127.0.0.1:0] [--node-cpu 8 --node-memory 16Gi --nodes 2] [--crash-backoff-ms 1000]
// Prints `listening https://127.0.0.1:PORT` once the kubeconfig is written and it accepts connections.

#include <csignal>
#include <cstdio>

#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

#include "FakeApiServer.h"
#include "SelfSignedCertificate.h"

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

QByteArray randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (auto& byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes.toHex();
}

bool writeKubeconfig(const QString& path, const QString& host, quint16 port, const QByteArray& caPem,
                     const QByteArray& token, const QString& ns)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray text = "apiVersion: v1\n"
                            "kind: Config\n"
                            "clusters:\n"
                            "- name: fake\n"
                            "  cluster:\n"
                            "    server: https://" +
                            host.toUtf8() + ":" + QByteArray::number(port) +
                            "\n"
                            "    certificate-authority-data: " +
                            caPem.toBase64() +
                            "\n"
                            "users:\n"
                            "- name: switchyard\n"
                            "  user:\n"
                            "    token: " +
                            token +
                            "\n"
                            "contexts:\n"
                            "- name: fake\n"
                            "  context:\n"
                            "    cluster: fake\n"
                            "    user: switchyard\n"
                            "    namespace: " +
                            ns.toUtf8() +
                            "\n"
                            "current-context: fake\n";
    return file.write(text) == text.size() && file.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("A fake Kubernetes API server whose pods are real processes.");
    parser.addHelpOption();
    parser.addOptions({
        {"replica-binary", "What a container running switchyard-replica runs.", "path"},
        {"kubeconfig-out", "Where to write a kubeconfig for this server.", "file"},
        {"namespace", "The kubeconfig's namespace.", "ns", "default"},
        {"token", "The bearer token clients must send (default: random).", "token"},
        {"listen", "Address and port (0: any free one).", "host:port", "127.0.0.1:0"},
        {"node-cpu", "Each node's allocatable CPU.", "quantity", "8"},
        {"node-memory", "Each node's allocatable memory.", "quantity", "16Gi"},
        {"nodes", "How many nodes the cluster reports.", "n", "2"},
        {"crash-backoff-ms", "The first restart delay of an exited container.", "ms", "1000"},
    });
    parser.process(app);
    if (!parser.isSet("replica-binary") || !parser.isSet("kubeconfig-out")) {
        std::fprintf(stderr, "fake-kube-apiserver: --replica-binary and --kubeconfig-out are required\n");
        return 2;
    }
    const QString listen = parser.value("listen");
    const auto colon = listen.lastIndexOf(QLatin1Char(':'));
    fakekube::ServerOptions options;
    options.address = QHostAddress(listen.left(colon));
    options.port = static_cast<quint16>(listen.mid(colon + 1).toUInt());
    if (colon < 0 || options.address.isNull()) {
        std::fprintf(stderr, "fake-kube-apiserver: bad --listen %s\n", qPrintable(listen));
        return 2;
    }
    options.token = parser.isSet("token") ? parser.value("token").toUtf8() : randomToken();
    options.namespaceName = parser.value("namespace").toStdString();
    options.shape.nodes = std::max(1, parser.value("nodes").toInt());
    options.shape.nodeCpu = parser.value("node-cpu").toStdString();
    options.shape.nodeMemory = parser.value("node-memory").toStdString();
    options.shape.serviceAccountNamespace = options.namespaceName;
    options.pods.replicaBinary = parser.value("replica-binary");
    options.pods.crashBackoffMs = std::max(10, parser.value("crash-backoff-ms").toInt());

    QTemporaryDir certDir;
    const QString keyPath = certDir.filePath("key.pem");
    const QString certPath = certDir.filePath("cert.pem");
    if (!certDir.isValid() || !switchyard::test::makeSelfSignedCertificate(keyPath, certPath)) {
        std::fprintf(stderr, "fake-kube-apiserver: cannot make a certificate (is openssl there?)\n");
        return 1;
    }
    QFile keyFile(keyPath), certFile(certPath);
    keyFile.open(QIODevice::ReadOnly);
    certFile.open(QIODevice::ReadOnly);
    const QByteArray certPem = certFile.readAll();
    options.tls = QSslConfiguration::defaultConfiguration();
    options.tls.setLocalCertificate(QSslCertificate(certPem));
    options.tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    options.tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    // HTTP/1.1 only: libcurl offers h2 in ALPN, and the fake speaks 1.1.
    options.tls.setAllowedNextProtocols({QByteArray("http/1.1")});

    // SIGTERM and SIGINT end the event loop, so every pod process is stopped on the way out.
    if (::pipe(g_signalPipe) != 0)
        return 1;
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    fakekube::FakeApiServer server(options);
    if (!server.listen()) {
        std::fprintf(stderr, "fake-kube-apiserver: cannot listen on %s: %s\n", qPrintable(listen),
                     qPrintable(server.errorString()));
        return 1;
    }
    if (!writeKubeconfig(parser.value("kubeconfig-out"), options.address.toString(), server.port(), certPem,
                         options.token, parser.value("namespace"))) {
        std::fprintf(stderr, "fake-kube-apiserver: cannot write %s\n",
                     qPrintable(parser.value("kubeconfig-out")));
        return 1;
    }
    std::printf("listening https://%s:%u\n", qPrintable(options.address.toString()), server.port());
    std::fflush(stdout);
    return app.exec();
}
