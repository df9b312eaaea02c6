#include "ModelFetch.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <thread>

#include <curl/curl.h>
#include <openssl/evp.h>

namespace switchyard::replica {
namespace {

struct Download
{
    std::string body;
    std::uint64_t limit = 0;
    bool tooLarge = false;
};

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto& download = *static_cast<Download*>(user);
    const std::size_t n = size * count;
    // The size announced may be absent or false: the bound holds for the bytes that arrive.
    if (download.body.size() + n > download.limit) {
        download.tooLarge = true;
        return 0; // curl ends the transfer with CURLE_WRITE_ERROR
    }
    download.body.append(data, n);
    return n;
}

struct Attempt
{
    Result<std::string> outcome;
    bool retry = false;
};

Attempt attemptOnce(const ModelFetchSettings& settings)
{
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> easy(curl_easy_init(), curl_easy_cleanup);
    if (!easy)
        return {Error::internal("cannot start libcurl"), false};
    const std::string authorization = "Authorization: Bearer " + settings.token;
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(
        curl_slist_append(nullptr, authorization.c_str()), curl_slist_free_all);
    Download download;
    download.limit = settings.maxBytes;
    char errorText[CURL_ERROR_SIZE] = {};
    CURL* c = easy.get();
    curl_easy_setopt(c, CURLOPT_URL, settings.url.c_str());
    curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!settings.caFile.empty())
        curl_easy_setopt(c, CURLOPT_CAINFO, settings.caFile.c_str());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings.connectTimeout.count()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(settings.totalTimeout.count()));
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(settings.maxBytes));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &download);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode rc = curl_easy_perform(c);
    if (download.tooLarge || rc == CURLE_FILESIZE_EXCEEDED)
        return {Error::badRequest("ModelTooLarge",
                                  "the model is larger than " + std::to_string(settings.maxBytes) + " bytes"),
                false};
    if (rc != CURLE_OK) {
        // No answer at all: the server may be restarting, or its address not resolvable yet.
        const std::string why = errorText[0] ? errorText : curl_easy_strerror(rc);
        const bool tlsFailure = rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CACERT_BADFILE ||
                                rc == CURLE_SSL_CERTPROBLEM || rc == CURLE_UNSUPPORTED_PROTOCOL ||
                                rc == CURLE_URL_MALFORMAT;
        return {Error::internal(why), !tlsFailure};
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (status == 200)
        return {std::move(download.body), false};
    const std::string message = "the server answered HTTP " + std::to_string(status);
    return {Error::internal(message), status >= 500 || status == 429};
}

} // namespace

Result<std::string> ModelFetch::fetch(const ModelFetchSettings& settings, std::ostream& log)
{
    static const CURLcode global = curl_global_init(CURL_GLOBAL_DEFAULT);
    if (global != CURLE_OK)
        return Error::internal("cannot initialise libcurl");
    auto backoff = settings.firstBackoff;
    for (int attempt = 1;; ++attempt) {
        auto result = attemptOnce(settings);
        if (result.outcome) {
            if (auto ok = checkSha256(*result.outcome, settings.sha256); !ok)
                return ok.error();
            return std::move(result.outcome).value();
        }
        if (!result.retry || attempt >= std::max(1, settings.attempts))
            return Error::internal("cannot fetch the model from " + settings.url + ": " +
                                   result.outcome.error().message);
        log << "switchyard-replica: fetching the model from " << settings.url << " failed ("
            << result.outcome.error().message << "); attempt " << attempt + 1 << " of " << settings.attempts
            << " in " << backoff.count() << " ms" << std::endl;
        std::this_thread::sleep_for(backoff);
        backoff = std::min(backoff * 2, std::chrono::milliseconds(8000));
    }
}

std::string ModelFetch::sha256Hex(std::string_view bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 0xf]);
    }
    return hex;
}

Status ModelFetch::checkSha256(std::string_view bytes, const std::string& expectedHex)
{
    if (expectedHex.empty())
        return {};
    std::string expected = expectedHex;
    std::transform(expected.begin(), expected.end(), expected.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    const std::string actual = sha256Hex(bytes);
    if (actual != expected)
        return Error::badRequest("ModelDigestMismatch", "the model's SHA-256 is " + actual +
                                                            ", not SWITCHYARD_MODEL_SHA256 " + expectedHex);
    return {};
}

} // namespace switchyard::replica
