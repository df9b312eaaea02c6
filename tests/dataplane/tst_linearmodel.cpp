#include <cmath>

#include <QTest>

#include "LinearModel.h"

using switchyard::replica::LinearModel;

class TestLinearModel : public QObject
{
    Q_OBJECT

private slots:
    void identityIsAffine();
    void sigmoidAndSoftmax();
    void scoreAnswersResultAndLabels();
    void malformedInputIsBadRequest_data();
    void malformedInputIsBadRequest();
    void malformedModelIsRejected_data();
    void malformedModelIsRejected();
};

static LinearModel load(const std::string& text)
{
    auto model = LinearModel::fromJson(text);
    if (!model)
        qFatal("model did not load: %s", model.error().message.c_str());
    return std::move(model).value();
}

void TestLinearModel::identityIsAffine()
{
    const auto model = load(R"({"format": "switchyard.linear/v1", "weights": [[0.5, -1.0], [0.25, 2.0]],
                               "bias": [0.1, 0.0], "activation": "identity"})");
    QCOMPARE(model.inputs(), 2);
    QCOMPARE(model.outputs(), 2);
    // [1, 2]·W + b = [0.5 + 0.5 + 0.1, -1 + 4 + 0] = [1.1, 3.0]
    const auto y = model.evaluate({1.0, 2.0});
    QCOMPARE(y.size(), size_t(2));
    QCOMPARE(y[0], 1.1);
    QCOMPARE(y[1], 3.0);
    QCOMPARE(model.workMs(), 0);
}

void TestLinearModel::sigmoidAndSoftmax()
{
    const auto sigmoid = load(R"({"format": "switchyard.linear/v1", "weights": [[1.0], [1.0]], "bias": [0.0],
                                 "activation": "sigmoid", "work_ms": 25})");
    QCOMPARE(sigmoid.evaluate({0.0, 0.0})[0], 0.5);
    QCOMPARE(sigmoid.evaluate({1.0, 1.0})[0], 1.0 / (1.0 + std::exp(-2.0)));
    QCOMPARE(sigmoid.workMs(), 25);

    const auto softmax = load(R"({"format": "switchyard.linear/v1", "weights": [[0.5, -1.0], [0.25, 2.0]],
                                 "bias": [0.1, 0.0], "activation": "softmax"})");
    const auto y = softmax.evaluate({1.0, 2.0});
    // softmax([1.1, 3.0]) = [1 / (1 + e^1.9), e^1.9 / (1 + e^1.9)]
    const double e = std::exp(1.9);
    QVERIFY(std::abs(y[0] - 1.0 / (1.0 + e)) < 1e-12);
    QVERIFY(std::abs(y[1] - e / (1.0 + e)) < 1e-12);
    QVERIFY(std::abs(y[0] + y[1] - 1.0) < 1e-12);
    // Large scores must not overflow.
    const auto big = softmax.evaluate({1000.0, 1000.0});
    QVERIFY(std::isfinite(big[0]) && std::isfinite(big[1]));
}

void TestLinearModel::scoreAnswersResultAndLabels()
{
    const auto model = load(R"({"format": "switchyard.linear/v1", "weights": [[0.5, -1.0], [0.25, 2.0]],
                               "bias": [0.1, 0.0], "activation": "identity", "labels": ["stay", "churn"]})");
    auto answer = model.score(R"({"data": [[1, 2], [0, 0]]})");
    QVERIFY(answer.ok());
    const auto& json = answer.value();
    QCOMPARE(json["result"].size(), size_t(2));
    QCOMPARE(json["result"][0][0].get<double>(), 1.1);
    QCOMPARE(json["result"][0][1].get<double>(), 3.0);
    QCOMPARE(json["result"][1][0].get<double>(), 0.1);
    QCOMPARE(json["result"][1][1].get<double>(), 0.0);
    QCOMPARE(json["labels"][1].get<std::string>(), std::string("churn"));

    auto empty = model.score(R"({"data": []})");
    QVERIFY(empty.ok());
    QVERIFY(empty.value()["result"].empty());
}

void TestLinearModel::malformedInputIsBadRequest_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("not json") << "{\"data\": [[1, 2]";
    QTest::newRow("no data") << "{\"rows\": [[1, 2]]}";
    QTest::newRow("data not array") << "{\"data\": 3}";
    QTest::newRow("row too short") << "{\"data\": [[1]]}";
    QTest::newRow("row too long") << "{\"data\": [[1, 2, 3]]}";
    QTest::newRow("string in row") << "{\"data\": [[1, \"2\"]]}";
    QTest::newRow("bool in row") << "{\"data\": [[1, true]]}";
    QTest::newRow("row not array") << "{\"data\": [5]}";
    QTest::newRow("top-level array") << "[[1, 2]]";
}

void TestLinearModel::malformedInputIsBadRequest()
{
    QFETCH(QString, body);
    const auto model = load(R"({"format": "switchyard.linear/v1", "weights": [[0.5, -1.0], [0.25, 2.0]],
                               "bias": [0.1, 0.0]})");
    const auto answer = model.score(body.toStdString());
    QVERIFY(!answer.ok());
    QCOMPARE(int(answer.error().kind), int(switchyard::ErrorKind::BadRequest));
    QVERIFY(!answer.error().message.empty());
}

void TestLinearModel::malformedModelIsRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("wrong format") << R"({"format": "other", "weights": [[1]], "bias": [0]})";
    QTest::newRow("ragged weights")
        << R"({"format": "switchyard.linear/v1", "weights": [[1, 2], [1]], "bias": [0, 0]})";
    QTest::newRow("bias mismatch")
        << R"({"format": "switchyard.linear/v1", "weights": [[1, 2]], "bias": [0]})";
    QTest::newRow("bad activation")
        << R"({"format": "switchyard.linear/v1", "weights": [[1]], "bias": [0], "activation": "relu"})";
    QTest::newRow("labels count")
        << R"({"format": "switchyard.linear/v1", "weights": [[1]], "bias": [0], "labels": ["a", "b"]})";
    QTest::newRow("negative work")
        << R"({"format": "switchyard.linear/v1", "weights": [[1]], "bias": [0], "work_ms": -1})";
    QTest::newRow("not json") << "nope";
}

void TestLinearModel::malformedModelIsRejected()
{
    QFETCH(QString, text);
    QVERIFY(!LinearModel::fromJson(text.toStdString()).ok());
}

QTEST_APPLESS_MAIN(TestLinearModel)
#include "tst_linearmodel.moc"
