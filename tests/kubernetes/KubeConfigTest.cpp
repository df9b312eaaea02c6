#include <fstream>
#include <string>

#include <QTemporaryDir>
#include <QTest>

#include "Base64.h"
#include "KubeConfig.h"

using namespace switchyard;

namespace {

// base64 of "-----BEGIN CERTIFICATE-----\nCA\n" and friends: the reader does not parse PEM, only decodes.
const char* kCaData = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCkNBCg==";
const char* kCertData = "Q0VSVA=="; // CERT
const char* kKeyData = "S0VZ";      // KEY

// A valid kubeconfig whose parts the rows replace: {cluster}, {user}, {context}.
std::string kubeconfig(const std::string& cluster, const std::string& user,
                       const std::string& context = "    cluster: dev\n    user: ci\n    namespace: models\n",
                       const std::string& current = "current-context: dev-ci\n")
{
    return "apiVersion: v1\nkind: Config\n" + current + "clusters:\n- name: dev\n  cluster:\n" + cluster +
           "contexts:\n- name: dev-ci\n  context:\n" + context + "users:\n- name: ci\n  user:\n" + user;
}

const std::string kServer = "    server: https://10.0.0.1:6443\n";
const std::string kToken = "    token: abc.def\n";

void writeFile(const QString& path, const std::string& text)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

} // namespace

class KubeConfigTest : public QObject
{
    Q_OBJECT

private slots:
    void tokenAndInlineCa()
    {
        const auto config = KubeConfig::fromYaml(
            kubeconfig(kServer + "    certificate-authority-data: " + kCaData + "\n", kToken), "/etc/kube");
        QVERIFY2(config, config ? "" : config.error().message.c_str());
        QCOMPARE(config->contextName, std::string("dev-ci"));
        QCOMPARE(config->server, std::string("https://10.0.0.1:6443"));
        QCOMPARE(config->namespaceName, std::string("models"));
        QCOMPARE(config->certificateAuthorityPem, std::string("-----BEGIN CERTIFICATE-----\nCA\n"));
        QVERIFY(config->certificateAuthorityFile.empty());
        QVERIFY(!config->insecureSkipTlsVerify);
        QCOMPARE(config->token, std::string("abc.def"));
        QVERIFY(config->tokenFile.empty());
    }

    void filesAreResolvedAgainstTheKubeconfigDirectory()
    {
        const auto config = KubeConfig::fromYaml(
            kubeconfig(
                "    server: https://api.example:443/\n    certificate-authority: certs/ca.pem\n",
                "    tokenFile: /run/token\n    client-certificate: me.crt\n    client-key: /keys/me.key\n"),
            "/home/op/.kube");
        QVERIFY2(config, config ? "" : config.error().message.c_str());
        QCOMPARE(config->server, std::string("https://api.example:443")); // no trailing '/'
        QCOMPARE(config->certificateAuthorityFile, std::string("/home/op/.kube/certs/ca.pem"));
        QCOMPARE(config->tokenFile, std::string("/run/token"));
        QCOMPARE(config->clientCertificateFile, std::string("/home/op/.kube/me.crt"));
        QCOMPARE(config->clientKeyFile, std::string("/keys/me.key"));
    }

    void clientCertificateDataAndInsecure()
    {
        const auto config =
            KubeConfig::fromYaml(kubeconfig(kServer + "    insecure-skip-tls-verify: true\n",
                                            std::string("    client-certificate-data: ") + kCertData +
                                                "\n    client-key-data: " + kKeyData + "\n"),
                                 "");
        QVERIFY2(config, config ? "" : config.error().message.c_str());
        QVERIFY(config->insecureSkipTlsVerify);
        QCOMPARE(config->clientCertificatePem, std::string("CERT"));
        QCOMPARE(config->clientKeyPem, std::string("KEY"));
        QVERIFY(config->token.empty() && config->tokenFile.empty());
    }

