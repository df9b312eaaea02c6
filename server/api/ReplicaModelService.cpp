#include "ReplicaModelService.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "Names.h"

namespace switchyard::server {
namespace {

// The whole file, when it is exactly `size` bytes (the size the registry recorded at upload).
std::string readExactly(const std::string& path, std::uint64_t size)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    struct stat info
    {};
    if (::fstat(fd, &info) != 0 || static_cast<std::uint64_t>(info.st_size) != size) {
        ::close(fd);
        throw std::runtime_error(path + " is not the size the registry recorded");
    }
    std::string bytes(size, '\0');
    std::size_t done = 0;
    while (done < size) {
        const auto n = ::read(fd, bytes.data() + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            throw std::runtime_error("cannot read " + path);
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return bytes;
}

} // namespace

Result<std::string> ReplicaModelService::modelFor(const ModelGrant& grant)
{
    const auto gone = [&](const std::string& why) {
        return Error::notFound("No model for " + grant.endpoint + "/" + grant.version + ": " + why);
    };
    auto state = EndpointState::load(m_ctx.store, grant.endpoint);
    if (!state)
        return gone("the endpoint does not exist.");
    const VersionRecord* version = state->find(grant.version);
    if (!version)
        return gone("the version does not exist.");
    const auto ref = parseModelRef(version->spec.model);
    if (!ref)
        return gone("the version has no model.");
    const auto model = m_ctx.store.findModel(ref->name, ref->version);
    if (!model || model->sha256 != grant.modelSha256)
        return gone("its model changed since the credential was issued.");
    // Uploads are bounded by the same limit; a larger file here was not written by this server.
    if (model->sizeBytes <= 0 || static_cast<std::uint64_t>(model->sizeBytes) > m_maxModelBytes)
        return Error::internal("The model file's size is out of bounds.");
    return readExactly(m_ctx.models.pathForSha(model->sha256), static_cast<std::uint64_t>(model->sizeBytes));
}

} // namespace switchyard::server
