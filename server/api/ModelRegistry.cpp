#include "ModelRegistry.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

#include "Clock.h"
#include "Crypto.h"
#include "Database.h"

namespace switchyard::server {
namespace {

void fsyncPath(const std::string& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        throw std::runtime_error("cannot fsync " + path + ": " + std::strerror(errno));
}

} // namespace

ModelRegistry::ModelRegistry(Store& store, EventLog& events, std::string dataDir)
    : m_store(store), m_events(events), m_dir(std::move(dataDir) + "/models")
{
    std::filesystem::create_directories(m_dir);
}

std::string ModelRegistry::pathForSha(const std::string& sha256) const
{
    return m_dir + "/" + sha256;
}

void ModelRegistry::writeDurably(const std::string& sha256, const std::string& bytes)
{
    const std::string target = pathForSha(sha256);
    const std::string temp = m_dir + "/.upload-" + Crypto::randomToken(12);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot create " + temp + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            if (error == ENOSPC || error == EDQUOT)
                throw DiskFullError("cannot write " + temp + ": " + std::strerror(error));
            throw std::runtime_error("cannot write " + temp + ": " + std::strerror(error));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        if (error == ENOSPC || error == EDQUOT)
            throw DiskFullError("cannot fsync " + temp + ": " + std::strerror(error));
        throw std::runtime_error("cannot fsync " + temp);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        ::unlink(temp.c_str());
        throw std::runtime_error("cannot rename " + temp + ": " + std::strerror(errno));
    }
    // The rename is durable only once the directory is.
    fsyncPath(m_dir, O_RDONLY | O_DIRECTORY);
}

Result<nlohmann::json> ModelRegistry::upload(const std::string& name, const std::string& bytes)
{
    if (auto valid = validateModelName(name, "name"); !valid)
        return valid.error();
    if (bytes.empty())
        return Error::badRequest("EmptyModel", "The model file is empty.", "body");
    ModelRecord model;
    model.name = name;
    model.sha256 = Crypto::sha256Hex(bytes);
    model.sizeBytes = static_cast<std::int64_t>(bytes.size());
    model.createdAt = Clock::nowRfc3339();
    // Content-addressed: identical bytes are one file, written once.
    writeDurably(model.sha256, bytes);
    Transaction tx(m_store.db());
    model.version = m_store.nextModelVersion(name);
    m_store.insertModel(model);
    m_events.append({0,
                     {},
                     {},
                     {},
                     "ModelRegistered",
                     {{"name", name},
                      {"version", model.version},
                      {"sha256", model.sha256},
                      {"size_bytes", model.sizeBytes}}});
    tx.commit();
    m_events.committed();
    return toJson(model);
}

nlohmann::json ModelRegistry::list()
{
    nlohmann::json models = nlohmann::json::array();
    for (const auto& m : m_store.listModels())
        models.push_back(toJson(m));
    return {{"models", models}};
}

bool ModelRegistry::has(const ModelRef& ref)
{
    return m_store.findModel(ref.name, ref.version).has_value();
}

std::optional<std::string> ModelRegistry::pathFor(const ModelRef& ref)
{
    const auto model = m_store.findModel(ref.name, ref.version);
    if (!model)
        return std::nullopt;
    return std::filesystem::absolute(pathForSha(model->sha256)).string();
}

nlohmann::json ModelRegistry::toJson(const ModelRecord& m)
{
    return {{"name", m.name},
            {"version", m.version},
            {"sha256", m.sha256},
            {"size_bytes", m.sizeBytes},
            {"created_at", m.createdAt}};
}

} // namespace switchyard::server
