#include "Credentials.h"

namespace switchyard::cli {

client::ApiResult<std::string> Credentials::resolve(CliContext& ctx, const std::string& endpoint,
                                                    const std::optional<std::string>& given)
{
    if (given)
        return {*given, 0};
    auto e = ctx.api().getEndpoint(endpoint);
    if (!e)
        return {e.error(), e.httpStatus()};
    switch (e->authMode) {
    case AuthMode::None:
        return {std::string(), 200};
    case AuthMode::Key: {
        auto keys = ctx.api().getKeys(endpoint);
        if (!keys)
            return {keys.error(), keys.httpStatus()};
        return {keys->primaryKey, 200};
    }
    case AuthMode::Token: {
        auto token = ctx.api().getToken(endpoint);
        if (!token)
            return {token.error(), token.httpStatus()};
        return {token->accessToken, 200};
    }
    }
    return {std::string(), 200};
}

} // namespace switchyard::cli
