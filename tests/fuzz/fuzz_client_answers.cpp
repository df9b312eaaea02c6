// The client's readers of server answers: a body as an HTTP 2xx answer through ResponseReader::readJson
// into every core/api type the client reads (ClusterInfo, ModelInfo and its list, EndpointInfo,
// EndpointSummary and its list, VersionInfo, KeySet, AccessToken, EventRecord, EventPage, MetricsSeries,
// MetricsPage), and the same body as an error answer (ResponseReader::httpError, describe). An accepted
// answer writes JSON that reads back to the same JSON.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "FuzzCheck.h"
#include "ResponseReader.h"
#include "api/AccessToken.h"
#include "api/ClusterInfo.h"
#include "api/EndpointInfo.h"
#include "api/EndpointSummary.h"
#include "api/EventPage.h"
#include "api/EventRecord.h"
#include "api/KeySet.h"
#include "api/MetricsPage.h"
#include "api/MetricsSeries.h"
#include "api/ModelInfo.h"
#include "api/VersionInfo.h"

using namespace switchyard;
using client::ResponseReader;

namespace {

// A server's answer read by `fromJson`; when accepted, `toJson` of it reads back to the same JSON.
template <class T, class FromJson, class ToJson>
void readAnswer(const client::HttpResponse& response, FromJson fromJson, ToJson toJson, const char* what)
{
    auto result = ResponseReader::readJson<T>(response, fromJson);
    if (!result) {
        fuzz::check(!result.error().code.empty(), std::string(what) + ": an error without a code");
        (void)client::describe(result);
        return;
    }
    const nlohmann::json written = toJson(*result);
    const std::string text = fuzz::dumpStrict(written, what);
    auto again = fromJson(nlohmann::json::parse(text));
    if (!again)
        fuzz::fail(std::string(what) + ": refuses its own toJson() (" + again.error().message + "): " + text);
    fuzz::check(toJson(*again) == written, std::string(what) + ": toJson() changes on a second round: " +
                                               text + " then " + toJson(*again).dump());
}

template <class T>
void readAnswer(const client::HttpResponse& response, const char* what)
{
    readAnswer<T>(
        response, [](const nlohmann::json& j) { return T::fromJson(j); },
        [](const T& value) { return value.toJson(); }, what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    client::HttpResponse response;
    response.status = 200;
    response.body.assign(reinterpret_cast<const char*>(data), size);

    readAnswer<ClusterInfo>(response, "ClusterInfo");
    readAnswer<ModelInfo>(response, "ModelInfo");
    readAnswer<std::vector<ModelInfo>>(response, ModelInfo::listFromJson, ModelInfo::listToJson,
                                       "ModelInfo list");
    readAnswer<EndpointInfo>(response, "EndpointInfo");
    readAnswer<EndpointSummary>(response, "EndpointSummary");
    readAnswer<std::vector<EndpointSummary>>(response, EndpointSummary::listFromJson,
                                             EndpointSummary::listToJson, "EndpointSummary list");
    readAnswer<VersionInfo>(response, "VersionInfo");
    readAnswer<KeySet>(response, "KeySet");
    readAnswer<AccessToken>(response, "AccessToken");
    readAnswer<EventRecord>(response, "EventRecord");
    readAnswer<EventPage>(response, "EventPage");
    readAnswer<MetricsSeries>(response, "MetricsSeries");
    readAnswer<MetricsPage>(response, "MetricsPage");
    readAnswer<MetricsPage::Event>(response, "MetricsPage::Event");

    // The same body as an error answer, and as a text the console shows.
    for (const int status : {400, 404, 409, 500, 503}) {
        response.status = status;
        const Error error = ResponseReader::httpError(response);
        fuzz::check(!error.code.empty() && !error.message.empty(),
                    "httpError: an error without code or message");
        const std::string line = client::describe(error, status);
        fuzz::check(line.find('\n') == std::string::npos && line.find('\r') == std::string::npos,
                    "describe: a line break in the one-line description");
    }
    return 0;
}
