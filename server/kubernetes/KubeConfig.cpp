#include "KubeConfig.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>

#include <yaml-cpp/yaml.h>

#include "Base64.h"

namespace switchyard {
namespace {

// A kubeconfig is a few kilobytes; anything this large is a mistake (or an attack on the parser).
constexpr std::size_t kMaxFileBytes = 1 << 20;

Error invalid(const std::string& field, const std::string& message)
{
    return Error::badRequest("InvalidKubeconfig", message, field);
}

std::optional<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::string text;
    char buffer[4096];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxFileBytes)
            return std::nullopt;
    }
    if (in.bad())
        return std::nullopt;
    return text;
}

std::string trimmed(std::string text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (!text.empty() && isSpace(text.back()))
        text.pop_back();
    std::size_t start = 0;
    while (start < text.size() && isSpace(text[start]))
        ++start;
    return text.substr(start);
}

std::string resolvePath(const std::string& directory, const std::string& path)
{
    if (path.empty() || path.front() == '/' || directory.empty())
        return path;
    return directory.back() == '/' ? directory + path : directory + "/" + path;
}

Status checkServer(const std::string& server, const std::string& field)
{
    const bool https = server.rfind("https://", 0) == 0;
    const bool http = server.rfind("http://", 0) == 0;
    const std::size_t hostStart = https ? 8 : 7;
    bool valid = (https || http) && server.size() > hostStart && server[hostStart] != '/';
    for (const char c : server)
        valid = valid && static_cast<unsigned char>(c) > ' ' && c != 0x7f;
    if (!valid)
        return invalid(field, "'" + server + "' is not an API server URL: write https://host[:port].");
    return {};
}

// Reads the fields of one YAML map with errors naming where they are.
class MapReader
{
public:
    MapReader(const YAML::Node& node, std::string path) : m_node(node), m_path(std::move(path)) {}

    std::string field(const std::string& key) const { return m_path + "." + key; }

    // Absent or null: empty. A map or a list where text belongs is an error.
    Result<std::string> text(const std::string& key) const
    {
        const YAML::Node value = m_node[key];
        if (!value.IsDefined() || value.IsNull())
            return std::string();
        if (!value.IsScalar())
            return invalid(field(key), field(key) + " must be a string.");
        return value.Scalar();
    }

    Result<bool> flag(const std::string& key) const
    {
        const YAML::Node value = m_node[key];
        if (!value.IsDefined() || value.IsNull())
            return false;
        bool result = false;
        if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result))
            return invalid(field(key), field(key) + " must be true or false.");
        return result;
    }

    // Inline "-data" (base64) decoded, empty when absent.
    Result<std::string> data(const std::string& key) const
    {
        auto encoded = text(key);
        if (!encoded || encoded->empty())
            return encoded;
        auto decoded = Base64::decode(*encoded);
        if (!decoded || decoded->empty())
            return invalid(field(key), field(key) + " is not base64 data.");
        return std::move(*decoded);
    }

    bool has(const std::string& key) const
    {
        const YAML::Node value = m_node[key];
        return value.IsDefined() && !value.IsNull();
    }

private:
    YAML::Node m_node;
    std::string m_path;
};

// The body ("cluster", "context" or "user" map) of the entry called `name` in the list `listKey`.
Result<YAML::Node> namedEntry(const YAML::Node& root, const std::string& listKey, const std::string& bodyKey,
                              const std::string& name, std::string& path)
{
    const YAML::Node list = root[listKey];
    if (!list.IsDefined() || list.IsNull())
        return invalid(listKey, "The kubeconfig has no " + listKey + ", so '" + name + "' is not in it.");
    if (!list.IsSequence())
        return invalid(listKey, listKey + " must be a list.");
    std::optional<YAML::Node> found;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const YAML::Node entry = list[i];
        const std::string where = listKey + "[" + std::to_string(i) + "]";
        if (!entry.IsMap())
            return invalid(where, where + " must be a map with a name and a " + bodyKey + ".");
        auto entryName = MapReader(entry, where).text("name");
        if (!entryName)
            return entryName.error();
        if (*entryName != name)
            continue;
        if (found)
            return invalid(where, listKey + " has two entries named '" + name + "'.");
        const YAML::Node body = entry[bodyKey];
        path = listKey + "[name=" + name + "]." + bodyKey;
        // yaml-cpp throws on most questions about a key that is not there, so IsDefined comes first.
        if (!body.IsDefined() || !body.IsMap())
            return invalid(path, path + " must be a map.");
        found = body;
    }
    if (!found)
        return invalid(listKey, "The kubeconfig's " + listKey + " have no entry named '" + name + "'.");
    return *found;
}

