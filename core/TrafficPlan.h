#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Result.h"
#include "TrafficRequest.h"

namespace switchyard {

// A version's part in routing: its configured percentile and whether it is the default or the control.
struct VersionRole
{
    std::string name;
    int trafficPercentile = 0;
    bool isDefault = false;
    bool isControl = false;
    bool operator==(const VersionRole&) const = default;
};

// The routing roles of one endpoint's versions and the rules that keep them consistent (rules 1–6).
// Every change either applies whole or leaves the plan exactly as it was.
class TrafficPlan
{
public:
    static constexpr int kMaxVersions = 6;

    TrafficPlan() = default;
    explicit TrafficPlan(std::vector<VersionRole> versions);

    const std::vector<VersionRole>& versions() const { return m_versions; }
    const VersionRole* find(std::string_view name) const;
    std::optional<std::string> defaultVersion() const;
    std::optional<std::string> controlVersion() const;
    int configuredSum() const;
    // Rule 3: every version gets its percentile; the default also gets the remainder. Sums to 100.
    std::map<std::string, int> effective() const;
    int effectiveFor(std::string_view name) const;

    // A new version (rules 1, 2, 4, 5); the first version always becomes the default.
    Status addVersion(const VersionRole& role);
    // PATCH of a version's percentile, default or control flag (rules 2, 4, 5).
    Status updateVersion(std::string_view name, std::optional<int> trafficPercentile,
                         std::optional<bool> isDefault, std::optional<bool> isControl);
    // PUT …/traffic (rules 2, 4, 5): unnamed versions get 0.
    Status reallocate(const TrafficRequest& request);
    // Rule 6: neither the default while others exist nor the only version.
    Status removeVersion(std::string_view name);

private:
    VersionRole* findMutable(std::string_view name);
    Status checkSum(const char* field) const;
    void makeDefault(std::string_view name);
    void makeControl(std::string_view name);

    std::vector<VersionRole> m_versions;
};

} // namespace switchyard
