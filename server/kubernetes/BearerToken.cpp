#include "BearerToken.h"

#include <fstream>
#include <system_error>

namespace switchyard {
namespace {

// A service-account token is about a kilobyte; a larger file is not a token.
constexpr std::size_t kMaxTokenBytes = 64 * 1024;

bool readToken(const std::string& path, std::string& token)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::string text(kMaxTokenBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxTokenBytes)
        return false;
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (!text.empty() && isSpace(text.back()))
        text.pop_back();
    std::size_t start = 0;
    while (start < text.size() && isSpace(text[start]))
        ++start;
    if (start == text.size())
        return false;
    token = text.substr(start);
    return true;
}

} // namespace

BearerToken::BearerToken(std::string token, std::string file, std::chrono::milliseconds recheck)
    : m_token(std::move(token)), m_file(std::move(file)), m_recheck(recheck)
{}

std::string BearerToken::current()
{
    std::lock_guard lock(m_mutex);
    if (!m_file.empty())
        reload();
    return m_token;
}

void BearerToken::reload()
{
    const auto now = std::chrono::steady_clock::now();
    if (m_checked && now - m_lastCheck < m_recheck)
        return;
    m_lastCheck = now;
    std::error_code error;
    const auto modified = std::filesystem::last_write_time(m_file, error);
    if (error)
        return; // keep the last token; the next check looks again
    if (m_checked && modified == m_modified)
        return;
    std::string token;
    if (!readToken(m_file, token))
        return;
    m_token = std::move(token);
    m_modified = modified;
    m_checked = true;
}

} // namespace switchyard
