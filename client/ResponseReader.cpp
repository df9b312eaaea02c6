#include "ResponseReader.h"

#include <curl/curl.h>

namespace switchyard::client {

std::string ResponseReader::transportCode(int curlCode)
{
    std::string code = "TransportError";
    switch (curlCode) {
    case CURLE_COULDNT_RESOLVE_HOST:
        code = "HostNotFound"; // apart from ConnectionFailed: the fix is the URL, not the server
        break;
    case CURLE_COULDNT_CONNECT:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        code = "ConnectionFailed";
        break;
    case CURLE_OPERATION_TIMEDOUT:
        code = "Timeout";
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
        code = "TlsError";
        break;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        code = "InvalidServerUrl";
        break;
    default:
        break;
    }
    return code;
}

Error ResponseReader::transportError(const HttpResponse& response)
{
    const std::string code = transportCode(response.curlCode);
    std::string message =
        response.curlError.empty() ? std::string("no answer from the server") : response.curlError;
    if (response.attempts > 1)
        message += " (after " + std::to_string(response.attempts) + " attempts)";
    return {ErrorKind::Transport, code, message, std::nullopt};
}

Error ResponseReader::httpError(const HttpResponse& response)
{
    const auto kind = errorKindForStatus(response.status);
    auto json = nlohmann::json::parse(response.body, nullptr, false);
    Error error = Error::fromJson(json.is_discarded() ? nlohmann::json() : json, kind);
    if (error.code == "UnexpectedResponse") {
        // Not the contract's error body (a proxy, an old server): still say something readable.
        std::string text = response.body.substr(0, 200);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
            text.pop_back();
        error.code = "HttpError";
        error.message = "The server answered HTTP " + std::to_string(response.status) +
                        (text.empty() ? std::string(".") : ": " + text);
    }
    return error;
}

Error ResponseReader::unexpected(const HttpResponse& response, const std::string& why)
{
    return {ErrorKind::Internal, "UnexpectedResponse",
            "The server's answer (HTTP " + std::to_string(response.status) + ") could not be read: " + why,
            std::nullopt};
}

std::string describe(const Error& error, int httpStatus)
{
    std::string text;
    if (httpStatus > 0)
        text = std::to_string(httpStatus) + " ";
    text += error.code + ": " + error.message;
    if (error.target)
        text += " (target: " + *error.target + ")";
    for (auto& c : text) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    return text;
}

} // namespace switchyard::client
