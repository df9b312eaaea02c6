#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "FindNamed.h"

#include "dialogs/ReplicaCalculatorBox.h"
#include "dialogs/VersionDialog.h"
#include "dialogs/VersionSpecForm.h"

using namespace switchyard;
using namespace switchyard::widgets;

class VersionDialogTest : public QObject
{
    Q_OBJECT

private:
    template <class T>
    static T* find(QWidget* parent, const char* name)
    {
        return test::findNamed<T>(parent, name);
    }
    static void fillValid(QWidget* dialog)
    {
        find<QLineEdit>(dialog, "version_name")->setText(QStringLiteral("versionb"));
        find<QComboBox>(dialog, "model")->setCurrentText(QStringLiteral("churn:1"));
    }

private slots:
    void defaultsAreTheContracts()
    {
        VersionDialog dialog(QStringLiteral("churn"));
        fillValid(&dialog);
        auto spec = dialog.spec();
        QVERIFY(spec.ok());
        VersionSpec expected;
        expected.versionName = "versionb";
        expected.model = "churn:1";
        QCOMPARE(spec.value(), expected);
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void invalidNameShowsTheReasonAndDisablesOk_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << QStringLiteral("VersionB");
        QTest::newRow("too short") << QStringLiteral("ab");
        QTest::newRow("starts with a digit") << QStringLiteral("1version");
    }
    void invalidNameShowsTheReasonAndDisablesOk()
    {
        QFETCH(QString, name);
        VersionDialog dialog(QStringLiteral("churn"));
        dialog.show();
        fillValid(&dialog);
        QSignalSpy submitted(&dialog, &SubmitDialog::submitRequested);
        find<QLineEdit>(&dialog, "version_name")->setText(name);
        auto* error = find<QLabel>(&dialog, "version_nameError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 0);
    }

    void ruleBreaksNameTheirField_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<int>("value");
        QTest::newRow("min replicas 0") << QByteArray("autoscale_min_replicas") << 0;
        QTest::newRow("max replicas over 100") << QByteArray("autoscale_max_replicas") << 101;
        QTest::newRow("target utilization 0") << QByteArray("autoscale_target_utilization") << 0;
        QTest::newRow("concurrency 0") << QByteArray("replica_max_concurrent_requests") << 0;
        QTest::newRow("traffic over 100") << QByteArray("traffic_percentile") << 150;
    }
    void ruleBreaksNameTheirField()
    {
        QFETCH(QByteArray, field);
        QFETCH(int, value);
        VersionDialog dialog(QStringLiteral("churn"));
        dialog.show();
        fillValid(&dialog);
        QVERIFY(dialog.okButton()->isEnabled());
        find<QSpinBox>(&dialog, field.constData())->setValue(value);
        auto* error = find<QLabel>(&dialog, (field + "Error").constData());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QString::fromLatin1(field)), qPrintable(error->text()));
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void badModelReferenceIsRefused()
    {
        VersionDialog dialog(QStringLiteral("churn"));
        dialog.show();
        fillValid(&dialog);
        find<QComboBox>(&dialog, "model")->setCurrentText(QStringLiteral("churn"));
        QVERIFY(find<QLabel>(&dialog, "modelError")->isVisible());
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void fixedReplicasTurnAutoscaleOff()
    {
        VersionDialog dialog(QStringLiteral("churn"));
        fillValid(&dialog);
        find<QCheckBox>(&dialog, "fixedReplicas")->setChecked(true);
        find<QSpinBox>(&dialog, "num_replicas")->setValue(3);
        auto spec = dialog.spec();
        QVERIFY(spec.ok());
        QCOMPARE(spec->numReplicas, std::optional<int>(3));
        QVERIFY(!spec->autoscaleEnabled);
        QVERIFY(dialog.okButton()->isEnabled());
        // Both at once is a rule core refuses: the reason appears beside the replica count.
        find<QCheckBox>(&dialog, "autoscale_enabled")->setChecked(true);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!find<QLabel>(&dialog, "num_replicasError")->text().isEmpty());
    }

    void validInputIsSubmittedOnce()
    {
        VersionDialog dialog(QStringLiteral("churn"));
        dialog.show();
        fillValid(&dialog);
        QSignalSpy submitted(&dialog, &SubmitDialog::submitRequested);
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.okButton()->isEnabled()); // no second request while the first is in flight
        Error refused = Error::conflict("InsufficientCapacity", "Not enough CPU for 1 replica.", "cpu_cores");
        dialog.fail(refused);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(find<QLabel>(&dialog, "cpu_coresError")->text(),
                 QStringLiteral("Not enough CPU for 1 replica."));
    }

    void calculatorSetsTheMinimum()
    {
        VersionDialog dialog(QStringLiteral("churn"));
        fillValid(&dialog);
        auto* calculator = dialog.findChild<ReplicaCalculatorBox*>();
        QVERIFY(calculator);
        find<QDoubleSpinBox>(&dialog, "calculatorTargetRps")->setValue(10);
        find<QSpinBox>(&dialog, "calculatorRequestMs")->setValue(100);
        // ceil(10 × 0.1 ÷ 0.7 ÷ 1) = 2 at the default 70 % target.
        QCOMPARE(calculator->replicas(), 2);
        find<QSpinBox>(&dialog, "autoscale_target_utilization")->setValue(50);
        QCOMPARE(calculator->replicas(), 2);
        find<QDoubleSpinBox>(&dialog, "calculatorTargetRps")->setValue(100);
        QCOMPARE(calculator->replicas(), 20);
        QTest::mouseClick(find<QPushButton>(&dialog, "calculatorUse"), Qt::LeftButton);
        QCOMPARE(find<QSpinBox>(&dialog, "autoscale_min_replicas")->value(), 20);
        QCOMPARE(find<QSpinBox>(&dialog, "autoscale_max_replicas")->value(), 20);
    }

    void editSendsOnlyWhatChanged()
    {
        VersionSpec current;
        current.versionName = "versiona";
        current.model = "churn:1";
        current.isDefault = true;
        VersionDialog dialog(QStringLiteral("churn"), current);
        dialog.show();
        QVERIFY(!dialog.okButton()->isEnabled()); // nothing changed yet
        QVERIFY(!find<QLineEdit>(&dialog, "version_name")->isEnabled());
        QVERIFY(!find<QDoubleSpinBox>(&dialog, "cpu_cores")->isEnabled());
        find<QSpinBox>(&dialog, "traffic_percentile")->setValue(20);
        QVERIFY(dialog.okButton()->isEnabled());
        auto patch = dialog.patch();
        QVERIFY(patch.ok());
        QCOMPARE(patch->trafficPercentile, std::optional<int>(20));
        QVERIFY(!patch->autoscaleMinReplicas.has_value());
        QVERIFY(!patch->isDefault.has_value());
    }
};

QTEST_MAIN(VersionDialogTest)
#include "VersionDialogTest.moc"
