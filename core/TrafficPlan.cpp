#include "TrafficPlan.h"

#include <algorithm>
#include <numeric>

namespace switchyard {
namespace {

Error unknownVersion(std::string_view name, std::string target)
{
    return Error::badRequest("UnknownVersion", "The endpoint has no version '" + std::string(name) + "'.",
                             std::move(target));
}

Status checkPercentile(int percent, std::string target)
{
    if (percent < 0 || percent > 100)
        return Error::badRequest("InvalidValue",
                                 target + " must be between 0 and 100, not " + std::to_string(percent) + ".",
                                 std::move(target));
    return {};
}

} // namespace

TrafficPlan::TrafficPlan(std::vector<VersionRole> versions) : m_versions(std::move(versions)) {}

const VersionRole* TrafficPlan::find(std::string_view name) const
{
    const auto it =
        std::find_if(m_versions.begin(), m_versions.end(), [&](const auto& v) { return v.name == name; });
    return it == m_versions.end() ? nullptr : &*it;
}

VersionRole* TrafficPlan::findMutable(std::string_view name)
{
    return const_cast<VersionRole*>(find(name));
}

std::optional<std::string> TrafficPlan::defaultVersion() const
{
    for (const auto& v : m_versions)
        if (v.isDefault)
            return v.name;
    return std::nullopt;
}

std::optional<std::string> TrafficPlan::controlVersion() const
{
    for (const auto& v : m_versions)
        if (v.isControl)
            return v.name;
    return std::nullopt;
}

int TrafficPlan::configuredSum() const
{
    return std::accumulate(m_versions.begin(), m_versions.end(), 0,
                           [](int sum, const auto& v) { return sum + v.trafficPercentile; });
}

std::map<std::string, int> TrafficPlan::effective() const
{
    std::map<std::string, int> split;
    const int remainder = std::max(0, 100 - configuredSum());
    for (const auto& v : m_versions)
        split[v.name] = v.trafficPercentile + (v.isDefault ? remainder : 0);
    return split;
}

int TrafficPlan::effectiveFor(std::string_view name) const
{
    const auto split = effective();
    const auto it = split.find(std::string(name));
    return it == split.end() ? 0 : it->second;
}

Status TrafficPlan::checkSum(const char* field) const
{
    const int sum = configuredSum();
    if (sum <= 100)
        return {};
    return Error::badRequest("TrafficLimitExceeded",
                             "The traffic percentiles of the endpoint's versions would add up to " +
                                 std::to_string(sum) + "; they may add up to 100 at most.",
                             std::string(field));
}

void TrafficPlan::makeDefault(std::string_view name)
{
    for (auto& v : m_versions)
        v.isDefault = v.name == name;
}

void TrafficPlan::makeControl(std::string_view name)
{
    for (auto& v : m_versions)
        v.isControl = v.name == name;
}

Status TrafficPlan::addVersion(const VersionRole& role)
{
    if (find(role.name))
        return Error::conflict("AlreadyExists", "The endpoint already has a version '" + role.name + "'.",
                               "version_name");
    if (static_cast<int>(m_versions.size()) >= kMaxVersions)
        return Error::conflict("VersionLimitReached",
                               "An endpoint can have at most " + std::to_string(kMaxVersions) +
                                   " versions; delete one first.",
                               "version_name");
    if (auto status = checkPercentile(role.trafficPercentile, "traffic_percentile"); !status)
        return status;
    TrafficPlan next = *this;
    next.m_versions.push_back({role.name, role.trafficPercentile, false, false});
    if (role.isDefault || m_versions.empty())
        next.makeDefault(role.name);
    if (role.isControl)
        next.makeControl(role.name);
    if (auto status = next.checkSum("traffic_percentile"); !status)
        return status;
    *this = std::move(next);
    return {};
}

Status TrafficPlan::updateVersion(std::string_view name, std::optional<int> trafficPercentile,
                                  std::optional<bool> isDefault, std::optional<bool> isControl)
{
    if (!find(name))
        return Error::notFound("The endpoint has no version '" + std::string(name) + "'.");
    TrafficPlan next = *this;
    VersionRole& role = *next.findMutable(name);
    if (trafficPercentile) {
        if (auto status = checkPercentile(*trafficPercentile, "traffic_percentile"); !status)
            return status;
        role.trafficPercentile = *trafficPercentile;
    }
    if (isDefault) {
        if (*isDefault)
            next.makeDefault(name);
        else if (role.isDefault)
            return Error::badRequest("DefaultRequired",
                                     "'" + std::string(name) +
                                         "' is the default version; make another version the default first.",
                                     "is_default");
    }
    if (isControl) {
        if (*isControl)
            next.makeControl(name);
        else
            role.isControl = false;
    }
    if (auto status = next.checkSum("traffic_percentile"); !status)
        return status;
    *this = std::move(next);
    return {};
}

Status TrafficPlan::reallocate(const TrafficRequest& request)
{
    TrafficPlan next = *this;
    for (auto& v : next.m_versions)
        v.trafficPercentile = 0;
    for (const auto& [name, percent] : request.traffic) {
        VersionRole* role = next.findMutable(name);
        if (!role)
            return unknownVersion(name, "traffic." + name);
        if (auto status = checkPercentile(percent, "traffic." + name); !status)
            return status;
        role->trafficPercentile = percent;
    }
    if (request.defaultVersion) {
        if (!next.find(*request.defaultVersion))
            return unknownVersion(*request.defaultVersion, "default_version");
        next.makeDefault(*request.defaultVersion);
    }
    if (request.controlVersion) {
        if (!*request.controlVersion)
            next.makeControl("");
        else if (!next.find(**request.controlVersion))
            return unknownVersion(**request.controlVersion, "control_version");
        else
            next.makeControl(**request.controlVersion);
    }
    if (auto status = next.checkSum("traffic"); !status)
        return status;
    *this = std::move(next);
    return {};
}

Status TrafficPlan::removeVersion(std::string_view name)
{
    const VersionRole* role = find(name);
    if (!role)
        return Error::notFound("The endpoint has no version '" + std::string(name) + "'.");
    if (m_versions.size() == 1)
        return Error::conflict("CannotDeleteOnlyVersion",
                               "'" + std::string(name) +
                                   "' is the endpoint's only version; delete the endpoint instead.");
    if (role->isDefault)
        return Error::conflict("CannotDeleteDefault",
                               "'" + std::string(name) +
                                   "' is the default version; make another version the default first.");
    std::erase_if(m_versions, [&](const auto& v) { return v.name == name; });
    return {};
}

} // namespace switchyard