    void inlineTokenWinsOverTokenFile()
    {
        const auto config =
            KubeConfig::fromYaml(kubeconfig(kServer, kToken + "    tokenFile: /run/token\n"), "");
        QVERIFY(config);
        QCOMPARE(config->token, std::string("abc.def"));
        QVERIFY(config->tokenFile.empty());
    }

    void namedContextAndAnonymousUser()
    {
        std::string text = kubeconfig(kServer, kToken);
        text += "- name: other\n  user:\n    token: other-token\n";
        text.replace(text.find("contexts:\n"), 10,
                     "contexts:\n- name: anon\n  context:\n    cluster: dev\n- name: as-other\n  context:\n"
                     "    cluster: dev\n    user: other\n");
        auto config = KubeConfig::fromYaml(text, "", "as-other");
        QVERIFY2(config, config ? "" : config.error().message.c_str());
        QCOMPARE(config->token, std::string("other-token"));
        QVERIFY(config->namespaceName.empty());
        config = KubeConfig::fromYaml(text, "", "anon");
        QVERIFY(config);
        QVERIFY(config->token.empty());
        QVERIFY(!KubeConfig::fromYaml(text, "", "missing"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("field");   // the error's target
        QTest::addColumn<QString>("message"); // a part of its message
        const auto row = [](const char* name, const std::string& yaml, const char* field,
                            const char* message) {
            QTest::newRow(name) << QString::fromStdString(yaml) << field << message;
        };
        row("empty file", "", "kubeconfig", "not a YAML map");
        row("a list", "- a\n- b\n", "kubeconfig", "not a YAML map");
        row("a scalar", "hello", "kubeconfig", "not a YAML map");
        row("broken YAML", "clusters: [a, b\n", "kubeconfig", "not valid YAML at line");
        row("tab indentation", "clusters:\n\t- name: x\n", "kubeconfig", "not valid YAML");
        row("unclosed brace", "current-context: {dev\n", "kubeconfig", "not valid YAML");
        row("deep nesting", std::string(5000, '[') + std::string(5000, ']'), "kubeconfig", "");
        row("wrong kind", "kind: Pod\n", "kind", "not a kubeconfig");
        row("kind is a map", "kind: {a: b}\n", "kubeconfig.kind", "must be a string");
        row("no current context", kubeconfig(kServer, kToken, "    cluster: dev\n", ""), "current-context",
            "no current-context");
        row("current context is a list",
            kubeconfig(kServer, kToken, "    cluster: dev\n", "current-context: [a]\n"),
            "kubeconfig.current-context", "must be a string");
        row("current context not listed",
            kubeconfig(kServer, kToken, "    cluster: dev\n", "current-context: x\n"), "contexts",
            "no entry named 'x'");
        row("no contexts", "current-context: dev\n", "contexts", "has no contexts");
        row("contexts is a map", "current-context: dev\ncontexts: {dev: {}}\n", "contexts", "must be a list");
        row("context entry is a string", "current-context: dev\ncontexts: [dev]\n", "contexts[0]",
            "must be a map");
        row("context entry name is a map", "current-context: dev\ncontexts:\n- name: {a: 1}\n",
            "contexts[0].name", "must be a string");
        row("context body missing", "current-context: dev\ncontexts:\n- name: dev\n",
            "contexts[name=dev].context", "must be a map");
        row("two contexts of one name",
            "current-context: dev\ncontexts:\n- name: dev\n  context: {cluster: a}\n- name: dev\n  context: "
            "{}\n",
            "contexts[1]", "two entries named 'dev'");
        row("context without cluster", kubeconfig(kServer, kToken, "    user: ci\n"),
            "contexts[name=dev-ci].context.cluster", "names no cluster");
        row("context namespace is a list",
            kubeconfig(kServer, kToken, "    cluster: dev\n    namespace: [a]\n"),
            "contexts[name=dev-ci].context.namespace", "must be a string");
        row("cluster not listed", kubeconfig(kServer, kToken, "    cluster: prod\n"), "clusters",
            "no entry named 'prod'");
        row("cluster without server", kubeconfig("    insecure-skip-tls-verify: true\n", kToken),
            "clusters[name=dev].cluster.server", "has no server");
        row("cluster body is a string",
            "current-context: c\ncontexts:\n- name: c\n  context: {cluster: dev}\n"
            "clusters:\n- name: dev\n  cluster: https://x\n",
            "clusters[name=dev].cluster", "must be a map");
        row("server without scheme", kubeconfig("    server: 10.0.0.1:6443\n", kToken),
            "clusters[name=dev].cluster.server", "not an API server URL");
        row("server ftp", kubeconfig("    server: ftp://x\n", kToken), "clusters[name=dev].cluster.server",
            "not an API server URL");
        row("server with a space", kubeconfig("    server: https://a b\n", kToken),
            "clusters[name=dev].cluster.server", "not an API server URL");
        row("server with no host", kubeconfig("    server: https://\n", kToken),
            "clusters[name=dev].cluster.server", "not an API server URL");
        row("server is a number", kubeconfig("    server: {a: 1}\n", kToken),
            "clusters[name=dev].cluster.server", "must be a string");
        row("ca data not base64",
            kubeconfig(kServer + "    certificate-authority-data: not*base64\n", kToken),
            "clusters[name=dev].cluster.certificate-authority-data", "not base64");
        row("ca data bad length", kubeconfig(kServer + "    certificate-authority-data: QUJD=\n", kToken),
            "clusters[name=dev].cluster.certificate-authority-data", "not base64");
        row("ca data and file",
            kubeconfig(kServer + "    certificate-authority-data: " + kCaData +
                           "\n    certificate-authority: ca.pem\n",
                       kToken),
            "clusters[name=dev].cluster.certificate-authority", "keep one");
        row("ca and insecure",
            kubeconfig(kServer + "    certificate-authority: ca.pem\n"
                                 "    insecure-skip-tls-verify: true\n",
                       kToken),
            "clusters[name=dev].cluster.insecure-skip-tls-verify", "keep one");
        row("insecure not a bool", kubeconfig(kServer + "    insecure-skip-tls-verify: maybe\n", kToken),
            "clusters[name=dev].cluster.insecure-skip-tls-verify", "true or false");
        row("user not listed", kubeconfig(kServer, kToken, "    cluster: dev\n    user: nobody\n"), "users",
            "no entry named 'nobody'");
        row("exec plugin", kubeconfig(kServer, "    exec:\n      command: aws\n      apiVersion: x\n"),
            "users[name=ci].user.exec", "exec plugin");
        row("auth provider", kubeconfig(kServer, "    auth-provider:\n      name: gcp\n"),
            "users[name=ci].user.auth-provider", "auth-provider");
        row("basic auth", kubeconfig(kServer, "    username: admin\n    password: secret\n"),
            "users[name=ci].user.username", "basic authentication");
        row("token is a list", kubeconfig(kServer, "    token: [a, b]\n"), "users[name=ci].user.token",
            "must be a string");
        row("certificate without key",
            kubeconfig(kServer, std::string("    client-certificate-data: ") + kCertData + "\n"),
            "users[name=ci].user.client-key", "without its key");
        row("key without certificate", kubeconfig(kServer, "    client-key: me.key\n"),
            "users[name=ci].user.client-certificate", "without its certificate");
        row("certificate data and file",
            kubeconfig(kServer, std::string("    client-certificate-data: ") + kCertData +
                                    "\n    client-certificate: me.crt\n    client-key: me.key\n"),
            "users[name=ci].user.client-certificate", "keep one");
        row("key data not base64",
            kubeconfig(kServer, std::string("    client-certificate-data: ") + kCertData +
                                    "\n    client-key-data: '@@@@'\n"),
            "users[name=ci].user.client-key-data", "not base64");
        row("users is a scalar",
            kubeconfig(kServer, kToken)
                .replace(kubeconfig(kServer, kToken).find("users:"), 6, "users: x\nold:"),
            "users", "must be a list");
    }
    void malformed()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto config = KubeConfig::fromYaml(yaml.toStdString(), "/etc/kube");
        QVERIFY(!config);
        const auto& error = config.error();
        QCOMPARE(QString::fromStdString(error.code), QStringLiteral("InvalidKubeconfig"));
        QVERIFY(error.target);
        QCOMPARE(QString::fromStdString(*error.target), field);
        QVERIFY2(QString::fromStdString(error.message).contains(message), error.message.c_str());
    }

    void files()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("config");
        writeFile(path, kubeconfig(kServer + "    certificate-authority: ca.pem\n", kToken));
        const auto config = KubeConfig::fromFile(path.toStdString());
        QVERIFY2(config, config ? "" : config.error().message.c_str());
        QCOMPARE(QString::fromStdString(config->certificateAuthorityFile), dir.filePath("ca.pem"));
        const auto missing = KubeConfig::fromFile(dir.filePath("nope").toStdString());
        QVERIFY(!missing);
        QVERIFY(missing.error().message.find("Cannot read the kubeconfig") != std::string::npos);
        writeFile(path, std::string(2 << 20, '#'));
        QVERIFY(!KubeConfig::fromFile(path.toStdString()));
    }

