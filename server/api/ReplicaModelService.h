#pragma once

#include <cstdint>
#include <string>

#include "ModelCredential.h"
#include "Result.h"
#include "ServiceContext.h"

namespace switchyard::server {

// GET /api/v1/replica/model: the model file a replica started without one (a pod) fetches at start, for
// the version its model credential names. Store thread only.
class ReplicaModelService
{
public:
    ReplicaModelService(ServiceContext& ctx, std::uint64_t maxModelBytes)
        : m_ctx(ctx), m_maxModelBytes(maxModelBytes)
    {}

    // The bytes of the version's current model; 404 when the endpoint or version is gone or its model is
    // no longer the file the credential was issued for (the replica then belongs to an older spec).
    Result<std::string> modelFor(const ModelGrant& grant);

private:
    ServiceContext& m_ctx;
    std::uint64_t m_maxModelBytes;
};

} // namespace switchyard::server
