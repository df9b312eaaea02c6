#include "AdminToken.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

#include "Crypto.h"

namespace switchyard::server {

Result<std::string> AdminToken::loadOrCreate(const std::string& path)
{
    std::ifstream in(path);
    if (in) {
        std::stringstream text;
        text << in.rdbuf();
        std::string token = text.str();
        while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' '))
            token.pop_back();
        if (token.size() < 16)
            return Error::internal("The admin token in " + path + " is shorter than 16 characters.");
        return token;
    }
    const std::string token = Crypto::randomToken(32);
    // O_EXCL and mode 0600 at creation: the token is never readable by others, not even for a moment.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::internal("Cannot create the admin token file " + path + ": " + std::strerror(errno));
    const std::string line = token + "\n";
    const bool ok =
        ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return Error::internal("Cannot write the admin token file " + path + ".");
    return token;
}

} // namespace switchyard::server
