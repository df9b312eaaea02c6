#include "TrafficEditModel.h"

#include <algorithm>

namespace switchyard::models {

TrafficPlan TrafficEditModel::planFrom(const EndpointInfo& endpoint)
{
    std::vector<VersionRole> roles;
    for (const auto& v : endpoint.versions)
        roles.push_back({v.name(), v.spec.trafficPercentile, v.spec.isDefault, v.spec.isControlVersionType});
    return TrafficPlan(std::move(roles));
}

void TrafficEditModel::setLive(const TrafficPlan& live)
{
    m_live = live;
    if (!isPending()) {
        setLiveNow();
        return;
    }
    m_liveChanged = !(m_live.versions() == m_base.versions());
}

void TrafficEditModel::setLiveNow()
{
    m_base = m_live;
    m_pending = m_live;
    m_liveChanged = false;
}

void TrafficEditModel::revert()
{
    m_pending = m_base;
    if (m_liveChanged)
        setLiveNow();
}

void TrafficEditModel::rebase()
{
    // Versions the operator touched keep the edited percentile; the others take the new live value. The
    // sum rule may then cut the edited ones, in the plan's order.
    std::vector<VersionRole> roles;
    const auto pendingDefault = m_pending.defaultVersion();
    const auto baseDefault = m_base.defaultVersion();
    for (const auto& live : m_live.versions()) {
        VersionRole role = live;
        const auto* before = m_base.find(live.name);
        const auto* edited = m_pending.find(live.name);
        if (before && edited && before->trafficPercentile != edited->trafficPercentile)
            role.trafficPercentile = edited->trafficPercentile;
        roles.push_back(role);
    }
    int used = 0;
    for (auto& role : roles) {
        role.trafficPercentile = std::clamp(role.trafficPercentile, 0, 100 - used);
        used += role.trafficPercentile;
    }
    TrafficPlan rebased(std::move(roles));
    if (pendingDefault != baseDefault && pendingDefault && rebased.find(*pendingDefault))
        (void)rebased.updateVersion(*pendingDefault, std::nullopt, true, std::nullopt);
    m_base = m_live;
    m_pending = std::move(rebased);
    m_liveChanged = false;
}

int TrafficEditModel::maximumFor(const std::string& version) const
{
    const auto* role = m_pending.find(version);
    if (!role)
        return 0;
    return 100 - (m_pending.configuredSum() - role->trafficPercentile);
}

TrafficEditModel::Edit TrafficEditModel::setPercentile(const std::string& version, int value)
{
    Edit edit;
    edit.maximum = maximumFor(version);
    const int wanted = std::clamp(value, 0, 100);
    edit.applied = std::min(wanted, edit.maximum);
    edit.limited = edit.applied < wanted;
    if (m_pending.find(version))
        (void)m_pending.updateVersion(version, edit.applied, std::nullopt, std::nullopt);
    return edit;
}

bool TrafficEditModel::setDefault(const std::string& version)
{
    return m_pending.updateVersion(version, std::nullopt, true, std::nullopt).ok();
}

bool TrafficEditModel::allToControl()
{
    const auto control = m_pending.controlVersion();
    if (!control)
        return false;
    TrafficRequest request;
    request.traffic[*control] = 100;
    return m_pending.reallocate(request).ok();
}

bool TrafficEditModel::evenSplitAmongTreatments()
{
    const auto control = m_pending.controlVersion();
    std::vector<std::string> treatments;
    for (const auto& v : m_pending.versions())
        if (!control || v.name != *control)
            treatments.push_back(v.name);
    if (treatments.empty())
        return false;
    // 100 does not always divide evenly: the first ones get the odd points so the sum is exactly 100.
    const int n = static_cast<int>(treatments.size());
    TrafficRequest request;
    for (int i = 0; i < n; ++i)
        request.traffic[treatments[static_cast<std::size_t>(i)]] = 100 / n + (i < 100 % n ? 1 : 0);
    return m_pending.reallocate(request).ok();
}

bool TrafficEditModel::canary(const std::string& version, int percent)
{
    if (!m_pending.find(version) || percent < 0 || percent > 100)
        return false;
    TrafficRequest request;
    request.traffic[version] = percent;
    return m_pending.reallocate(request).ok();
}

std::map<std::string, int> TrafficEditModel::difference() const
{
    std::map<std::string, int> diff;
    const auto before = effectiveLive();
    for (const auto& [name, share] : effectivePending()) {
        const auto it = before.find(name);
        diff[name] = share - (it == before.end() ? 0 : it->second);
    }
    return diff;
}

TrafficRequest TrafficEditModel::request() const
{
    TrafficRequest request;
    for (const auto& v : m_pending.versions())
        request.traffic[v.name] = v.trafficPercentile;
    if (m_pending.defaultVersion() != m_base.defaultVersion())
        request.defaultVersion = m_pending.defaultVersion();
    if (m_pending.controlVersion() != m_base.controlVersion())
        request.controlVersion = m_pending.controlVersion();
    return request;
}

} // namespace switchyard::models
