#include <nlohmann/json.hpp>

#include <QTest>

#include "Base64.h"
#include "DeploymentManifest.h"
#include "KubernetesNames.h"

using namespace switchyard;
using nlohmann::json;

namespace {

DeploymentInputs builtinInputs()
{
    DeploymentInputs inputs;
    inputs.cluster = "local";
    inputs.endpoint = "churn";
    inputs.namespaceName = "models";
    inputs.spec.versionName = "blue";
    inputs.spec.model = "churn:1";
    inputs.replicaImage = "ghcr.io/example/switchyard-replica:1.0";
    return inputs;
}

DeploymentInputs commandInputs()
{
    auto inputs = builtinInputs();
    inputs.spec.inferenceConfig.runtime = InferenceConfig::Runtime::Command;
    inputs.spec.inferenceConfig.command = {"python3", "serve.py"};
    inputs.spec.inferenceConfig.env = {{"MODEL_DIR", "/models"}, {"PORT", "9999"}};
    inputs.spec.inferenceConfig.healthPath = "/ready";
    inputs.commandImage = "python:3.12-slim";
    return inputs;
}

json build(const DeploymentInputs& inputs)
{
    auto result = DeploymentManifest::deployment(inputs);
    if (!result)
        qFatal("deployment failed: %s", result.error().message.c_str());
    return result.value();
}

QString text(const json& value)
{
    return QString::fromStdString(value.dump());
}

} // namespace

class DeploymentManifestTest : public QObject
{
    Q_OBJECT

private slots:
    // The whole document for the contract's default spec, written out once as Kubernetes reads it.
    void builtinDefaults()
    {
        json deployment = build(builtinInputs());
        const auto hash = deployment["metadata"]["annotations"][DeploymentManifest::kSpecHashAnnotation];
        QVERIFY(hash.is_string() && hash.get<std::string>().size() == 16);
        const json labels{{"app.kubernetes.io/managed-by", "switchyard"},
                          {"switchyard.io/cluster", "local"},
                          {"switchyard.io/endpoint", "churn"},
                          {"switchyard.io/version", "blue"}};
        const json annotations{{"switchyard.io/cluster-name", "local"},
                               {"switchyard.io/endpoint-name", "churn"},
                               {"switchyard.io/version-name", "blue"}};
        const json probeAction{{"path", "/health"}, {"port", "http"}, {"scheme", "HTTP"}};
        const json probe{{"httpGet", probeAction}, {"initialDelaySeconds", 310}, {"periodSeconds", 10},
                         {"timeoutSeconds", 2},    {"successThreshold", 1},      {"failureThreshold", 3}};
        json readiness = probe;
        readiness["initialDelaySeconds"] = 0;
        readiness["periodSeconds"] = 1;
        json expectedAnnotations = annotations;
        expectedAnnotations["switchyard.io/spec-hash"] = hash;
        const json expected{
            {"apiVersion", "apps/v1"},
            {"kind", "Deployment"},
            {"metadata",
             {{"name", "sy-churn-blue"},
              {"namespace", "models"},
              {"labels", labels},
              {"annotations", expectedAnnotations}}},
            {"spec",
             {{"replicas", 1},
              {"selector", {{"matchLabels", labels}}},
              {"template",
               {{"metadata", {{"labels", labels}, {"annotations", annotations}}},
                {"spec",
                 {{"containers",
                   json::array(
                       {{{"name", "replica"},
                         {"image", "ghcr.io/example/switchyard-replica:1.0"},
                         {"command", json::array({"switchyard-replica"})},
                         {"ports",
                          json::array({{{"name", "http"}, {"containerPort", 8080}, {"protocol", "TCP"}}})},
                         {"env", json::array({{{"name", "SWITCHYARD_LISTEN_HOST"},
                                               {"valueFrom",
                                                {{"fieldRef",
                                                  {{"apiVersion", "v1"}, {"fieldPath", "status.podIP"}}}}}},
                                              {{"name", "PORT"}, {"value", "8080"}}})},
                         {"resources", {{"requests", {{"cpu", "100m"}, {"memory", "512Mi"}}}}},
                         {"readinessProbe", readiness},
                         {"livenessProbe", probe}}})}}}}}}}};
        QCOMPARE(text(deployment), text(expected));
    }

