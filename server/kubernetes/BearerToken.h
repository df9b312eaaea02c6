#pragma once

#include <chrono>
#include <filesystem>
#include <mutex>
#include <string>

namespace switchyard {

// The bearer token sent to the API server: given inline, or read from a file that is read again when its
// modification time changes, because Kubernetes rotates a pod's projected service-account token (about
// hourly) while the server runs. The file's time is looked at most once per `recheck`, so a busy client
// does not stat it for every request. Thread-safe. The token is never logged.
class BearerToken
{
public:
    BearerToken(std::string token, std::string file, std::chrono::milliseconds recheck);

    // The token to send now; empty for none. A file that cannot be read keeps the last token read, as a
    // rotation replaces the file and a request in that instant should still go out.
    std::string current();

private:
    void reload();

    std::mutex m_mutex;
    std::string m_token;
    const std::string m_file;
    const std::chrono::milliseconds m_recheck;
    std::chrono::steady_clock::time_point m_lastCheck;
    std::filesystem::file_time_type m_modified;
    bool m_checked = false;
};

} // namespace switchyard
