#include "Kubelet.h"

#include <QHostAddress>
#include <QTcpServer>

namespace fakekube {

using nlohmann::json;

Kubelet::Kubelet(ObjectStore& store, PodSettings settings, int nodes, QObject* parent)
    : QObject(parent), m_store(store), m_settings(std::move(settings)), m_nodes(std::max(1, nodes))
{
    m_settings.unpullable = [this](const std::string& image) { return isUnpullable(image); };
}

Kubelet::~Kubelet()
{
    // Every pod process dies with the fake (PodRunner's destructor kills its process group).
    for (auto& [key, entry] : m_pods)
        delete entry.runner;
}

std::string Kubelet::nodeName(int index)
{
    return "fake-node-" + std::to_string(index + 1);
}

bool Kubelet::isUnpullable(const std::string& image) const
{
    return image.find("does-not-exist") != std::string::npos || m_unpullable.count(image) > 0;
}

void Kubelet::setPodNetwork(quint16 uniquePort)
{
    if (uniquePort >= 256) // 127.0.0.0/24 stays the host's own
        m_podNetwork = QStringLiteral("127.%1.%2.").arg(uniquePort >> 8).arg(uniquePort & 0xff);
}

QString Kubelet::allocateAddress(int port)
{
    for (int n = 1; n <= 254; ++n) {
        const QString address = m_podNetwork + QString::number(n);
        if (m_addresses.count(address))
            continue;
        // Another fake (a test running beside this one) or a leftover process may hold the port there.
        QTcpServer probe;
        if (port > 0 && !probe.listen(QHostAddress(address), static_cast<quint16>(port)))
            continue;
        probe.close();
        m_addresses.insert(address);
        return address;
    }
    return {};
}

json Kubelet::createPod(json pod)
{
    const int port = pod.value("/spec/containers/0/ports/0/containerPort"_json_pointer, 0);
    const QString address = allocateAddress(port);
    auto& spec = pod["spec"];
    spec["nodeName"] = nodeName(m_nextNode++ % m_nodes);
    if (!spec.contains("terminationGracePeriodSeconds"))
        spec["terminationGracePeriodSeconds"] = 30;
    json status{{"phase", "Pending"},
                {"qosClass", "Burstable"},
                {"hostIP", "127.0.0.1"},
                {"hostIPs", json::array({{{"ip", "127.0.0.1"}}})}};
    if (!address.isEmpty()) {
        status["podIP"] = address.toStdString();
        status["podIPs"] = json::array({{{"ip", address.toStdString()}}});
    }
    pod["status"] = status;
    pod = m_store.create("pods", std::move(pod));
    if (address.isEmpty())
        return pod; // no address left: it stays Pending, as an unschedulable pod would
    const std::string key = ObjectStore::namespaceOf(pod) + "/" + ObjectStore::name(pod);
    auto* runner = new PodRunner(m_store, pod, m_settings, this);
    m_pods[key] = {runner, address, ++m_created};
    connect(runner, &PodRunner::terminated, this, [this, key] { onTerminated(key); });
    runner->start();
    return *m_store.get("pods", ObjectStore::namespaceOf(pod), ObjectStore::name(pod));
}

std::optional<json> Kubelet::deletePod(const std::string& ns, const std::string& name, int gracePeriodSeconds)
{
    auto pod = m_store.get("pods", ns, name);
    if (!pod)
        return std::nullopt;
    if (gracePeriodSeconds < 0)
        gracePeriodSeconds = pod->value("/spec/terminationGracePeriodSeconds"_json_pointer, 30);
    const auto it = m_pods.find(ns + "/" + name);
    if (it == m_pods.end()) { // never ran: nothing to wait for
        return m_store.remove("pods", ns, name);
    }
    auto& metadata = (*pod)["metadata"];
    if (!metadata.contains("deletionTimestamp")) {
        metadata["deletionTimestamp"] = ObjectStore::now();
        metadata["deletionGracePeriodSeconds"] = gracePeriodSeconds;
        // A terminating pod is not ready, in the same event that says it is terminating, so a watcher
        // never sees a ready pod with a deletion mark.
        auto& status = (*pod)["status"];
        if (status.contains("conditions")) {
            for (auto& condition : status["conditions"]) {
                const std::string type = condition.value("type", std::string());
                if (type == "Ready" || type == "ContainersReady")
                    condition["status"] = "False";
            }
        }
        if (status.contains("containerStatuses")) {
            for (auto& container : status["containerStatuses"])
                container["ready"] = false;
        }
        pod = m_store.update("pods", std::move(*pod));
    } else if (gracePeriodSeconds > 0) {
        return pod; // already going; a second delete does not restart the clock
    }
    it->second.runner->terminate(gracePeriodSeconds);
    return m_store.get("pods", ns, name).value_or(*pod);
}

void Kubelet::onTerminated(const std::string& key)
{
    const auto it = m_pods.find(key);
    if (it == m_pods.end())
        return;
    m_addresses.erase(it->second.address);
    it->second.runner->deleteLater();
    m_pods.erase(it);
    const auto slash = key.find('/');
    m_store.remove("pods", key.substr(0, slash), key.substr(slash + 1));
}

bool Kubelet::killPod(const std::string& ns, const std::string& name)
{
    const auto it = m_pods.find(ns + "/" + name);
    if (it == m_pods.end())
        return false;
    it->second.runner->crash();
    return true;
}

std::optional<QByteArray> Kubelet::logs(const std::string& ns, const std::string& name, int tailLines,
                                        bool timestamps, bool previous) const
{
    const auto it = m_pods.find(ns + "/" + name);
    if (it == m_pods.end())
        return m_store.get("pods", ns, name) ? std::optional<QByteArray>(QByteArray()) : std::nullopt;
    return it->second.runner->logs(tailLines, previous, timestamps);
}

long long Kubelet::creationOrder(const std::string& ns, const std::string& name) const
{
    const auto it = m_pods.find(ns + "/" + name);
    return it == m_pods.end() ? 0 : it->second.order;
}

} // namespace fakekube