    void quantities_data()
    {
        QTest::addColumn<double>("cores");
        QTest::addColumn<QString>("cpu");
        QTest::addColumn<double>("gigabytes");
        QTest::addColumn<QString>("memory");
        QTest::newRow("defaults") << 0.1 << "100m" << 0.5 << "512Mi";
        QTest::newRow("whole") << 1.0 << "1000m" << 1.0 << "1Gi";
        QTest::newRow("several") << 4.0 << "4000m" << 16.0 << "16Gi";
        QTest::newRow("fractions") << 0.25 << "250m" << 1.5 << "1536Mi";
        QTest::newRow("decimal error does not round up") << 0.3 << "300m" << 0.3 << "308Mi";
        QTest::newRow("below a unit rounds up") << 0.0001 << "1m" << 0.0001 << "1Mi";
        QTest::newRow("zero") << 0.0 << "0m" << 0.0 << "0Mi";
    }
    void quantities()
    {
        QFETCH(double, cores);
        QFETCH(QString, cpu);
        QFETCH(double, gigabytes);
        QFETCH(QString, memory);
        QCOMPARE(QString::fromStdString(DeploymentManifest::cpuQuantity(cores)), cpu);
        QCOMPARE(QString::fromStdString(DeploymentManifest::memoryQuantity(gigabytes)), memory);
        auto inputs = builtinInputs();
        inputs.spec.cpuCores = cores;
        inputs.spec.memoryGb = gigabytes;
        const auto requests =
            build(inputs)["spec"]["template"]["spec"]["containers"][0]["resources"]["requests"];
        QCOMPARE(text(requests), text(json{{"cpu", cpu.toStdString()}, {"memory", memory.toStdString()}}));
    }

    void limitsOnlyWhereGiven()
    {
        auto inputs = builtinInputs();
        QVERIFY(!build(inputs)["spec"]["template"]["spec"]["containers"][0]["resources"].contains("limits"));
        inputs.memoryLimitGb = 2.0;
        auto resources = build(inputs)["spec"]["template"]["spec"]["containers"][0]["resources"];
        QCOMPARE(text(resources["limits"]), text(json{{"memory", "2Gi"}}));
        inputs.cpuLimitCores = 0.5;
        resources = build(inputs)["spec"]["template"]["spec"]["containers"][0]["resources"];
        QCOMPARE(text(resources["limits"]), text(json{{"cpu", "500m"}, {"memory", "2Gi"}}));
    }

    void replicas()
    {
        auto inputs = builtinInputs();
        inputs.spec.autoscaleMinReplicas = 3;
        QCOMPARE(build(inputs)["spec"]["replicas"].get<int>(), 3);
        inputs.spec.numReplicas = 5;
        QCOMPARE(build(inputs)["spec"]["replicas"].get<int>(), 5);
    }

    void probesFollowTheSpec()
    {
        auto inputs = builtinInputs();
        inputs.spec.periodSeconds = 7;
        inputs.spec.initialDelaySeconds = 11;
        inputs.spec.timeoutSeconds = 4;
        inputs.spec.successThreshold = 2;
        inputs.spec.failureThreshold = 6;
        const auto replica = build(inputs)["spec"]["template"]["spec"]["containers"][0];
        // The spec's settings are the liveness probe's; readiness is asked every second from the start.
        for (const char* kind : {"readinessProbe", "livenessProbe"}) {
            const auto& probe = replica[kind];
            const bool liveness = std::string(kind) == "livenessProbe";
            QCOMPARE(probe["periodSeconds"].get<int>(), liveness ? 7 : 1);
            QCOMPARE(probe["initialDelaySeconds"].get<int>(), liveness ? 11 : 0);
            QCOMPARE(probe["timeoutSeconds"].get<int>(), 4);
            QCOMPARE(probe["failureThreshold"].get<int>(), 6);
        }
        QCOMPARE(replica["readinessProbe"]["successThreshold"].get<int>(), 2);
        QCOMPARE(replica["livenessProbe"]["successThreshold"].get<int>(), 1); // the only value allowed
    }

    void theModelComesFromTheServerWithTheSecretsCredential()
    {
        auto inputs = builtinInputs();
        inputs.modelUrl = "http://switchyard.models.svc/api/v1/replica/model";
        inputs.modelSha256 = std::string(64, 'a');
        inputs.modelSecretName = "sy-churn-blue-model";
        const auto replica = build(inputs)["spec"]["template"]["spec"]["containers"][0];
        const json& env = replica["env"];
        QCOMPARE(
            text(env[2]),
            text(json{{"name", "SWITCHYARD_MODEL_URL"},
                      {"valueFrom", {{"secretKeyRef", {{"name", "sy-churn-blue-model"}, {"key", "url"}}}}}}));
        QCOMPARE(text(env[3]),
                 text(json{{"name", "SWITCHYARD_MODEL_SHA256"}, {"value", inputs.modelSha256}}));
        // The credential is never in the Deployment: the pod reads it from the Secret when it starts.
        QCOMPARE(text(env[4]),
                 text(json{{"name", "SWITCHYARD_MODEL_TOKEN"},
                           {"valueFrom",
                            {{"secretKeyRef", {{"name", "sy-churn-blue-model"}, {"key", "token"}}}}}}));
        const auto secret = DeploymentManifest::modelSecret("sy-churn-blue-model", inputs, "credential-1");
        QCOMPARE(secret["kind"].get<std::string>(), std::string("Secret"));
        QCOMPARE(secret["metadata"]["namespace"].get<std::string>(), std::string("models"));
        QCOMPARE(secret["data"]["token"].get<std::string>(), std::string("Y3JlZGVudGlhbC0x")); // base64
        QCOMPARE(*Base64::decode(secret["data"]["url"].get<std::string>()), inputs.modelUrl);
        // The server at another address changes the Secret, not the pod template: running pods stay.
        auto moved = inputs;
        moved.modelUrl = "http://10.0.0.9:8080/api/v1/replica/model";
        QCOMPARE(*DeploymentManifest::specHash(moved), *DeploymentManifest::specHash(inputs));
        moved.modelSha256 = std::string(64, 'b');
        QVERIFY(*DeploymentManifest::specHash(moved) != *DeploymentManifest::specHash(inputs));
        QCOMPARE(text(secret["metadata"]["labels"]), text(build(inputs)["metadata"]["labels"]));
    }

