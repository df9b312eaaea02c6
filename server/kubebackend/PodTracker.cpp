#include "PodTracker.h"

#include <nlohmann/json.hpp>

namespace switchyard::server {

namespace {
std::string groupOf(const PodFacts& pod)
{
    return pod.endpoint + "/" + pod.version;
}
} // namespace

PodTracker::PodTracker(unsigned short containerPort, Notify notify)
    : m_port(containerPort), m_notify(std::move(notify))
{}

void PodTracker::replace(const std::vector<nlohmann::json>& pods)
{
    std::set<std::string> groups;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [name, pod] : m_pods)
            groups.insert(groupOf(pod));
        m_pods.clear();
        for (const auto& object : pods)
            if (auto pod = PodFacts::read(object)) {
                groups.insert(groupOf(*pod));
                m_pods[pod->name] = std::move(*pod);
            }
    }
    notifyGroups(groups);
}

void PodTracker::event(const std::string& type, const nlohmann::json& object)
{
    auto pod = PodFacts::read(object);
    if (!pod)
        return;
    const std::string group = groupOf(*pod);
    {
        std::lock_guard lock(m_mutex);
        if (type == "DELETED")
            m_pods.erase(pod->name);
        else if (type == "ADDED" || type == "MODIFIED")
            m_pods[pod->name] = std::move(*pod);
        else
            return;
    }
    notifyGroups({group});
}

std::vector<ObservedReplica> PodTracker::replicas(const std::string& group) const
{
    std::lock_guard lock(m_mutex);
    return replicasLocked(group);
}

std::vector<ObservedReplica> PodTracker::replicasLocked(const std::string& group) const
{
    std::vector<ObservedReplica> out;
    for (const auto& [name, pod] : m_pods)
        if (groupOf(pod) == group)
            out.push_back({pod.name, pod.ip, pod.ip.empty() ? static_cast<unsigned short>(0) : m_port,
                           pod.ready, pod.terminating, pod.problem, pod.restarts, pod.startedAtUnixMs});
    return out;
}

std::vector<std::string> PodTracker::podNames(const std::string& group) const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> names;
    for (const auto& [name, pod] : m_pods)
        if (groupOf(pod) == group)
            names.push_back(name);
    return names;
}

void PodTracker::notifyGroups(const std::set<std::string>& groups)
{
    for (const auto& group : groups)
        m_notify(group, replicas(group));
}

} // namespace switchyard::server
