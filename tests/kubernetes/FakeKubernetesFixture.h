#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <QObject>
#include <QTemporaryDir>

#include "FakeKubernetes.h"

// QCOMPARE cannot take a json element (Qt's overloads make nlohmann's conversions ambiguous).
#define JCOMPARE(actual, expected)                                                                           \
    QVERIFY2((actual) == (expected),                                                                         \
             qPrintable(QString::fromStdString(#actual " is " + nlohmann::json(actual).dump())))

// What the tests of the fake API server share: a fake (crash back-off 200 ms) in namespace sy-test, a
// model file for the replica, and Deployments as the backend's builder makes them.
class FakeKubernetesFixture : public QObject
{
public:
    // Starts the fake and writes the model; false (with a warning) when either failed.
    bool startFake();

protected:
    QString deployments() const;
    QString pods() const;
    static QString selector(const std::string& version);
    static std::string podName(const nlohmann::json& pod);
    static std::string waitingReason(const nlohmann::json& pod);

    // A version's Deployment as the backend builds it, serving the test model with the real replica.
    nlohmann::json versionDeployment(const std::string& version, int replicas) const;
    // A pod running a shell command instead of the replica, with no probes (Ready once started).
    nlohmann::json commandDeployment(const std::string& version, const std::string& script) const;
    // POSTs the Deployment; the created object (or the error Status).
    nlohmann::json create(const nlohmann::json& deployment);

    switchyard::test::FakeKubernetes m_fake{QStringLiteral("sy-test"),
                                            {QStringLiteral("--crash-backoff-ms"), QStringLiteral("200")}};
    QTemporaryDir m_dir;
    QString m_model;
};
