#include "LocalProcessBackend.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/steady_timer.hpp>

#include "BackgroundWriter.h"
#include "LogBuffer.h"

extern char** environ;

namespace switchyard::server {

namespace asio = boost::asio;

struct LocalProcessBackend::Child
{
    explicit Child(asio::io_context& io) : output(io), exitWatch(io), timer(io), killTimer(io) {}

    ReplicaInfo info;
    std::function<void(const std::string&)> onExit;
    std::shared_ptr<LogBuffer> log;
    asio::posix::stream_descriptor output;
    asio::posix::stream_descriptor exitWatch; // a pidfd, readable once the process has exited
    asio::steady_timer timer;                 // the waitpid poll where there is no pidfd
    asio::steady_timer killTimer;             // SIGKILL when a graceful stop takes too long
    std::array<char, 4096> chunk{};
    std::string partial;
    bool exited = false;
};

namespace {

constexpr auto kGracefulStop = std::chrono::seconds(3);

unsigned short freeLoopbackPort()
{
    asio::io_context io;
    asio::ip::tcp::acceptor acceptor(io);
    acceptor.open(asio::ip::tcp::v4());
    acceptor.bind({asio::ip::make_address("127.0.0.1"), 0});
    return acceptor.local_endpoint().port();
}

std::string describeStatus(int status)
{
    if (WIFEXITED(status))
        return "exited with code " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return std::string("killed by signal ") + std::to_string(WTERMSIG(status)) + " (" +
               strsignal(WTERMSIG(status)) + ")";
    return "ended with status " + std::to_string(status);
}

int openPidfd(pid_t pid)
{
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
    (void)pid;
    return -1;
#endif
}

} // namespace

LocalProcessBackend::LocalProcessBackend(asio::io_context& io, std::string dataDir,
                                         std::shared_ptr<BackgroundWriter> writer)
    : m_io(io), m_dataDir(std::move(dataDir)), m_writer(std::move(writer)),
      m_registry(m_dataDir.empty() ? std::string() : m_dataDir + "/replicas.pids")
{
    m_leftoversReaped = m_registry.reapLeftovers();
}

LocalProcessBackend::~LocalProcessBackend()
{
    stopAll();
}

std::shared_ptr<LogBuffer> LocalProcessBackend::logBufferLocked(const std::string& group) const
{
    auto& buffer = m_logs[group];
    if (!buffer) {
        const std::string path = m_dataDir.empty() ? std::string() : m_dataDir + "/logs/" + group + ".log";
        buffer = std::make_shared<LogBuffer>(path, m_writer);
    }
    return buffer;
}

std::shared_ptr<LogBuffer> LocalProcessBackend::logBuffer(const std::string& group) const
{
    std::lock_guard lock(m_mutex);
    return logBufferLocked(group);
}

Result<ReplicaInfo> LocalProcessBackend::start(const ReplicaLaunch& launch)
{
    if (launch.argv.empty())
        return Error::badRequest("InvalidCommand", "The replica has no command to run.");
    auto log = logBuffer(launch.group);
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return Error::internal("The data plane is stopping.");
    }

    const unsigned short port = freeLoopbackPort();
    std::map<std::string, std::string> env;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry(*e);
        const auto eq = entry.find('=');
        if (eq != std::string::npos)
            env[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    for (const auto& [k, v] : launch.env)
        env[k] = v;
    env["PORT"] = std::to_string(port);
    // A replica listens on every interface unless told otherwise; local ones stay on loopback, where the
    // port was picked. And each one ends with the server (switchyard-replica's parent watch).
    env["SWITCHYARD_LISTEN_HOST"] = "127.0.0.1";
    env["SWITCHYARD_PARENT_WATCH"] = "1";
    std::vector<std::string> envStrings;
    for (const auto& [k, v] : env)
        envStrings.push_back(k + "=" + v);
    std::vector<char*> envp;
    for (auto& s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = launch.argv;
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return Error::internal(std::string("Cannot create a pipe: ") + std::strerror(errno));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    // The server's own sockets (its listener above all) must not leak into replicas.
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // Own process group, so that stop() reaches the replica's children too; default signal handling.
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attr, 0);
    sigset_t mask;
    sigemptyset(&mask);
    posix_spawnattr_setsigmask(&attr, &mask);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGUSR1, SIGUSR2})
        sigaddset(&defaults, s);
    posix_spawnattr_setsigdefault(&attr, &defaults);

    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        return Error::internal("Cannot start " + launch.argv[0] + ": " + std::strerror(rc));
    }

    m_registry.add(static_cast<int>(pid));
    auto child = std::make_shared<Child>(m_io);
    child->info = {launch.replicaId, launch.group, "127.0.0.1", port, static_cast<int>(pid)};
    child->onExit = launch.onExit;
    child->log = log;
    child->output.assign(fds[0]);
    {
        std::lock_guard lock(m_mutex);
        m_children[launch.replicaId] = child;
    }
    readOutput(child);
    watchExit(child);
    return child->info;
}

