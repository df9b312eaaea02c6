#pragma once

#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "CliArgs.h"
#include "SwitchyardClient.h"
#include "SyncClient.h"

namespace switchyard::cli {

// Documented in --help; scripts rely on them.
enum ExitCode
{
    ExitOk = 0,
    ExitApiError = 1,   // the server answered with an error (4xx/5xx)
    ExitUsage = 2,      // bad command line or input file
    ExitConnection = 3, // no answer: connection refused, TLS failure, timeout
};

// What every verb needs: its arguments (global options already taken out), the client, and output.
class CliContext
{
public:
    CliContext(CliArgs args, client::ClientOptions options, bool json);

    CliArgs& args() { return m_args; }
    bool json() const { return m_json; }
    client::SyncClient& api() { return *m_sync; }
    client::SwitchyardClient& asyncApi() { return *m_client; }

    // The verb's positional arguments (after group and verb), exactly `count` of them, else usage error.
    bool positionals(std::size_t count, const std::string& synopsis);
    const std::string& arg(std::size_t i) const { return m_args.positional.at(i); }
    // Reports options the verb did not consume; false (after printing) when there were any.
    bool noLeftovers();

    int usage(const std::string& message);
    // Prints "error: …" on one line to stderr; 1 for an HTTP error, 3 for no answer.
    int fail(const Error& error, int httpStatus);
    template <class T>
    int fail(const client::ApiResult<T>& result)
    {
        return fail(result.error(), result.httpStatus());
    }
    // The server's answer printed by `view` (Views::endpoint, Views::version, …), or why it failed.
    template <class T, class View>
    int show(const client::ApiResult<T>& result, View view)
    {
        if (!result)
            return fail(result);
        view(*this, result.value());
        return ExitOk;
    }
    void printJson(const nlohmann::json& json);

    // Reads a file, or "@file" / inline text for --data style values.
    static Result<std::string> readFile(const std::string& path);
    static Result<std::string> readDataArgument(const std::string& value);

private:
    CliArgs m_args;
    bool m_json = false;
    std::unique_ptr<client::SwitchyardClient> m_client;
    std::unique_ptr<client::SyncClient> m_sync;
};

} // namespace switchyard::cli
