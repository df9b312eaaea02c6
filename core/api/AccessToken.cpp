#include "api/AccessToken.h"

#include <nlohmann/json.hpp>

#include "api/ApiFields.h"

namespace switchyard {

Result<AccessToken> AccessToken::fromJson(const nlohmann::json& json)
{
    AccessToken token;
    JsonReader reader(json);
    reader.required("access_token", token.accessToken);
    reader.optional("token_type", token.tokenType);
    ApiFields::int64(reader, "expiry_on", token.expiryOn, false);
    ApiFields::int64(reader, "refresh_after", token.refreshAfter, false);
    if (auto status = ApiFields::lenientFinish(reader); !status)
        return status.error();
    return token;
}

nlohmann::json AccessToken::toJson() const
{
    return {{"access_token", accessToken},
            {"token_type", tokenType},
            {"expiry_on", expiryOn},
            {"refresh_after", refreshAfter}};
}

} // namespace switchyard
