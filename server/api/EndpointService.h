#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "Result.h"
#include "ServiceContext.h"

namespace switchyard::server {

// Endpoints, their keys and tokens, and the cluster summary. Store thread only. Each change checks every
// rule before it writes, writes in one transaction with its events, then tells the data plane.
class EndpointService
{
public:
    explicit EndpointService(ServiceContext& ctx) : m_ctx(ctx) {}

    nlohmann::json cluster();
    nlohmann::json list();
    Result<nlohmann::json> create(const nlohmann::json& body);
    Result<nlohmann::json> get(const std::string& name);
    Result<nlohmann::json> patch(const std::string& name, const nlohmann::json& body);
    Status remove(const std::string& name);

    Result<nlohmann::json> keys(const std::string& name);
    Result<nlohmann::json> regenerateKey(const std::string& name, const nlohmann::json& body);
    Result<nlohmann::json> mintToken(const std::string& name);
    // Ends every token minted for the endpoint so far (a new token epoch).
    Status revokeTokens(const std::string& name);

    // On start: every stored endpoint goes to the data plane.
    void reconcile();

private:
    Result<EndpointState> load(const std::string& name);

    ServiceContext& m_ctx;
};

} // namespace switchyard::server
