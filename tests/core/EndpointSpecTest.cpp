#include <QTest>

#include "EndpointSpec.h"

using namespace switchyard;
using nlohmann::json;

Q_DECLARE_METATYPE(nlohmann::json)

class EndpointSpecTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndRoundTrip()
    {
        const json body =
            json::parse(R"({"name": "churn", "version": {"version_name": "versiona", "model": "churn:1"}})");
        const auto spec = EndpointSpec::fromJson(body);
        QVERIFY(spec.ok());
        QVERIFY(spec->authEnabled);
        QVERIFY(!spec->tokenAuthEnabled);
        QVERIFY(spec->authMode() == AuthMode::Key);
        const auto again = EndpointSpec::fromJson(spec->toJson());
        QVERIFY(again.ok());
        QVERIFY(*again == *spec);
    }

    void authModes_data()
    {
        QTest::addColumn<bool>("key");
        QTest::addColumn<bool>("token");
        QTest::addColumn<QString>("mode"); // empty: refused
        QTest::newRow("key auth by default") << true << false << "key";
        QTest::newRow("token auth") << false << true << "token";
        QTest::newRow("no auth") << false << false << "none";
        QTest::newRow("both is a 400") << true << true << "";
    }
    void authModes()
    {
        QFETCH(bool, key);
        QFETCH(bool, token);
        QFETCH(QString, mode);
        json body =
            json::parse(R"({"name": "churn", "version": {"version_name": "versiona", "model": "churn:1"}})");
        body["auth_enabled"] = key;
        body["token_auth_enabled"] = token;
        const auto spec = EndpointSpec::fromJson(body);
        QCOMPARE(spec.ok(), !mode.isEmpty());
        if (spec)
            QCOMPARE(QString::fromStdString(toString(spec->authMode())), mode);
        else
            QCOMPARE(httpStatus(spec.error().kind), 400);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("target");
        QTest::newRow("bad endpoint name")
            << R"({"name": "Churn!", "version": {"version_name": "versiona", "model": "m:1"}})"
            << "InvalidName"
            << "name";
        QTest::newRow("no version") << R"({"name": "churn"})"
                                    << "MissingField"
                                    << "version";
        QTest::newRow("version error names the nested field")
            << R"({"name": "churn", "version": {"version_name": "versiona", "model": "m:1", "cpu_cores": -1}})"
            << "InvalidValue"
            << "version.cpu_cores";
        QTest::newRow("unknown field") << R"({"name": "churn", "colour": "red", "version": {}})"
                                       << "UnknownField"
                                       << "colour";
        QTest::newRow("tags must be strings")
            << R"({"name": "churn", "tags": {"a": 1}, "version": {"version_name": "versiona", "model": "m:1"}})"
            << "InvalidType"
            << "tags";
    }
    void refused()
    {
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, target);
        const auto spec = EndpointSpec::fromJson(json::parse(body.toStdString()));
        QVERIFY(!spec.ok());
        QCOMPARE(QString::fromStdString(spec.error().code), code);
        QCOMPARE(QString::fromStdString(spec.error().target.value_or("")), target);
    }

    // Descriptions and tags are bounded, or 40 PATCHes with 1 MB descriptions make a 42 MB events
    // page. Limits: description 1024 characters, 50 tags, keys 1-128, values 256.
    static std::string repeat(const std::string& text, int times)
    {
        std::string out;
        for (int i = 0; i < times; ++i)
            out += text;
        return out;
    }
    static json tagsOf(int count, int keyChars = 3, int valueChars = 1)
    {
        json tags = json::object();
        for (int i = 0; i < count; ++i) {
            std::string key = std::to_string(i);
            key.resize(std::max<std::size_t>(key.size(), keyChars), 'k');
            tags[key] = std::string(valueChars, 'v');
        }
        return tags;
    }
    void sizesBounded_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<json>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("description at the limit")
            << "description" << json(std::string(1024, 'd')) << true << ""
            << "";
        QTest::newRow("description in two-byte characters at the limit")
            << "description" << json(repeat("\xc3\xa9", 1024)) << true << ""
            << "";
        QTest::newRow("description in two-byte characters over the limit")
            << "description" << json(repeat("\xc3\xa9", 1025)) << false << "description"
            << "description must be at most 1024 characters, not 1025.";
        QTest::newRow("description over the limit")
            << "description" << json(std::string(1025, 'd')) << false << "description"
            << "description must be at most 1024 characters, not 1025.";
        QTest::newRow("a megabyte description")
            << "description" << json(std::string(1 << 20, 'd')) << false << "description"
            << "description must be at most 1024 characters, not 1048576.";
        QTest::newRow("50 tags") << "tags" << tagsOf(50) << true << ""
                                 << "";
        QTest::newRow("51 tags") << "tags" << tagsOf(51) << false << "tags"
                                 << "tags must hold at most 50 tags, not 51.";
        QTest::newRow("key at the limit") << "tags" << tagsOf(1, 128) << true << ""
                                          << "";
        QTest::newRow("key over the limit") << "tags" << tagsOf(1, 129) << false << "tags"
                                            << "A tag key must be 1 to 128 characters long, not 129.";
        QTest::newRow("empty key") << "tags" << json{{"", "v"}} << false << "tags"
                                   << "A tag key must be 1 to 128 characters long, not 0.";
        QTest::newRow("value at the limit") << "tags" << json{{"team", std::string(256, 'v')}} << true << ""
                                            << "";
        QTest::newRow("value over the limit")
            << "tags" << json{{"team", std::string(257, 'v')}} << false << "tags.team"
            << "The value of tag 'team' must be at most 256 characters, not 257.";
    }
    void sizesBounded()
    {
        QFETCH(QString, field);
        QFETCH(json, value);
        QFETCH(bool, ok);
        QFETCH(QString, target);
        QFETCH(QString, message);
        json create{{"name", "churn"}, {"version", {{"version_name", "versiona"}, {"model", "m:1"}}}};
        create[field.toStdString()] = value;
        const auto spec = EndpointSpec::fromJson(create);
        const auto patch = EndpointPatch::fromJson(json{{field.toStdString(), value}});
        QCOMPARE(spec.ok(), ok);
        QCOMPARE(patch.ok(), ok);
        if (ok)
            return;
        for (const Error& error : {spec.error(), patch.error()}) {
            QCOMPARE(QString::fromStdString(error.code), QStringLiteral("InvalidValue"));
            QCOMPARE(QString::fromStdString(error.target.value_or("")), target);
            QCOMPARE(QString::fromStdString(error.message), message);
            QCOMPARE(httpStatus(error.kind), 400);
        }
    }

    void patch()
    {
        const auto patch =
            EndpointPatch::fromJson(json{{"auth_enabled", false}, {"token_auth_enabled", true}});
        QVERIFY(patch.ok());
        QVERIFY(patch->toJson() == (json{{"auth_enabled", false}, {"token_auth_enabled", true}}));
        QVERIFY(!EndpointPatch::fromJson(json{{"name", "other"}}).ok());
        QVERIFY(!validateAuthChoice(true, true).ok());
        QVERIFY(validateAuthChoice(false, true).ok());
    }
};

QTEST_GUILESS_MAIN(EndpointSpecTest)
#include "EndpointSpecTest.moc"
