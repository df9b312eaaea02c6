#pragma once

#include <QTest>

#include <nlohmann/json.hpp>

#include "HttpClient.h"
#include "ServerProcess.h"

namespace switchyard::test {

using json = nlohmann::json;

// What the server integration tests share: a version spec and the model it references.
// An endpoint listing without what the data plane changes on its own (version and endpoint state,
// replica counts, failure sentences), to compare what the management API stored before and after.
inline json withoutRuntimeState(json value)
{
    if (value.is_object()) {
        for (const char* key : {"state", "replicas", "error"})
            value.erase(key);
        for (auto& [key, inner] : value.items())
            inner = withoutRuntimeState(inner);
    } else if (value.is_array()) {
        for (auto& inner : value)
            inner = withoutRuntimeState(inner);
    }
    return value;
}

inline json versionSpec(const std::string& name, const std::string& model, json extra = json::object())
{
    json spec{{"version_name", name}, {"model", model}};
    for (const auto& [k, v] : extra.items())
        spec[k] = v;
    return spec;
}

inline json endpointSpec(const std::string& name, const std::string& model, json extra = json::object(),
                         json version = json::object())
{
    json spec{{"name", name}, {"version", versionSpec("versiona", model, std::move(version))}};
    for (const auto& [k, v] : extra.items())
        spec[k] = v;
    return spec;
}

// Uploads `bytes` as a model and answers its "name:version" reference (empty on failure).
inline std::string uploadModel(HttpClient& client, const QString& name, const QByteArray& bytes)
{
    const auto reply =
        client.request("POST", QStringLiteral("/api/v1/models/") + name, bytes, "application/octet-stream");
    if (reply.status != 201)
        return {};
    return name.toStdString() + ":" + std::to_string(reply.json()["version"].get<int>());
}

// The value of one sample in Prometheus text ("name{labels} value"), -1 when it is not there.
inline long long metricValue(const QByteArray& text, const QByteArray& sample)
{
    for (const auto& line : text.split('\n'))
        if (line.startsWith(sample + " "))
            return line.mid(sample.size() + 1).toLongLong();
    return -1;
}

inline const char* describe(const HttpReply& reply)
{
    static thread_local QByteArray text;
    text = QByteArray::number(reply.status) + " " + reply.body.left(600) + " " + reply.error.toUtf8();
    return text.constData();
}

} // namespace switchyard::test

// Compares a reply's status and shows its body when it differs.
#define EXPECT_STATUS(reply, expected)                                                                       \
    do {                                                                                                     \
        const auto& r_ = (reply);                                                                            \
        QVERIFY2(r_.status == (expected), switchyard::test::describe(r_));                                   \
    } while (false)
