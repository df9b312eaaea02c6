#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include <QObject>

#include "ObjectStore.h"
#include "PodRunner.h"

namespace fakekube {

// The nodes of the fake cluster as one: gives each pod its own loopback address (127.H.L.N: H.L from the
// fake's own API port, so two fakes running side by side never pick the same address; N the lowest free
// one whose container port nobody holds), runs it with a PodRunner, and removes the pod object once a
// deleted pod's process is gone.
class Kubelet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Kubelet)

public:
    Kubelet(ObjectStore& store, PodSettings settings, int nodes, QObject* parent = nullptr);
    ~Kubelet() override;

    // Stores the pod (status Pending with its address, on a node) and starts its container.
    nlohmann::json createPod(nlohmann::json pod);
    // Graceful deletion: deletionTimestamp now, SIGTERM, SIGKILL after the grace period (the pod's own
    // when negative), DELETED once the process is gone. The pod as it is after the mark.
    std::optional<nlohmann::json> deletePod(const std::string& ns, const std::string& name,
                                            int gracePeriodSeconds = -1);
    bool killPod(const std::string& ns, const std::string& name);
    std::optional<QByteArray> logs(const std::string& ns, const std::string& name, int tailLines,
                                   bool timestamps, bool previous) const;
    // Lower is older: the order pods were created in, for choosing which to scale down.
    long long creationOrder(const std::string& ns, const std::string& name) const;

    // The pod network: 127.H.L.0/24 where H.L is the port, which no other process listens on.
    void setPodNetwork(quint16 uniquePort);
    void addUnpullable(const std::string& image) { m_unpullable.insert(image); }
    bool isUnpullable(const std::string& image) const;

    static std::string nodeName(int index);

private:
    QString allocateAddress(int port);
    void onTerminated(const std::string& key);

    struct Entry
    {
        PodRunner* runner = nullptr;
        QString address;
        long long order = 0;
    };

    ObjectStore& m_store;
    PodSettings m_settings;
    int m_nodes;
    int m_nextNode = 0;
    QString m_podNetwork = QStringLiteral("127.0.1.");
    long long m_created = 0;
    std::map<std::string, Entry> m_pods; // ns/name
    std::set<QString> m_addresses;
    std::set<std::string> m_unpullable;
};

} // namespace fakekube
