#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "ApiResult.h"
#include "HttpExchange.h"

namespace switchyard::client {

// Turns an HTTP exchange into a call's value: transport failures and non-2xx answers become Errors
// (the contract's error body when there is one), 2xx bodies go through the route's parser.
class ResponseReader
{
public:
    // The contract-style code for a libcurl failure: ConnectionFailed, HostNotFound, Timeout, TlsError,
    // InvalidServerUrl or TransportError.
    static std::string transportCode(int curlCode);
    static Error transportError(const HttpResponse& response);
    static Error httpError(const HttpResponse& response);
    static Error unexpected(const HttpResponse& response, const std::string& why);

    template <class T, class Parse>
    static ApiResult<T> read(const HttpResponse& response, Parse&& parse)
    {
        if (response.status == 0)
            return {transportError(response), 0};
        if (response.status < 200 || response.status >= 300)
            return {httpError(response), response.status};
        Result<T> parsed = parse(response);
        if (!parsed)
            return {unexpected(response, parsed.error().message), response.status};
        return {std::move(parsed).value(), response.status};
    }

    // A JSON object body read by T::fromJson-like `fromJson`.
    template <class T, class FromJson>
    static ApiResult<T> readJson(const HttpResponse& response, FromJson&& fromJson)
    {
        return read<T>(response, [&](const HttpResponse& r) -> Result<T> {
            auto json = nlohmann::json::parse(r.body, nullptr, false);
            if (json.is_discarded())
                return Error::badRequest("InvalidJson", "the body is not valid JSON");
            return fromJson(json);
        });
    }
};

} // namespace switchyard::client
