#pragma once

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <QObject>

#include "LabelSelector.h"

namespace fakekube {

struct WatchEvent
{
    long long resourceVersion = 0;
    std::string type; // ADDED, MODIFIED, DELETED
    std::string resource;
    nlohmann::json object;
};

// Every object the fake holds, as etcd would: one resourceVersion counter for all of them (handed out
// as strings), and the last kHistory changes kept so watches can resume from a resourceVersion. Older
// resume points are gone (410), as after etcd's compaction.
class ObjectStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectStore)

public:
    static constexpr std::size_t kHistory = 1000;

    explicit ObjectStore(QObject* parent = nullptr) : QObject(parent) {}

    std::optional<nlohmann::json> get(const std::string& resource, const std::string& ns,
                                      const std::string& name) const;
    // Sorted by namespace and name; an empty namespace lists every namespace.
    std::vector<nlohmann::json> list(const std::string& resource, const std::string& ns,
                                     const LabelSelector& selector = {}) const;
    // Stamps uid, creationTimestamp and resourceVersion. The caller checked the name is free.
    nlohmann::json create(const std::string& resource, nlohmann::json object);
    // Stamps a new resourceVersion, keeps uid and creationTimestamp.
    nlohmann::json update(const std::string& resource, nlohmann::json object);
    std::optional<nlohmann::json> remove(const std::string& resource, const std::string& ns,
                                         const std::string& name);

    long long currentVersion() const { return m_version; }
    // The changes after `since`, or nullopt when some of them were forgotten.
    std::optional<std::vector<WatchEvent>> eventsAfter(long long since) const;
    long long oldestResumable() const { return m_forgottenThrough; }
    // Forgets all history: no resourceVersion handed out before can be resumed from.
    void compact();

    static std::string now();
    static std::string newUid();
    static std::string name(const nlohmann::json& object);
    static std::string namespaceOf(const nlohmann::json& object);

signals:
    void changed(const fakekube::WatchEvent& event);

private:
    void record(const std::string& type, const std::string& resource, const nlohmann::json& object);

    std::map<std::string, std::map<std::string, nlohmann::json>> m_objects; // resource -> ns/name -> object
    std::deque<WatchEvent> m_history;
    long long m_version = 1;
    long long m_forgottenThrough = 0; // events with this resourceVersion or older are gone
};

} // namespace fakekube