Status readCluster(const YAML::Node& root, const std::string& name, const std::string& directory,
                   KubeConfig& config)
{
    std::string path;
    auto body = namedEntry(root, "clusters", "cluster", name, path);
    if (!body)
        return body.error();
    const MapReader cluster(*body, path);
    auto server = cluster.text("server");
    auto caData = cluster.data("certificate-authority-data");
    auto caFile = cluster.text("certificate-authority");
    auto insecure = cluster.flag("insecure-skip-tls-verify");
    if (!server)
        return server.error();
    if (!caData)
        return caData.error();
    if (!caFile)
        return caFile.error();
    if (!insecure)
        return insecure.error();
    if (server->empty())
        return invalid(cluster.field("server"), "Cluster '" + name + "' has no server.");
    std::string url = *server;
    while (url.size() > 1 && url.back() == '/')
        url.pop_back();
    if (auto valid = checkServer(url, cluster.field("server")); !valid)
        return valid;
    if (!caData->empty() && !caFile->empty())
        return invalid(cluster.field("certificate-authority"),
                       "Cluster '" + name +
                           "' gives both certificate-authority and certificate-authority-data: keep one.");
    if (*insecure && (!caData->empty() || !caFile->empty()))
        return invalid(cluster.field("insecure-skip-tls-verify"),
                       "Cluster '" + name +
                           "' gives a certificate authority and insecure-skip-tls-verify: a certificate that "
                           "is never checked is not a certificate authority; keep one.");
    config.server = url;
    config.certificateAuthorityPem = std::move(caData).value();
    config.certificateAuthorityFile = resolvePath(directory, *caFile);
    config.insecureSkipTlsVerify = *insecure;
    return {};
}

Status readUser(const YAML::Node& root, const std::string& name, const std::string& directory,
                KubeConfig& config)
{
    std::string path;
    auto body = namedEntry(root, "users", "user", name, path);
    if (!body)
        return body.error();
    const MapReader user(*body, path);
    if (user.has("exec"))
        return invalid(user.field("exec"),
                       "User '" + name +
                           "' gets its credentials from an exec plugin, which Switchyard does not run: give "
                           "it a token (a service account's) or a client certificate instead.");
    if (user.has("auth-provider"))
        return invalid(user.field("auth-provider"),
                       "User '" + name +
                           "' uses an auth-provider, which Switchyard does not support: give it a token or "
                           "a client certificate instead.");
    if (user.has("username") || user.has("password"))
        return invalid(user.field("username"), "User '" + name +
                                                   "' uses basic authentication, which Kubernetes no longer "
                                                   "accepts: give it a token or a client certificate.");
    auto token = user.text("token");
    auto tokenFile = user.text("tokenFile");
    auto certData = user.data("client-certificate-data");
    auto certFile = user.text("client-certificate");
    auto keyData = user.data("client-key-data");
    auto keyFile = user.text("client-key");
    for (const auto* result : {&token, &tokenFile, &certData, &certFile, &keyData, &keyFile}) {
        if (!*result)
            return result->error();
    }
    if (!certData->empty() && !certFile->empty())
        return invalid(user.field("client-certificate"),
                       "User '" + name +
                           "' gives both client-certificate and client-certificate-data: keep one.");
    if (!keyData->empty() && !keyFile->empty())
        return invalid(user.field("client-key"),
                       "User '" + name + "' gives both client-key and client-key-data: keep one.");
    const bool hasCertificate = !certData->empty() || !certFile->empty();
    const bool hasKey = !keyData->empty() || !keyFile->empty();
    if (hasCertificate != hasKey)
        return invalid(user.field(hasCertificate ? "client-key" : "client-certificate"),
                       "User '" + name + "' gives a client " + (hasCertificate ? "certificate" : "key") +
                           " without its " + (hasCertificate ? "key" : "certificate") + ".");
    // kubectl's order: an inline token wins over a token file.
    config.token = std::move(token).value();
    if (config.token.empty())
        config.tokenFile = resolvePath(directory, *tokenFile);
    config.clientCertificatePem = std::move(certData).value();
    config.clientCertificateFile = resolvePath(directory, *certFile);
    config.clientKeyPem = std::move(keyData).value();
    config.clientKeyFile = resolvePath(directory, *keyFile);
    return {};
}

