#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace switchyard::server {

// The process groups of the running replicas, kept in a file under the data dir so that a server that
// died without stopping them (kill -9, a crash, power loss of the supervisor only) can end them when it
// starts again. A `runtime: command` replica is any program: unlike switchyard-replica it cannot be
// trusted to notice its parent's death. Each entry carries the process's start time (from /proc), so a
// recycled pid is never signalled.
class ReplicaRegistry
{
public:
    // An empty path keeps nothing (a server without a data dir).
    explicit ReplicaRegistry(std::string path);

    // Kills every recorded group unless its pid now belongs to another process; answers how many groups
    // still had processes.
    int reapLeftovers();
    void add(int pid);
    void remove(int pid);

    // The start time of `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat), 0 if it is gone.
    static std::uint64_t startTimeOf(int pid);

private:
    void save();

    std::string m_path;
    std::mutex m_mutex;
    std::map<int, std::uint64_t> m_groups; // pid (= process group) → start time
};

} // namespace switchyard::server
