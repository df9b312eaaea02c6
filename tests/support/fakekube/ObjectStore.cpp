#include "ObjectStore.h"

#include <QDateTime>
#include <QUuid>

namespace fakekube {

using nlohmann::json;

std::string ObjectStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

std::string ObjectStore::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string ObjectStore::name(const json& object)
{
    return object.value("/metadata/name"_json_pointer, std::string());
}

std::string ObjectStore::namespaceOf(const json& object)
{
    return object.value("/metadata/namespace"_json_pointer, std::string());
}

std::optional<json> ObjectStore::get(const std::string& resource, const std::string& ns,
                                     const std::string& name) const
{
    const auto kind = m_objects.find(resource);
    if (kind == m_objects.end())
        return std::nullopt;
    const auto it = kind->second.find(ns + "/" + name);
    if (it == kind->second.end())
        return std::nullopt;
    return it->second;
}

std::vector<json> ObjectStore::list(const std::string& resource, const std::string& ns,
                                    const LabelSelector& selector) const
{
    std::vector<json> out;
    const auto kind = m_objects.find(resource);
    if (kind == m_objects.end())
        return out;
    for (const auto& [key, object] : kind->second) {
        if (!ns.empty() && namespaceOf(object) != ns)
            continue;
        if (selector.matches(object.value("/metadata/labels"_json_pointer, json::object())))
            out.push_back(object);
    }
    return out;
}

json ObjectStore::create(const std::string& resource, json object)
{
    auto& metadata = object["metadata"];
    metadata["uid"] = newUid();
    metadata["creationTimestamp"] = now();
    metadata["resourceVersion"] = std::to_string(++m_version);
    m_objects[resource][namespaceOf(object) + "/" + name(object)] = object;
    record("ADDED", resource, object);
    return object;
}

json ObjectStore::update(const std::string& resource, json object)
{
    object["metadata"]["resourceVersion"] = std::to_string(++m_version);
    m_objects[resource][namespaceOf(object) + "/" + name(object)] = object;
    record("MODIFIED", resource, object);
    return object;
}

std::optional<json> ObjectStore::remove(const std::string& resource, const std::string& ns,
                                        const std::string& name)
{
    auto& objects = m_objects[resource];
    const auto it = objects.find(ns + "/" + name);
    if (it == objects.end())
        return std::nullopt;
    json object = std::move(it->second);
    objects.erase(it);
    object["metadata"]["resourceVersion"] = std::to_string(++m_version);
    record("DELETED", resource, object);
    return object;
}

void ObjectStore::record(const std::string& type, const std::string& resource, const json& object)
{
    WatchEvent event{m_version, type, resource, object};
    m_history.push_back(event);
    while (m_history.size() > kHistory) {
        m_forgottenThrough = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    emit changed(event);
}

std::optional<std::vector<WatchEvent>> ObjectStore::eventsAfter(long long since) const
{
    if (since < m_forgottenThrough)
        return std::nullopt;
    std::vector<WatchEvent> out;
    for (const auto& event : m_history) {
        if (event.resourceVersion > since)
            out.push_back(event);
    }
    return out;
}

void ObjectStore::compact()
{
    // A revision of its own, so that every resourceVersion a client holds is older than what survives,
    // while a list taken after the compaction can still be watched from.
    m_history.clear();
    m_forgottenThrough = ++m_version;
}

} // namespace fakekube