void LocalProcessBackend::readOutput(const std::shared_ptr<Child>& child)
{
    child->output.async_read_some(asio::buffer(child->chunk), [this, self = shared_from_this(), child](
                                                                  boost::system::error_code ec, size_t n) {
        if (n > 0) {
            child->partial.append(child->chunk.data(), n);
            size_t start = 0;
            for (size_t nl; (nl = child->partial.find('\n', start)) != std::string::npos; start = nl + 1) {
                std::string_view line(child->partial.data() + start, nl - start);
                if (!line.empty() && line.back() == '\r')
                    line.remove_suffix(1);
                child->log->append(child->info.id, line);
            }
            child->partial.erase(0, start);
            // A line without an end must not grow without bound.
            if (child->partial.size() > LogBuffer::kMaxLineBytes) {
                child->log->append(child->info.id, child->partial);
                child->partial.clear();
            }
        }
        if (ec) {
            if (!child->partial.empty())
                child->log->append(child->info.id, child->partial);
            child->partial.clear();
            boost::system::error_code ignored;
            child->output.close(ignored);
            return;
        }
        readOutput(child);
    });
}

void LocalProcessBackend::watchExit(const std::shared_ptr<Child>& child)
{
    const pid_t pid = child->info.pid;
    const int pidfd = child->exitWatch.is_open() ? -1 : openPidfd(pid);
    if (pidfd >= 0)
        child->exitWatch.assign(pidfd);
    if (child->exitWatch.is_open()) {
        child->exitWatch.async_wait(asio::posix::descriptor_base::wait_read,
                                    [this, self = shared_from_this(), child](boost::system::error_code ec) {
                                        if (ec == asio::error::operation_aborted)
                                            return;
                                        int status = 0;
                                        const pid_t r = ::waitpid(child->info.pid, &status, WNOHANG);
                                        if (r == child->info.pid)
                                            onExited(child, status);
                                        else if (r < 0)
                                            onExited(child, 0);
                                        else
                                            watchExit(child); // spurious wake-up
                                    });
        return;
    }
    // No pidfd (old kernel): poll waitpid without blocking.
    child->timer.expires_after(std::chrono::milliseconds(200));
    child->timer.async_wait([this, self = shared_from_this(), child](boost::system::error_code ec) {
        if (ec == asio::error::operation_aborted && child->exited)
            return;
        int status = 0;
        const pid_t r = ::waitpid(child->info.pid, &status, WNOHANG);
        if (r == child->info.pid || r < 0)
            onExited(child, status);
        else
            watchExit(child);
    });
}

void LocalProcessBackend::onExited(const std::shared_ptr<Child>& child, int status)
{
    std::function<void(const std::string&)> onExit;
    {
        std::lock_guard lock(m_mutex);
        if (child->exited)
            return;
        child->exited = true;
        child->killTimer.cancel();
        auto it = m_children.find(child->info.id);
        if (it != m_children.end() && it->second == child)
            m_children.erase(it);
        onExit = std::move(child->onExit);
    }
    boost::system::error_code ignored;
    child->timer.cancel();
    child->exitWatch.close(ignored);
    // Anything the process group's leftovers still hold open: end them with the replica.
    ::kill(-child->info.pid, SIGKILL);
    m_registry.remove(child->info.pid);
    const std::string description = describeStatus(status);
    child->log->append("supervisor", "replica " + child->info.id + " (pid " +
                                         std::to_string(child->info.pid) + ") " + description);
    if (onExit)
        onExit(description);
}

void LocalProcessBackend::stop(const std::string& replicaId)
{
    std::shared_ptr<Child> child;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_children.find(replicaId);
        if (it == m_children.end())
            return;
        child = it->second;
    }
    std::lock_guard lock(m_mutex);
    if (child->exited)
        return;
    ::kill(-child->info.pid, SIGTERM);
    child->killTimer.expires_after(kGracefulStop);
    child->killTimer.async_wait([self = shared_from_this(), child](boost::system::error_code ec) {
        std::lock_guard lock(self->m_mutex);
        if (!ec && !child->exited)
            ::kill(-child->info.pid, SIGKILL);
    });
}

std::vector<ReplicaInfo> LocalProcessBackend::list(const std::string& group) const
{
    std::lock_guard lock(m_mutex);
    std::vector<ReplicaInfo> out;
    for (const auto& [id, child] : m_children)
        if (group.empty() || child->info.group == group)
            out.push_back(child->info);
    return out;
}

std::string LocalProcessBackend::logs(const std::string& group, int tail) const
{
    return logBuffer(group)->tail(tail);
}

void LocalProcessBackend::log(const std::string& group, const std::string& source, const std::string& line)
{
    logBuffer(group)->append(source, line);
}

void LocalProcessBackend::stopAll()
{
    std::map<std::string, std::shared_ptr<Child>> children;
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        children = m_children;
    }
    for (const auto& [id, child] : children)
        ::kill(-child->info.pid, SIGTERM);
    // Give them a moment to end cleanly, then force it; waitpid reaps them here, not on an I/O thread's
    // behalf, because stop() runs at shutdown.
    std::map<std::string, std::shared_ptr<Child>> running = children;
    for (int i = 0; i < 20 && !running.empty(); ++i) {
        std::erase_if(running, [](const auto& entry) {
            return ::waitpid(entry.second->info.pid, nullptr, WNOHANG) != 0;
        });
        if (!running.empty())
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    for (const auto& [id, child] : running) {
        ::kill(-child->info.pid, SIGKILL);
        ::waitpid(child->info.pid, nullptr, 0);
    }
    std::lock_guard lock(m_mutex);
    for (const auto& [id, child] : children) {
        child->exited = true;
        child->onExit = nullptr;
        child->killTimer.cancel();
    }
    m_children.clear();
}

} // namespace switchyard::server
