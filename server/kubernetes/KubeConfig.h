#pragma once

#include <string>
#include <string_view>

#include "Result.h"

namespace switchyard {

// Where the API server is and how to prove who we are: from a kubeconfig file (its current context, or
// the one named) or from the service account Kubernetes mounts into a pod.
//
// Every malformed input is an Error naming the field (e.g. "users[user=ci].user.client-key-data"); no
// exception leaves this class. Exec credential plugins, auth-provider and basic auth are refused with a
// message saying so: they need a program or a protocol this backend does not run.
struct KubeConfig
{
    std::string contextName;   // "in-cluster" for the service account
    std::string server;        // https://host:port, no trailing '/'
    std::string namespaceName; // empty when the context names none

    // Exactly one of the two, or neither (the system's trust store), or insecureSkipTlsVerify.
    std::string certificateAuthorityPem;
    std::string certificateAuthorityFile;
    bool insecureSkipTlsVerify = false;

    // A bearer token, given inline or as a file read for each connection (a service-account token is
    // rotated while the server runs).
    std::string token;
    std::string tokenFile;
    // A client certificate and key, each inline (PEM) or as a file.
    std::string clientCertificatePem;
    std::string clientCertificateFile;
    std::string clientKeyPem;
    std::string clientKeyFile;

    // The kubeconfig's text; relative file names in it are taken from `directory`, as kubectl takes them
    // from the kubeconfig's own directory. An empty `context` means the current-context.
    static Result<KubeConfig> fromYaml(std::string_view text, const std::string& directory,
                                       const std::string& context = {});
    static Result<KubeConfig> fromFile(const std::string& path, const std::string& context = {});

    // What a pod sees: KUBERNETES_SERVICE_HOST/PORT and the service account's files. Tests set their own.
    struct InClusterEnvironment
    {
        std::string host;
        std::string port;
        std::string tokenPath = "/var/run/secrets/kubernetes.io/serviceaccount/token";
        std::string caPath = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";
        std::string namespacePath = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";
        // The process's own environment and the standard paths.
        static InClusterEnvironment fromProcess();
    };
    static Result<KubeConfig> inCluster(const InClusterEnvironment& environment);
};

} // namespace switchyard
