// KubeConfig::fromYaml on any bytes, as it reads a kubeconfig an operator points the server at.
// Beyond "no crash, no exception": an accepted config has an http(s) server, a context name and at most
// one source for each of its CA, certificate and key; a refused one is an InvalidKubeconfig error with a
// target and a message. A config the reader accepts also reads the same with its own context named.
#include <cstdint>
#include <string>
#include <string_view>

#include "FuzzCheck.h"
#include "KubeConfig.h"

using namespace switchyard;

namespace {

void checkAccepted(const KubeConfig& config)
{
    fuzz::check(config.server.rfind("https://", 0) == 0 || config.server.rfind("http://", 0) == 0,
                "accepted a server that is not an http(s) URL: " + config.server);
    fuzz::check(!config.contextName.empty(), "accepted a config without a context name");
    fuzz::check(config.certificateAuthorityPem.empty() || config.certificateAuthorityFile.empty(),
                "accepted two certificate authorities");
    fuzz::check(!config.insecureSkipTlsVerify ||
                    (config.certificateAuthorityPem.empty() && config.certificateAuthorityFile.empty()),
                "accepted a certificate authority with insecure-skip-tls-verify");
    const bool certificate = !config.clientCertificatePem.empty() || !config.clientCertificateFile.empty();
    const bool key = !config.clientKeyPem.empty() || !config.clientKeyFile.empty();
    fuzz::check(certificate == key, "accepted a client certificate without its key or the reverse");
    fuzz::check(config.token.empty() || config.tokenFile.empty(), "kept both a token and a token file");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto config = KubeConfig::fromYaml(text, "/etc/kube");
    if (!config) {
        const auto& error = config.error();
        fuzz::check(error.code == "InvalidKubeconfig", "unexpected error code " + error.code);
        fuzz::check(error.target && !error.target->empty(), "an error without a target: " + error.message);
        fuzz::check(!error.message.empty(), "an error without a message");
        return 0;
    }
    checkAccepted(*config);
    const auto again = KubeConfig::fromYaml(text, "/etc/kube", config->contextName);
    fuzz::check(again && again->server == config->server && again->token == config->token,
                "reads differently with its own context named: " + config->contextName);
    return 0;
}
