#include "FakeKubernetesFixture.h"

#include <QFile>

#include "DeploymentManifest.h"

using nlohmann::json;
using switchyard::test::HttpReply;

bool FakeKubernetesFixture::startFake()
{
    m_model = m_dir.filePath(QStringLiteral("model.json"));
    QFile model(m_model);
    if (!m_dir.isValid() || !model.open(QIODevice::WriteOnly) ||
        model.write(R"({"format": "switchyard.linear/v1", "weights": [[1.0], [2.0]], "bias": [0.5]})") < 0)
        return false;
    model.close();
    if (!m_fake.start()) {
        qWarning("%s", qPrintable(m_fake.errorString()));
        return false;
    }
    return true;
}

QString FakeKubernetesFixture::deployments() const
{
    return "/apis/apps/v1/namespaces/" + m_fake.namespaceName() + "/deployments";
}

QString FakeKubernetesFixture::pods() const
{
    return "/api/v1/namespaces/" + m_fake.namespaceName() + "/pods";
}

QString FakeKubernetesFixture::selector(const std::string& version)
{
    return QString::fromStdString("switchyard.io/version=" + version);
}

std::string FakeKubernetesFixture::podName(const json& pod)
{
    return pod["metadata"]["name"].get<std::string>();
}

std::string FakeKubernetesFixture::waitingReason(const json& pod)
{
    return pod.value("/status/containerStatuses/0/state/waiting/reason"_json_pointer, std::string());
}

json FakeKubernetesFixture::versionDeployment(const std::string& version, int replicas) const
{
    switchyard::DeploymentInputs inputs;
    inputs.cluster = "test";
    inputs.endpoint = "churn";
    inputs.namespaceName = m_fake.namespaceName().toStdString();
    inputs.replicaImage = "switchyard/replica:test";
    inputs.spec.versionName = version;
    inputs.spec.model = "churn:1";
    inputs.spec.autoscaleEnabled = false;
    inputs.spec.numReplicas = replicas;
    inputs.spec.initialDelaySeconds = 0;
    inputs.spec.periodSeconds = 1;
    auto deployment = switchyard::DeploymentManifest::deployment(inputs);
    if (!deployment)
        qFatal("DeploymentManifest refused the test version");
    json out = std::move(deployment).value();
    // The replica fetches its model from the server in the real backend; here it reads a file.
    out["spec"]["template"]["spec"]["containers"][0]["env"].push_back(
        {{"name", "MODEL_PATH"}, {"value", m_model.toStdString()}});
    out["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] = 5;
    return out;
}

json FakeKubernetesFixture::commandDeployment(const std::string& version, const std::string& script) const
{
    json deployment = versionDeployment(version, 1);
    auto& container = deployment["spec"]["template"]["spec"]["containers"][0];
    container["command"] = {"/bin/sh", "-c", script};
    container.erase("readinessProbe");
    container.erase("livenessProbe");
    return deployment;
}

json FakeKubernetesFixture::create(const json& deployment)
{
    const HttpReply reply = m_fake.client().post(deployments(), deployment);
    if (reply.status != 201)
        qWarning("create: %d %s", reply.status, reply.body.constData());
    return reply.json();
}
