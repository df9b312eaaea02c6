#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

#include "dialogs/VersionSpecForm.h"

using namespace switchyard;
using namespace switchyard::widgets;

namespace {
// Every field away from its default, so a field the form forgets comes back as the default and differs.
VersionSpec everyFieldSet()
{
    VersionSpec spec;
    spec.versionName = "versionc";
    spec.model = "churn:2";
    spec.inferenceConfig.runtime = InferenceConfig::Runtime::Command;
    spec.inferenceConfig.command = {"python3", "serve.py", "--port", "$PORT"};
    spec.inferenceConfig.env = {{"MODE", "fast"}, {"THREADS", "2"}};
    spec.inferenceConfig.healthPath = "/ready";
    spec.inferenceConfig.scorePath = "/predict";
    spec.cpuCores = 1.25;
    spec.memoryGb = 2.5;
    spec.numReplicas = 3;
    spec.autoscaleEnabled = false;
    spec.autoscaleMinReplicas = 2;
    spec.autoscaleMaxReplicas = 7;
    spec.autoscaleTargetUtilization = 55;
    spec.autoscaleRefreshSeconds = 4;
    spec.replicaMaxConcurrentRequests = 6;
    spec.maxRequestWaitTime = 900;
    spec.scoringTimeoutMs = 30000;
    spec.periodSeconds = 11;
    spec.initialDelaySeconds = 12;
    spec.timeoutSeconds = 3;
    spec.successThreshold = 2;
    spec.failureThreshold = 5;
    spec.trafficPercentile = 40;
    spec.isDefault = true;
    spec.isControlVersionType = true;
    spec.collectModelData = true;
    spec.description = "the churn model, retrained";
    spec.tags = {{"team", "risk"}, {"tier", "gold"}};
    return spec;
}

// The contract names of a JSON object's fields, nested objects as "outer.inner".
QStringList fieldNames(const nlohmann::json& json, const QString& prefix = {})
{
    QStringList names;
    for (const auto& [key, value] : json.items()) {
        const QString name = prefix + QString::fromStdString(key);
        if (value.is_object() && key != "tags" && key != "env")
            names << fieldNames(value, name + QLatin1Char('.'));
        else
            names << name;
    }
    return names;
}

QStringList patchableNames()
{
    VersionPatch all;
    all.trafficPercentile = 1;
    all.isDefault = true;
    all.isControlVersionType = true;
    all.description = "d";
    all.tags = std::map<std::string, std::string>{};
    all.numReplicas = std::optional<int>(1);
    all.autoscaleEnabled = true;
    all.autoscaleMinReplicas = 1;
    all.autoscaleMaxReplicas = 1;
    all.autoscaleTargetUtilization = 1;
    all.autoscaleRefreshSeconds = 1;
    all.replicaMaxConcurrentRequests = 1;
    all.maxRequestWaitTime = 1;
    all.scoringTimeoutMs = 1;
    all.collectModelData = true;
    return fieldNames(all.toJson());
}

// Changes the value the editor named `name` holds, whatever kind of editor it is.
void changeEditor(VersionSpecForm& form, const QString& name)
{
    QWidget* editor = form.findChild<QWidget*>(name);
    QVERIFY2(editor, qPrintable(name));
    if (auto* box = qobject_cast<QSpinBox*>(editor))
        box->setValue(box->value() + 1);
    else if (auto* dbox = qobject_cast<QDoubleSpinBox*>(editor))
        dbox->setValue(dbox->value() + 0.5);
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        check->toggle();
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(line->text() + (line->text().contains(QLatin1Char('=')) ? QStringLiteral(", zz=1")
                                                                              : QStringLiteral("x")));
    else if (auto* combo = qobject_cast<QComboBox*>(editor); combo && combo->isEditable())
        combo->setCurrentText(combo->currentText() + QStringLiteral("x"));
    else if (combo)
        combo->setCurrentIndex(1 - combo->currentIndex());
    else
        QFAIL(qPrintable(QStringLiteral("no way to change %1").arg(name)));
}
} // namespace

class VersionSpecFormTest : public QObject
{
    Q_OBJECT

private slots:
    void everyContractFieldHasItsEditor()
    {
        VersionSpecForm form(VersionSpecForm::Mode::NewVersion);
        for (const QString& name : fieldNames(everyFieldSet().toJson()))
            QVERIFY2(form.findChild<QWidget*>(name), qPrintable(name));
    }

    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<VersionSpecForm::Mode>("mode");
        QTest::newRow("new version") << VersionSpecForm::Mode::NewVersion;
        QTest::newRow("first version") << VersionSpecForm::Mode::FirstVersion;
        QTest::newRow("edit") << VersionSpecForm::Mode::Edit;
    }
    void everyFieldRoundTrips()
    {
        QFETCH(VersionSpecForm::Mode, mode);
        VersionSpecForm form(mode);
        const VersionSpec spec = everyFieldSet();
        form.setSpec(spec);
        const auto read = form.spec();
        QVERIFY(read.ok());
        QCOMPARE(read.value().toJson().dump(), spec.toJson().dump());
        QCOMPARE(read.value(), spec);
        const auto patch = form.patch();
        QVERIFY(patch.ok());
        QVERIFY(patch.value().empty());
    }

    void patchHoldsExactlyTheFieldChanged_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("expected");
        const QStringList patchable = patchableNames();
        QVERIFY(!patchable.isEmpty());
        for (const QString& name : fieldNames(everyFieldSet().toJson())) {
            const QStringList expected = patchable.contains(name) ? QStringList{name} : QStringList{};
            QTest::newRow(qPrintable(name)) << name << expected;
        }
    }
    // A field PATCH may change goes into the patch alone; one fixed at creation never does.
    void patchHoldsExactlyTheFieldChanged()
    {
        QFETCH(QString, field);
        QFETCH(QStringList, expected);
        VersionSpecForm form(VersionSpecForm::Mode::Edit);
        form.setSpec(everyFieldSet());
        changeEditor(form, field);
        const auto typed = form.spec();
        QVERIFY(typed.ok());
        QVERIFY2(!(typed.value() == everyFieldSet()), "the change reached the spec");
        const auto patch = form.patch();
        QVERIFY(patch.ok());
        QCOMPARE(fieldNames(patch.value().toJson()), expected);
    }
};

QTEST_MAIN(VersionSpecFormTest)
#include "VersionSpecFormTest.moc"
