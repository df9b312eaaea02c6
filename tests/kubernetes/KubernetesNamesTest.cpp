#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QTest>

#include "KubernetesNames.h"
#include "Names.h"

using namespace switchyard;

namespace {

// Kubernetes' own expressions (k8s.io/apimachinery/pkg/util/validation), checked independently of the
// hand-written validators under test.
const std::regex kDns1123Label("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
const std::regex kLabelValue("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$");

bool matchesDns1123Label(const std::string& name)
{
    return name.size() <= 63 && std::regex_match(name, kDns1123Label);
}
bool matchesLabelValue(const std::string& value)
{
    return value.size() <= 63 && std::regex_match(value, kLabelValue);
}

// A valid resource name of `length` characters (3 to 32) built from `seed`: letters, digits and '-'.
std::string resourceName(std::size_t length, unsigned seed, bool dashes)
{
    static const std::string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
    std::string name(1, static_cast<char>('a' + seed % 26));
    unsigned state = seed * 2654435761u + 12345u;
    while (name.size() < length) {
        state = state * 1103515245u + 12345u;
        const std::size_t range = dashes ? alphabet.size() : alphabet.size() - 1;
        name += alphabet[(state >> 16) % range];
    }
    return name;
}

void checkName(const std::string& endpoint, const std::string& version)
{
    QVERIFY2(validateResourceName(endpoint, "endpoint").ok(), endpoint.c_str());
    QVERIFY2(validateResourceName(version, "version").ok(), version.c_str());
    const std::string name = KubernetesNames::deploymentName(endpoint, version);
    QVERIFY2(matchesDns1123Label(name), name.c_str());
    QVERIFY(KubernetesNames::isDns1123Label(name));
    QVERIFY2(name.rfind("sy-" + endpoint + "-", 0) == 0, name.c_str()); // the endpoint stays whole
    QCOMPARE(KubernetesNames::deploymentName(endpoint, version), name); // stable
}

} // namespace

class KubernetesNamesTest : public QObject
{
    Q_OBJECT

private slots:
    void deploymentNames_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected"); // empty: hashed, only checked for shape
        QTest::newRow("short names stay readable") << "churn"
                                                   << "blue"
                                                   << "sy-churn-blue";
        QTest::newRow("shortest names") << "abc"
                                        << "xyz"
                                        << "sy-abc-xyz";
        // 3 + 29 + 1 + 30 = 63: the longest readable name.
        QTest::newRow("exactly 63 characters")
            << QString(29, 'e') << QString(30, 'v') << "sy-" + QString(29, 'e') + "-" + QString(30, 'v');
        QTest::newRow("64 characters are hashed") << QString(30, 'e') << QString(30, 'v') << "";
        QTest::newRow("longest names") << QString(32, 'e') << QString(32, 'v') << "";
        QTest::newRow("dash in the endpoint") << "churn-model"
                                              << "blue"
                                              << "";
        // Pinned: a later release must compute the same name to adopt the Deployment.
        QTest::newRow("hash is stable") << "churn-model"
                                        << "blue"
                                        << "sy-churn-model-blue-9d12e5b3d526";
        QTest::newRow("dash in the version") << "churn"
                                             << "blue-2"
                                             << "";
        QTest::newRow("trailing dashes") << "abc-"
                                         << "xy-"
                                         << "";
        QTest::newRow("runs of dashes") << "a---b"
                                        << "c---"
                                        << "";
        QTest::newRow("longest, all dashes") << "a" + QString(31, '-') << "b" + QString(31, '-') << "";
        QTest::newRow("digits") << "a12"
                                << "v999"
                                << "sy-a12-v999";
    }
    void deploymentNames()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, version);
        QFETCH(QString, expected);
        checkName(endpoint.toStdString(), version.toStdString());
        const auto name = QString::fromStdString(
            KubernetesNames::deploymentName(endpoint.toStdString(), version.toStdString()));
        if (!expected.isEmpty()) {
            QCOMPARE(name, expected);
        } else {
            QVERIFY(name.size() <= 63);
            QVERIFY2(name.count('-') >= 3, qPrintable(name)); // never the shape of a readable name
            QVERIFY(name.right(12).contains(QRegularExpression("^[0-9a-f]{12}$")));
        }
    }

    // "sy-a-b-c" must not be both (a-b, c) and (a, b-c).
    void ambiguousSplitsDiffer()
    {
        const auto first = KubernetesNames::deploymentName("abc-def", "ghi");
        const auto second = KubernetesNames::deploymentName("abc", "def-ghi");
        QVERIFY(first != second);
        QVERIFY(first != "sy-abc-def-ghi" && second != "sy-abc-def-ghi");
    }

    // Every length pair the API allows, with and without dashes: valid, and all distinct.
    void everyLengthIsValidAndDistinct()
    {
        std::set<std::string> seen;
        std::size_t pairs = 0;
        for (std::size_t e = 3; e <= 32; ++e) {
            for (std::size_t v = 3; v <= 32; ++v) {
                for (unsigned seed = 0; seed < 6; ++seed) {
                    const bool dashes = seed % 2 == 1;
                    const auto endpoint = resourceName(e, seed * 977 + static_cast<unsigned>(e), dashes);
                    const auto version = resourceName(v, seed * 131 + static_cast<unsigned>(v) * 7, dashes);
                    checkName(endpoint, version);
                    seen.insert(KubernetesNames::deploymentName(endpoint, version));
                    ++pairs;
                }
            }
        }
        QCOMPARE(seen.size(), pairs);
    }

    // Longest names that agree on everything the truncation keeps: only the hash tells them apart.
    void truncatedNamesNeverCollide()
    {
        const std::string endpoint(32, 'e');
        std::set<std::string> seen;
        std::size_t pairs = 0;
        for (unsigned i = 0; i < 20000; ++i) {
            // The first 14 characters of the version survive truncation; the rest differ.
            std::string version = std::string(14, 'v') + resourceName(18, i, true);
            version[14] = 'x';
            const auto name = KubernetesNames::deploymentName(endpoint, version);
            QVERIFY2(matchesDns1123Label(name), name.c_str());
            seen.insert(name);
            ++pairs;
        }
        QCOMPARE(seen.size(), pairs);
        // And one prefix, many endpoints of the same kind.
        for (unsigned i = 0; i < 5000; ++i) {
            seen.insert(KubernetesNames::deploymentName("a-" + resourceName(30, i, true), "b-c"));
            ++pairs;
        }
        QCOMPARE(seen.size(), pairs);
    }

    void labelValues_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("kept");
        QTest::newRow("a name") << "churn" << true;
        QTest::newRow("empty is a valid value") << "" << true;
        QTest::newRow("63 characters") << QString(63, 'a') << true;
        QTest::newRow("64 characters") << QString(64, 'a') << false;
        QTest::newRow("dots and underscores inside") << "A.b_c-D" << true;
        QTest::newRow("trailing dash") << "churn-" << false;
        QTest::newRow("leading dot") << ".churn" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("space") << "my cluster" << false;
        QTest::newRow("non-ascii") << QString::fromUtf8("modèle") << false;
    }
    void labelValues()
    {
        QFETCH(QString, raw);
        QFETCH(bool, kept);
        const std::string text = raw.toStdString();
        const std::string value = KubernetesNames::labelValue(text);
        QVERIFY2(matchesLabelValue(value), value.c_str());
        QCOMPARE(KubernetesNames::isLabelValue(text), matchesLabelValue(text));
        QCOMPARE(value == text, kept);
        if (!kept)
            QVERIFY(value.rfind("h.", 0) == 0);
    }

    // Every endpoint and version name the API allows gives a valid label value, and a hashed value is
    // never an API name.
    void labelsForApiNames()
    {
        for (std::size_t length = 3; length <= 32; ++length) {
            for (unsigned seed = 0; seed < 40; ++seed) {
                std::string name = resourceName(length, seed, true);
                if (seed % 4 == 0)
                    name.back() = '-';
                const auto labels = KubernetesNames::labels("local", name, name);
                for (const auto& [key, value] : labels.items())
                    QVERIFY2(matchesLabelValue(value.get<std::string>()), value.dump().c_str());
                const auto value = labels.at(KubernetesNames::kEndpointKey).get<std::string>();
                QCOMPARE(value == name, name.back() != '-');
                QCOMPARE(validateResourceName(value, "name").ok(), value == name);
                const auto annotations = KubernetesNames::annotations("local", name, name);
                QCOMPARE(annotations.at(KubernetesNames::kEndpointNameAnnotation).get<std::string>(), name);
            }
        }
        const auto labels = KubernetesNames::labels("my cluster", "churn", "blue");
        QCOMPARE(labels.at(KubernetesNames::kManagedByKey).get<std::string>(), std::string("switchyard"));
        QCOMPARE(labels.at(KubernetesNames::kClusterKey).get<std::string>(),
                 KubernetesNames::labelValue("my cluster"));
        QCOMPARE(labels.size(), std::size_t(4));
    }

    void validatorsAgreeWithKubernetesExpressions()
    {
        const std::vector<std::string> samples{"",    "a",    "-",    "a-",   "-a",  "a-b", "A",
                                               "a.b", "a_b",  "1",    "1-2",  "ab.", "_a",  "a b",
                                               "é",   "a--b", "0-x0", "Z9_z", "a..b"};
        for (const auto& text : samples) {
            QCOMPARE(KubernetesNames::isDns1123Label(text), matchesDns1123Label(text));
            QCOMPARE(KubernetesNames::isLabelValue(text), matchesLabelValue(text));
        }
        QVERIFY(KubernetesNames::isDns1123Label(std::string(63, 'a')));
        QVERIFY(!KubernetesNames::isDns1123Label(std::string(64, 'a')));
    }
};

QTEST_APPLESS_MAIN(KubernetesNamesTest)
#include "KubernetesNamesTest.moc"