    void inCluster()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        KubeConfig::InClusterEnvironment environment;
        environment.host = "10.96.0.1";
        environment.port = "443";
        environment.tokenPath = dir.filePath("token").toStdString();
        environment.caPath = dir.filePath("ca.crt").toStdString();
        environment.namespacePath = dir.filePath("namespace").toStdString();

        auto config = KubeConfig::inCluster(environment);
        QVERIFY(!config);
        QCOMPARE(QString::fromStdString(*config.error().target), QStringLiteral("token"));
        writeFile(dir.filePath("token"), "\n");
        QVERIFY(!KubeConfig::inCluster(environment)); // an empty token is no token
        writeFile(dir.filePath("token"), "eyJhbGciOi.token\n");
        config = KubeConfig::inCluster(environment);
        QVERIFY(!config);
        QCOMPARE(QString::fromStdString(*config.error().target), QStringLiteral("ca.crt"));
        writeFile(dir.filePath("ca.crt"), "PEM");

        config = KubeConfig::inCluster(environment);
        QVERIFY2(config, config ? "" : config.error().message.c_str());
        QCOMPARE(config->server, std::string("https://10.96.0.1:443"));
        QCOMPARE(config->tokenFile, environment.tokenPath); // read again for each connection: it rotates
        QVERIFY(config->token.empty());
        QCOMPARE(config->certificateAuthorityFile, environment.caPath);
        QVERIFY(config->namespaceName.empty());
        QVERIFY(!config->insecureSkipTlsVerify);

