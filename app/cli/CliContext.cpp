#include "CliContext.h"

#include <fstream>
#include <sstream>

namespace switchyard::cli {

CliContext::CliContext(CliArgs args, client::ClientOptions options, bool json)
    : m_args(std::move(args)), m_json(json),
      m_client(std::make_unique<client::SwitchyardClient>(std::move(options))),
      m_sync(std::make_unique<client::SyncClient>(*m_client))
{}

bool CliContext::positionals(std::size_t count, const std::string& synopsis)
{
    if (m_args.positional.size() == count)
        return true;
    usage("expected " + std::to_string(count) + " argument(s): " + synopsis);
    return false;
}

bool CliContext::noLeftovers()
{
    if (m_args.options.empty())
        return true;
    usage("unknown option --" + m_args.options.begin()->first + " (see --help)");
    return false;
}

int CliContext::usage(const std::string& message)
{
    std::cerr << "usage error: " << message << std::endl;
    return ExitUsage;
}

int CliContext::fail(const Error& error, int httpStatus)
{
    std::cerr << "error: " << client::describe(error, httpStatus) << std::endl;
    return error.kind == ErrorKind::Transport ? ExitConnection : ExitApiError;
}

void CliContext::printJson(const nlohmann::json& json)
{
    std::cout << json.dump(2) << std::endl;
}

Result<std::string> CliContext::readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::badRequest("Usage", "cannot read the file '" + path + "'");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Result<std::string> CliContext::readDataArgument(const std::string& value)
{
    if (!value.empty() && value[0] == '@')
        return readFile(value.substr(1));
    return value;
}

} // namespace switchyard::cli
