#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <QObject>
#include <QTimer>

#include "Kubelet.h"
#include "ObjectStore.h"

namespace fakekube {

// The Deployment and ReplicaSet controllers folded into one: each Deployment keeps spec.replicas pods
// of its current template (a template change rolls: new pods first, old ones deleted as new ones
// become Ready), scales down not-ready pods first, then the newest, and writes its status. It runs after
// any change to pods or Deployments, coalesced into one pass.
class DeploymentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentController)

public:
    DeploymentController(ObjectStore& store, Kubelet& kubelet, QObject* parent = nullptr);

    // What Kubernetes adds to a Deployment it is given (defaults the client may read back).
    static void applyDefaults(nlohmann::json& deployment);
    // The pod-template-hash label of a template: 10 characters of the alphabet Kubernetes uses.
    static std::string templateHash(const nlohmann::json& podTemplate);
    // The background cascade of a deleted Deployment: its pods go, gracefully.
    void deleteOwnedPods(const nlohmann::json& deployment);

private:
    void onChanged(const WatchEvent& event);
    void reconcileAll();
    void reconcile(const nlohmann::json& deployment);
    std::vector<nlohmann::json> ownedPods(const nlohmann::json& deployment) const;
    void createPod(const nlohmann::json& deployment, const std::string& hash);
    void updateStatus(const nlohmann::json& deployment, const std::vector<nlohmann::json>& pods,
                      const std::string& hash);

    ObjectStore& m_store;
    Kubelet& m_kubelet;
    QTimer m_pass;
};

} // namespace fakekube