        writeFile(dir.filePath("namespace"), "switchyard\n");
        environment.host = "fd00::1";
        config = KubeConfig::inCluster(environment);
        QVERIFY(config);
        QCOMPARE(config->namespaceName, std::string("switchyard"));
        QCOMPARE(config->server, std::string("https://[fd00::1]:443"));

        for (const char* port : {"", "0", "65536", "44x", "-1", "123456"}) {
            environment.port = port;
            config = KubeConfig::inCluster(environment);
            QVERIFY2(!config, port);
        }
        environment.port = "443";
        environment.host.clear();
        QVERIFY(!KubeConfig::inCluster(environment));
    }

    void base64_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("one pad") << "QUI=" << true << "AB";
        QTest::newRow("two pads") << "QQ==" << true << "A";
        QTest::newRow("no pad") << "QUJD" << true << "ABC";
        QTest::newRow("wrapped") << "QU\nJD\n" << true << "ABC";
        QTest::newRow("missing padding") << "QUI" << false << "";
        QTest::newRow("pad in the middle") << "QQ==QUJD" << false << "";
        QTest::newRow("three pads") << "Q===" << false << "";
        QTest::newRow("data after pad") << "QU=I" << false << "";
        QTest::newRow("url alphabet") << "-_-_" << false << "";
    }
    void base64()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, decoded);
        const auto result = Base64::decode(text.toStdString());
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromStdString(*result), decoded);
    }
};

QTEST_APPLESS_MAIN(KubeConfigTest)
#include "KubeConfigTest.moc"
