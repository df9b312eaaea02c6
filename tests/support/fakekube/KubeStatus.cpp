#include "KubeStatus.h"

namespace fakekube {

using nlohmann::json;

ApiError KubeStatus::failure(int code, const std::string& reason, const std::string& message, json details)
{
    json status{{"kind", "Status"},    {"apiVersion", "v1"}, {"metadata", json::object()},
                {"status", "Failure"}, {"message", message}, {"reason", reason}};
    if (!details.is_null())
        status["details"] = std::move(details);
    status["code"] = code;
    return {code, std::move(status)};
}

namespace {

json details(const ResourceName& resource, const std::string& name)
{
    json out{{"name", name}};
    if (!resource.group.empty())
        out["group"] = resource.group;
    out["kind"] = resource.resource;
    return out;
}

} // namespace

ApiError KubeStatus::notFound(const ResourceName& resource, const std::string& name)
{
    return failure(404, "NotFound", resource.qualified() + " \"" + name + "\" not found",
                   details(resource, name));
}

ApiError KubeStatus::alreadyExists(const ResourceName& resource, const std::string& name)
{
    return failure(409, "AlreadyExists", resource.qualified() + " \"" + name + "\" already exists",
                   details(resource, name));
}

ApiError KubeStatus::conflict(const ResourceName& resource, const std::string& name)
{
    return failure(
        409, "Conflict",
        "Operation cannot be fulfilled on " + resource.qualified() + " \"" + name +
            "\": the object has been modified; please apply your changes to the latest version and "
            "try again",
        details(resource, name));
}

ApiError KubeStatus::invalid(const ResourceName& resource, const std::string& name, const std::string& field,
                             const std::string& message)
{
    json d = details(resource, name);
    d["causes"] = json::array({{{"reason", "FieldValueInvalid"}, {"message", message}, {"field", field}}});
    std::string kind = resource.resource;
    if (!kind.empty())
        kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
    if (kind.size() > 1 && kind.back() == 's')
        kind.pop_back();
    if (!resource.group.empty())
        kind += "." + resource.group;
    return failure(422, "Invalid", kind + " \"" + name + "\" is invalid: " + field + ": " + message, d);
}

ApiError KubeStatus::badRequest(const std::string& message)
{
    return failure(400, "BadRequest", message);
}

ApiError KubeStatus::forbidden(const ResourceName& resource, const std::string& subresource,
                               const std::string& name, const std::string& verb, const std::string& user,
                               const std::string& namespaceName)
{
    const std::string full = subresource.empty() ? resource.resource : resource.resource + "/" + subresource;
    std::string message = resource.qualified();
    if (!name.empty())
        message += " \"" + name + "\"";
    message += " is forbidden: User \"" + user + "\" cannot " + verb + " resource \"" + full +
               "\" in API group \"" + resource.group + "\"";
    message +=
        namespaceName.empty() ? " at the cluster scope" : " in the namespace \"" + namespaceName + "\"";
    json d = json::object();
    if (!name.empty())
        d["name"] = name;
    if (!resource.group.empty())
        d["group"] = resource.group;
    d["kind"] = resource.resource;
    return failure(403, "Forbidden", message, d);
}

ApiError KubeStatus::unauthorized()
{
    return failure(401, "Unauthorized", "Unauthorized");
}

json KubeStatus::expired(long long requested, long long oldest)
{
    // kube-apiserver's watch cache answers an expired resume with reason Expired (code 410); clients
    // must key on the code, as client-go does.
    return failure(410, "Expired",
                   "too old resource version: " + std::to_string(requested) + " (" + std::to_string(oldest) +
                       ")")
        .status;
}

json KubeStatus::success(const ResourceName& resource, const std::string& name, const std::string& uid)
{
    json d = details(resource, name);
    d["uid"] = uid;
    return {{"kind", "Status"},
            {"apiVersion", "v1"},
            {"metadata", json::object()},
            {"status", "Success"},
            {"details", d}};
}

} // namespace fakekube
