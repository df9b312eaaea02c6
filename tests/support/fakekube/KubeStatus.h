#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace fakekube {

// What a resource is called in the API's messages: `deployments.apps` or `pods`.
struct ResourceName
{
    std::string resource; // plural: deployments, pods, secrets
    std::string group;    // apps, or empty for the core group

    std::string qualified() const { return group.empty() ? resource : resource + "." + group; }
};

// The API server's error answers, metav1.Status with the messages kube-apiserver writes, so that the
// client under test parses the same bytes it would get from a cluster.
struct ApiError
{
    int code = 500;
    nlohmann::json status;
};

class KubeStatus
{
public:
    static ApiError failure(int code, const std::string& reason, const std::string& message,
                            nlohmann::json details = nullptr);
    static ApiError notFound(const ResourceName& resource, const std::string& name);
    static ApiError alreadyExists(const ResourceName& resource, const std::string& name);
    static ApiError conflict(const ResourceName& resource, const std::string& name);
    static ApiError invalid(const ResourceName& resource, const std::string& name, const std::string& field,
                            const std::string& message);
    static ApiError badRequest(const std::string& message);
    static ApiError forbidden(const ResourceName& resource, const std::string& subresource,
                              const std::string& name, const std::string& verb, const std::string& user,
                              const std::string& namespaceName);
    static ApiError unauthorized();
    // The object of a watch's ERROR event when the resume point was compacted away.
    static nlohmann::json expired(long long requested, long long oldest);
    static nlohmann::json success(const ResourceName& resource, const std::string& name,
                                  const std::string& uid);
};

} // namespace fakekube
