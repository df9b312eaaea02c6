#include "ClusterGauges.h"

#include <charconv>
#include <optional>
#include <system_error>

namespace switchyard::client {

namespace {

using Field = double ClusterGauges::Version::*;

std::optional<Field> fieldOf(std::string_view family)
{
    static const std::pair<std::string_view, Field> kFamilies[] = {
        {"switchyard_version_replicas", &ClusterGauges::Version::replicas},
        {"switchyard_version_ready_replicas", &ClusterGauges::Version::readyReplicas},
        {"switchyard_version_busy_replicas", &ClusterGauges::Version::busyReplicas},
        {"switchyard_version_queued_requests", &ClusterGauges::Version::queuedRequests},
        {"switchyard_version_utilization_percent", &ClusterGauges::Version::utilization},
        {"switchyard_version_target_utilization_percent", &ClusterGauges::Version::targetUtilization},
        {"switchyard_version_requests_per_second", &ClusterGauges::Version::requestsPerSecond},
    };
    for (const auto& [name, field] : kFamilies)
        if (name == family)
            return field;
    return std::nullopt;
}

// The value of label `key` in `{endpoint="a",version="b"}`; names are [a-z0-9-], so no escapes occur.
std::optional<std::string> label(std::string_view labels, std::string_view key)
{
    const std::string needle = std::string(key) + "=\"";
    const auto at = labels.find(needle);
    if (at == std::string_view::npos)
        return std::nullopt;
    const auto start = at + needle.size();
    const auto end = labels.find('"', start);
    if (end == std::string_view::npos)
        return std::nullopt;
    return std::string(labels.substr(start, end - start));
}

// The sample value after the labels ("  37.5 1700000000000" with an optional timestamp). from_chars, not
// strtod: strtod follows the C locale, which the console sets from the environment, so under it_IT it
// stops at the '.' and reads 37.5 as 37. from_chars reads what an ostream writes in the "C" locale
// ("nan", "inf", "1e+06") whatever the locale; it takes no leading '+', which Prometheus allows ("+Inf").
std::optional<double> parseSample(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data())
        return std::nullopt;
    return value;
}

} // namespace

ClusterGauges ClusterGauges::fromPrometheusText(std::string_view text)
{
    ClusterGauges gauges;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (line.empty() || line.front() == '#')
            continue;
        const auto brace = line.find('{');
        const auto close = line.find('}');
        if (brace == std::string_view::npos || close == std::string_view::npos || close < brace)
            continue;
        const auto field = fieldOf(line.substr(0, brace));
        if (!field)
            continue;
        const auto labels = line.substr(brace, close - brace + 1);
        const auto endpoint = label(labels, "endpoint");
        const auto version = label(labels, "version");
        if (!endpoint || !version)
            continue;
        const auto value = parseSample(line.substr(close + 1));
        if (!value)
            continue;
        gauges.m_endpoints[*endpoint][*version].*(*field) = *value;
    }
    return gauges;
}

const ClusterGauges::Endpoint* ClusterGauges::endpoint(const std::string& name) const
{
    const auto it = m_endpoints.find(name);
    return it == m_endpoints.end() ? nullptr : &it->second;
}

} // namespace switchyard::client
