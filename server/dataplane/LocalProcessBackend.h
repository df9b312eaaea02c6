#pragma once

#include <map>
#include <memory>
#include <mutex>

#include <boost/asio/io_context.hpp>

#include "ReplicaBackend.h"
#include "ReplicaRegistry.h"

namespace switchyard::server {

class BackgroundWriter;
class LogBuffer;

// Replicas as local child processes: posix_spawn in their own process group on a free loopback port,
// stdout/stderr read asynchronously into the group's log, exits noticed through a pidfd (no SIGCHLD
// handler, so the host program's own child handling is left alone) and reaped with waitpid(WNOHANG).
class LocalProcessBackend final : public ReplicaBackend,
                                  public std::enable_shared_from_this<LocalProcessBackend>
{
public:
    LocalProcessBackend(boost::asio::io_context& io, std::string dataDir,
                        std::shared_ptr<BackgroundWriter> writer);
    ~LocalProcessBackend() override;

    Result<ReplicaInfo> start(const ReplicaLaunch& launch) override;
    void stop(const std::string& replicaId) override;
    std::vector<ReplicaInfo> list(const std::string& group) const override;
    std::string logs(const std::string& group, int tail) const override;
    void log(const std::string& group, const std::string& source, const std::string& line) override;
    void stopAll() override;

    std::shared_ptr<LogBuffer> logBuffer(const std::string& group) const;
    // Replicas a previous run of the server left running (it was killed) and this one ended at start.
    int leftoversReaped() const { return m_leftoversReaped; }

private:
    struct Child;
    std::shared_ptr<LogBuffer> logBufferLocked(const std::string& group) const;
    void watchExit(const std::shared_ptr<Child>& child);
    void readOutput(const std::shared_ptr<Child>& child);
    void onExited(const std::shared_ptr<Child>& child, int status);

    boost::asio::io_context& m_io;
    std::string m_dataDir;
    std::shared_ptr<BackgroundWriter> m_writer;
    mutable std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<Child>> m_children;
    mutable std::map<std::string, std::shared_ptr<LogBuffer>> m_logs;
    bool m_stopped = false;
    ReplicaRegistry m_registry;
    int m_leftoversReaped = 0;
};

} // namespace switchyard::server