    void commandRuntime()
    {
        const auto replica = build(commandInputs())["spec"]["template"]["spec"]["containers"][0];
        QCOMPARE(replica["image"].get<std::string>(), std::string("python:3.12-slim"));
        QCOMPARE(text(replica["command"]), text(json::array({"python3", "serve.py"})));
        QCOMPARE(replica["readinessProbe"]["httpGet"]["path"].get<std::string>(), std::string("/ready"));
        // The pod template's PORT wins over the user's; the user's other variables follow.
        QCOMPARE(text(replica["env"][1]), text(json{{"name", "PORT"}, {"value", "8080"}}));
        QCOMPARE(text(replica["env"][2]), text(json{{"name", "MODEL_DIR"}, {"value", "/models"}}));
        QCOMPARE(replica["env"].size(), std::size_t(3));
    }

    void missingImagesAreErrors()
    {
        auto builtin = builtinInputs();
        builtin.replicaImage.clear();
        auto result = DeploymentManifest::deployment(builtin);
        QVERIFY(!result);
        QCOMPARE(QString::fromStdString(result.error().code), QStringLiteral("MissingImage"));
        auto command = commandInputs();
        command.commandImage.clear();
        result = DeploymentManifest::deployment(command);
        QVERIFY(!result);
        QCOMPARE(QString::fromStdString(*result.error().target), QStringLiteral("inference_config.image"));
        QVERIFY(!DeploymentManifest::specHash(command));
    }

    void longNamesUseTheHashedName()
    {
        auto inputs = builtinInputs();
        inputs.endpoint = std::string(32, 'e');
        inputs.spec.versionName = std::string(31, 'v') + "-";
        const auto deployment = build(inputs);
        const auto name = deployment["metadata"]["name"].get<std::string>();
        QCOMPARE(name, KubernetesNames::deploymentName(inputs.endpoint, inputs.spec.versionName));
        QVERIFY(KubernetesNames::isDns1123Label(name));
        // A version label value cannot end in '-': hashed, with the raw name in an annotation.
        const auto& labels = deployment["spec"]["selector"]["matchLabels"];
        QVERIFY(labels["switchyard.io/version"].get<std::string>().rfind("h.", 0) == 0);
        QCOMPARE(deployment["metadata"]["annotations"]["switchyard.io/version-name"].get<std::string>(),
                 inputs.spec.versionName);
    }

    // The spec hash changes with what the pods run, not with the replica count the autoscaler sets.
    void specHash()
    {
        const auto base = DeploymentManifest::specHash(builtinInputs());
        QVERIFY(base);
        QCOMPARE(DeploymentManifest::specHash(builtinInputs()).value(), base.value());
        auto scaled = builtinInputs();
        scaled.spec.numReplicas = 7;
        QCOMPARE(DeploymentManifest::specHash(scaled).value(), base.value());

        QList<DeploymentInputs> drifted;
        drifted.append(builtinInputs());
        drifted.back().spec.cpuCores = 0.2;
        drifted.append(builtinInputs());
        drifted.back().spec.memoryGb = 1;
        drifted.append(builtinInputs());
        drifted.back().replicaImage += "-next";
        drifted.append(builtinInputs());
        drifted.back().spec.failureThreshold = 4;
        drifted.append(builtinInputs());
        drifted.back().memoryLimitGb = 1;
        drifted.append(commandInputs());
        for (const auto& inputs : drifted)
            QVERIFY(DeploymentManifest::specHash(inputs).value() != base.value());
    }

    void scaleBody()
    {
        QCOMPARE(text(DeploymentManifest::scale("sy-churn-blue", "models", 4)),
                 text(json{{"apiVersion", "autoscaling/v1"},
                           {"kind", "Scale"},
                           {"metadata", {{"name", "sy-churn-blue"}, {"namespace", "models"}}},
                           {"spec", {{"replicas", 4}}}}));
        const auto withVersion = DeploymentManifest::scale("sy-churn-blue", "", 0, "12345");
        QCOMPARE(text(withVersion["metadata"]),
                 text(json{{"name", "sy-churn-blue"}, {"resourceVersion", "12345"}}));
        QCOMPARE(withVersion["spec"]["replicas"].get<int>(), 0);
    }
};

QTEST_APPLESS_MAIN(DeploymentManifestTest)
#include "DeploymentManifestTest.moc"