Result<KubeConfig> parse(const YAML::Node& root, const std::string& directory, const std::string& requested)
{
    if (!root.IsMap())
        return invalid("kubeconfig", "The kubeconfig is not a YAML map (apiVersion, kind, clusters, …).");
    const MapReader top(root, "kubeconfig");
    auto kind = top.text("kind");
    if (!kind)
        return kind.error();
    if (!kind->empty() && *kind != "Config")
        return invalid("kind", "The file's kind is '" + *kind + "', not a kubeconfig's 'Config'.");
    auto current = top.text("current-context");
    if (!current)
        return current.error();
    const std::string contextName = requested.empty() ? *current : requested;
    if (contextName.empty())
        return invalid("current-context", "The kubeconfig has no current-context: set one (kubectl config "
                                          "use-context NAME) or name the context to use.");
    std::string path;
    auto body = namedEntry(root, "contexts", "context", contextName, path);
    if (!body)
        return body.error();
    const MapReader context(*body, path);
    auto clusterName = context.text("cluster");
    auto userName = context.text("user");
    auto namespaceName = context.text("namespace");
    for (const auto* result : {&clusterName, &userName, &namespaceName}) {
        if (!*result)
            return result->error();
    }
    if (clusterName->empty())
        return invalid(context.field("cluster"), "Context '" + contextName + "' names no cluster.");
    KubeConfig config;
    config.contextName = contextName;
    config.namespaceName = *namespaceName;
    if (auto status = readCluster(root, *clusterName, directory, config); !status)
        return status.error();
    // A context without a user is anonymous access, which some test clusters allow.
    if (!userName->empty()) {
        if (auto status = readUser(root, *userName, directory, config); !status)
            return status.error();
    }
    return config;
}

} // namespace

Result<KubeConfig> KubeConfig::fromYaml(std::string_view text, const std::string& directory,
                                        const std::string& context)
{
    if (text.size() > kMaxFileBytes)
        return invalid("kubeconfig", "The kubeconfig is larger than 1 MiB.");
    // yaml-cpp reports everything (syntax, depth, conversions) by throwing; none of it may leave here.
    try {
        const YAML::Node root = YAML::Load(std::string(text));
        return parse(root, directory, context);
    } catch (const YAML::Exception& error) {
        const std::string where = error.mark.is_null()
                                      ? std::string()
                                      : " at line " + std::to_string(error.mark.line + 1) + ", column " +
                                            std::to_string(error.mark.column + 1);
        return invalid("kubeconfig", "The kubeconfig is not valid YAML" + where + ": " + error.msg);
    } catch (const std::exception& error) {
        return invalid("kubeconfig", std::string("The kubeconfig cannot be read: ") + error.what());
    }
}

Result<KubeConfig> KubeConfig::fromFile(const std::string& path, const std::string& context)
{
    auto text = readFile(path);
    if (!text)
        return invalid("kubeconfig",
                       "Cannot read the kubeconfig '" + path + "' (missing, unreadable or over 1 MiB).");
    const auto slash = path.rfind('/');
    const std::string directory =
        slash == std::string::npos ? std::string(".") : path.substr(0, std::max<std::size_t>(slash, 1));
    return fromYaml(*text, directory, context);
}

KubeConfig::InClusterEnvironment KubeConfig::InClusterEnvironment::fromProcess()
{
    InClusterEnvironment environment;
    if (const char* host = std::getenv("KUBERNETES_SERVICE_HOST"))
        environment.host = host;
    if (const char* port = std::getenv("KUBERNETES_SERVICE_PORT"))
        environment.port = port;
    return environment;
}

Result<KubeConfig> KubeConfig::inCluster(const InClusterEnvironment& environment)
{
    if (environment.host.empty() || environment.port.empty())
        return invalid(
            "KUBERNETES_SERVICE_HOST",
            "Not in a Kubernetes pod: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set.");
    bool portValid = environment.port.size() <= 5;
    for (const char c : environment.port)
        portValid = portValid && c >= '0' && c <= '9';
    if (!portValid || std::atoi(environment.port.c_str()) < 1 || std::atoi(environment.port.c_str()) > 65535)
        return invalid("KUBERNETES_SERVICE_PORT",
                       "KUBERNETES_SERVICE_PORT '" + environment.port + "' is not a port.");
    // An IPv6 service address needs brackets in a URL.
    const bool ipv6 = environment.host.find(':') != std::string::npos;
    KubeConfig config;
    config.contextName = "in-cluster";
    config.server =
        "https://" + (ipv6 ? "[" + environment.host + "]" : environment.host) + ":" + environment.port;
    if (auto valid = checkServer(config.server, "KUBERNETES_SERVICE_HOST"); !valid)
        return valid.error();
    const auto token = readFile(environment.tokenPath);
    if (!token || trimmed(*token).empty())
        return invalid("token", "Cannot read the service account token '" + environment.tokenPath +
                                    "': is automountServiceAccountToken off?");
    config.tokenFile = environment.tokenPath;
    if (!readFile(environment.caPath))
        return invalid("ca.crt",
                       "Cannot read the service account's CA certificate '" + environment.caPath + "'.");
    config.certificateAuthorityFile = environment.caPath;
    // Without the file the caller picks the namespace (the default: "default").
    if (const auto namespaceName = readFile(environment.namespacePath))
        config.namespaceName = trimmed(*namespaceName);
    return config;
}

} // namespace switchyard
