#include "ReplicaRegistry.h"

#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace switchyard::server {

ReplicaRegistry::ReplicaRegistry(std::string path) : m_path(std::move(path)) {}

std::uint64_t ReplicaRegistry::startTimeOf(int pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!std::getline(in, stat))
        return 0;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so count from the last ')'.
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i)
        if (i == 22)
            return std::strtoull(field.c_str(), nullptr, 10);
    return 0;
}

int ReplicaRegistry::reapLeftovers()
{
    std::lock_guard lock(m_mutex);
    if (m_path.empty())
        return 0;
    int reaped = 0;
    std::ifstream in(m_path);
    long long pid = 0;
    unsigned long long started = 0;
    while (in >> pid >> started) {
        // A live leader with another start time is a recycled pid: not ours. A dead leader may have left
        // its children in the group (a shell's background jobs): the group is still ours to end.
        const auto now = startTimeOf(static_cast<int>(pid));
        if (pid <= 1 || (now != 0 && now != started))
            continue;
        if (::kill(-static_cast<pid_t>(pid), SIGKILL) == 0)
            ++reaped;
    }
    m_groups.clear();
    save();
    return reaped;
}

void ReplicaRegistry::add(int pid)
{
    std::lock_guard lock(m_mutex);
    if (m_path.empty())
        return;
    m_groups[pid] = startTimeOf(pid);
    save();
}

void ReplicaRegistry::remove(int pid)
{
    std::lock_guard lock(m_mutex);
    if (m_path.empty() || m_groups.erase(pid) == 0)
        return;
    save();
}

void ReplicaRegistry::save()
{
    // Written whole and renamed into place: a crash leaves the old list or the new one, never half.
    const std::string temp = m_path + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        for (const auto& [pid, started] : m_groups)
            out << pid << ' ' << started << '\n';
    }
    std::rename(temp.c_str(), m_path.c_str());
}

} // namespace switchyard::server
