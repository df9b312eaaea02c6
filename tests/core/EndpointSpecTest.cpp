#include <QTest>

#include "EndpointSpec.h"

using namespace switchyard;
using nlohmann::json;

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
