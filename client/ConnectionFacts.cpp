#include "ConnectionFacts.h"

#include <cstdlib>

#include "ResponseReader.h"

namespace switchyard::client {
namespace {

std::string urlPart(const std::string& url, CURLUPart part)
{
    std::string out;
    CURLU* parsed = curl_url();
    char* value = nullptr;
    if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
        curl_url_get(parsed, part, &value, part == CURLUPART_PORT ? CURLU_DEFAULT_PORT : 0) == CURLUE_OK)
        out = value;
    curl_free(value);
    curl_url_cleanup(parsed);
    return out;
}

// "CN = 127.0.0.1" (or "CN=…") out of an OpenSSL subject line; the whole line when it has none.
std::string commonName(const std::string& subject)
{
    auto at = subject.find("CN = ");
    std::size_t skip = 5;
    if (at == std::string::npos) {
        at = subject.find("CN=");
        skip = 3;
    }
    if (at == std::string::npos)
        return subject;
    const auto end = subject.find_first_of(",/", at + skip);
    return subject.substr(at + skip, end == std::string::npos ? std::string::npos : end - at - skip);
}

void readCertificate(CURL* easy, ConnectionReport& report)
{
    curl_certinfo* chain = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_CERTINFO, &chain) != CURLE_OK || !chain || chain->num_of_certs < 1)
        return;
    for (curl_slist* field = chain->certinfo[0]; field; field = field->next) {
        const std::string line = field->data;
        const auto value = [&](const char* name) {
            const std::string prefix = std::string(name) + ":";
            return line.rfind(prefix, 0) == 0 ? line.substr(prefix.size()) : std::string();
        };
        if (auto s = value("Subject"); !s.empty())
            report.certSubject = commonName(s);
        else if (auto i = value("Issuer"); !i.empty())
            report.certIssuer = commonName(i);
        else if (auto e = value("Expire date"); !e.empty())
            report.certExpiry = e;
    }
}

} // namespace

ConnectionReport ConnectionFacts::read(CURL* easy, const std::string& url, int curlCode,
                                       const std::string& error)
{
    ConnectionReport report;
    report.host = urlPart(url, CURLUPART_HOST);
    report.port = std::atol(urlPart(url, CURLUPART_PORT).c_str());
    report.tls = urlPart(url, CURLUPART_SCHEME) == "https";
    char* address = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_PRIMARY_IP, &address) == CURLE_OK && address)
        report.address = address;
    curl_off_t connected = 0;
    curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connected);
    if (curlCode == CURLE_OK) {
        if (report.tls)
            readCertificate(easy, report);
        return report;
    }
    report.error = error;
    report.timedOut = curlCode == CURLE_OPERATION_TIMEDOUT;
    switch (curlCode) {
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_COULDNT_RESOLVE_HOST:
        report.failedAt = ConnectionReport::Stage::Resolve;
        break;
    default:
        // A TLS failure (classified as every call's is); otherwise timed out or cut before the TCP
        // connection stood (the connect failed) or after it (TLS did).
        report.failedAt =
            ResponseReader::transportCode(curlCode) == "TlsError" || (connected > 0 && report.tls)
                ? ConnectionReport::Stage::Tls
                : ConnectionReport::Stage::Connect;
        break;
    }
    return report;
}

} // namespace switchyard::client
