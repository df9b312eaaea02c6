#include <QTest>

#include "JsonReader.h"

using namespace switchyard;
using nlohmann::json;

class JsonReaderTest : public QObject
{
    Q_OBJECT

    // Reads `body`'s required int "n" into `n` and answers the reader's verdict.
    static Status readRequiredN(const QString& body, int& n)
    {
        const json parsed = json::parse(body.toStdString());
        JsonReader reader(parsed);
        reader.required("n", n);
        return reader.finish();
    }

private slots:
    void readsEveryType()
    {
        const json body = json::parse(R"({"i": 3, "f": 20.0, "d": 0.25, "b": true, "s": "x",
                                          "m": {"k": "v"}, "l": ["a", "b"]})");
        JsonReader reader(body);
        int i = 0, f = 0;
        double d = 0;
        bool b = false;
        std::string s;
        std::map<std::string, std::string> m;
        std::vector<std::string> l;
        reader.required("i", i);
        reader.required("f", f);
        reader.required("d", d);
        reader.required("b", b);
        reader.required("s", s);
        reader.required("m", m);
        reader.required("l", l);
        QVERIFY(reader.finish().ok());
        QCOMPARE(i, 3);
        QCOMPARE(f, 20); // 20.0 is a whole number
        QCOMPARE(d, 0.25);
        QVERIFY(b);
        QCOMPARE(s, std::string("x"));
        QCOMPARE(m.at("k"), std::string("v"));
        QCOMPARE(l.size(), size_t(2));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("target");
        QTest::newRow("unknown field") << R"({"n": 1, "extra": 2})"
                                       << "UnknownField"
                                       << "extra";
        QTest::newRow("string for a number") << R"({"n": "1"})"
                                             << "InvalidType"
                                             << "n";
        QTest::newRow("fraction for a whole number") << R"({"n": 1.5})"
                                                     << "InvalidType"
                                                     << "n";
        QTest::newRow("number out of int range") << R"({"n": 99999999999})"
                                                 << "InvalidType"
                                                 << "n";
        QTest::newRow("bool for a number") << R"({"n": true})"
                                           << "InvalidType"
                                           << "n";
        QTest::newRow("null for a number") << R"({"n": null})"
                                           << "InvalidType"
                                           << "n";
        QTest::newRow("missing required") << R"({})"
                                          << "MissingField"
                                          << "n";
        QTest::newRow("not an object") << R"([1])"
                                       << "InvalidType"
                                       << "";
    }
    void errors()
    {
        QFETCH(QString, body);
        QFETCH(QString, code);
        QFETCH(QString, target);
        int n = 7;
        const auto status = readRequiredN(body, n);
        QVERIFY(!status.ok());
        QCOMPARE(QString::fromStdString(status.error().code), code);
        QCOMPARE(QString::fromStdString(status.error().target.value_or("")), target);
        if (code != "UnknownField")
            QCOMPARE(n, 7); // a wrong value never lands in the output
    }

    // An out-of-range number is refused with the range it must be in, never wrapped.
    void intRangeMessages_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("message");
        const QString range = "The field 'n' must be a whole number between -2147483648 and 2147483647, not ";
        QTest::newRow("uint64 max (would wrap to -1)")
            << R"({"n": 18446744073709551615})" << range + "18446744073709551615.";
        QTest::newRow("2^63 (would wrap negative)")
            << R"({"n": 9223372036854775808})" << range + "9223372036854775808.";
        QTest::newRow("int max + 1") << R"({"n": 2147483648})" << range + "2147483648.";
        QTest::newRow("int min - 1") << R"({"n": -2147483649})" << range + "-2147483649.";
        QTest::newRow("int64 min") << R"({"n": -9223372036854775808})" << range + "-9223372036854775808.";
        QTest::newRow("huge float") << R"({"n": 1e300})" << range + "1e+300.";
        QTest::newRow("fraction") << R"({"n": 1.5})"
                                  << "The field 'n' must be a whole number, not 1.5.";
    }
    void intRangeMessages()
    {
        QFETCH(QString, body);
        QFETCH(QString, message);
        int n = 7;
        const auto status = readRequiredN(body, n);
        QVERIFY(!status.ok());
        QCOMPARE(QString::fromStdString(status.error().code), QStringLiteral("InvalidType"));
        QCOMPARE(QString::fromStdString(status.error().message), message);
        QCOMPARE(n, 7);
    }

    void intRangeEdgesAccepted()
    {
        const json parsed = json::parse(R"({"a": 2147483647, "b": -2147483648, "c": 2147483647.0})");
        JsonReader reader(parsed);
        int a = 0, b = 0, c = 0;
        reader.required("a", a);
        reader.required("b", b);
        reader.required("c", c);
        QVERIFY(reader.finish().ok());
        QCOMPARE(a, 2147483647);
        QCOMPARE(b, -2147483647 - 1);
        QCOMPARE(c, 2147483647);
    }

    void parseObject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("object") << R"({"a": 1})" << true;
        QTest::newRow("truncated") << R"({"a": )" << false;
        QTest::newRow("array") << "[]" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("garbage") << "\x01\x02" << false;
    }
    void parseObject()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto parsed = JsonReader::parseObject(text.toStdString());
        QCOMPARE(parsed.ok(), ok);
        if (!ok)
            QCOMPARE(QString::fromStdString(parsed.error().code), QStringLiteral("InvalidJson"));
    }

    // A key given twice is refused, naming the key, at any depth: which of the two
    // values would count is unclear, and a proxy in front may have checked the other one.
    void duplicateKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::newRow("top level") << R"({"cpu_cores": 1, "cpu_cores": 2})"
                                   << "cpu_cores";
        QTest::newRow("same value twice") << R"({"a": 1, "b": 2, "a": 1})"
                                          << "a";
        QTest::newRow("nested object") << R"({"version": {"model": "m:1", "model": "m:2"}})"
                                       << "version.model";
        QTest::newRow("deeply nested")
            << R"({"version": {"inference_config": {"env": {"A": "1", "A": "2"}}}})"
            << "version.inference_config.env.A";
        QTest::newRow("object inside an array") << R"({"list": [{"k": 1}, {"k": 1, "k": 2}]})"
                                                << "list[].k";
        QTest::newRow("escaped spelling of the same key") << R"({"ab": 1, "a\u0062": 2})"
                                                          << "ab";
    }
    void duplicateKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        const auto parsed = JsonReader::parseObject(text.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(QString::fromStdString(parsed.error().code), QStringLiteral("DuplicateKey"));
        QCOMPARE(QString::fromStdString(parsed.error().target.value_or("")), target);
        QVERIFY2(parsed.error().message.find("'" + target.toStdString() + "'") != std::string::npos,
                 parsed.error().message.c_str());
        QCOMPARE(httpStatus(parsed.error().kind), 400);
    }

    void sameKeyInDifferentObjectsAccepted()
    {
        const auto parsed = JsonReader::parseObject(
            R"({"a": {"k": 1}, "b": {"k": 2}, "list": [{"k": 1}, {"k": 2}], "k": 3, "c": {"d": {"k": 4}}})");
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE((*parsed)["c"]["d"]["k"].get<int>(), 4);
    }

    void errorBodyRoundTrip()
    {
        const Error e = Error::conflict("VersionLimitReached", "Too many.", std::string("version_name"));
        const json body = e.toJson();
        QCOMPARE(body["error"]["code"].get<std::string>(), std::string("VersionLimitReached"));
        QVERIFY(Error::badRequest("X", "y").toJson()["error"]["target"].is_null());
        const Error back = Error::fromJson(body, errorKindForStatus(409));
        QCOMPARE(back.kind, ErrorKind::Conflict);
        QCOMPARE(back.code, e.code);
        QCOMPARE(back.message, e.message);
        QCOMPARE(back.target, e.target);
        QCOMPARE(httpStatus(back.kind), 409);
        QCOMPARE(Error::fromJson(json("nonsense"), ErrorKind::Internal).code,
                 std::string("UnexpectedResponse"));
    }
};

QTEST_GUILESS_MAIN(JsonReaderTest)
#include "JsonReaderTest.moc"
