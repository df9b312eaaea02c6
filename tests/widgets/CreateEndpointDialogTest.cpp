#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "FindNamed.h"

#include "dialogs/CreateEndpointDialog.h"

using namespace switchyard;
using namespace switchyard::widgets;

class CreateEndpointDialogTest : public QObject
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
        find<QLineEdit>(dialog, "endpointName")->setText(QStringLiteral("churn"));
        find<QLineEdit>(dialog, "version_name")->setText(QStringLiteral("versiona"));
        find<QComboBox>(dialog, "model")->setCurrentText(QStringLiteral("churn:1"));
    }

private slots:
    void buildsTheContractsRequest()
    {
        CreateEndpointDialog dialog;
        fillValid(&dialog);
        find<QLineEdit>(&dialog, "endpointTags")->setText(QStringLiteral("team=risk, tier=gold"));
        QVERIFY(dialog.okButton()->isEnabled());
        auto spec = dialog.spec();
        QVERIFY(spec.ok());
        QCOMPARE(spec->name, std::string("churn"));
        QVERIFY(spec->authEnabled);
        QVERIFY(!spec->tokenAuthEnabled);
        QVERIFY(spec->version.isDefault);
        QCOMPARE(spec->tags.at("tier"), std::string("gold"));
        find<QComboBox>(&dialog, "authMode")->setCurrentIndex(1);
        QVERIFY(!dialog.spec()->authEnabled);
        QVERIFY(dialog.spec()->tokenAuthEnabled);
    }

    void invalidInputShowsTheReasonAndSendsNothing()
    {
        CreateEndpointDialog dialog;
        dialog.show();
        fillValid(&dialog);
        QSignalSpy submitted(&dialog, &SubmitDialog::submitRequested);
        find<QLineEdit>(&dialog, "endpointName")->setText(QStringLiteral("Churn Model"));
        QVERIFY(find<QLabel>(&dialog, "endpoint_nameError")->isVisible());
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 0);

        // A version field's reason lands beside that field, not the endpoint's.
        find<QLineEdit>(&dialog, "endpointName")->setText(QStringLiteral("churn"));
        find<QSpinBox>(&dialog, "autoscale_min_replicas")->setValue(0);
        QVERIFY(!find<QLabel>(&dialog, "endpoint_nameError")->isVisible());
        QVERIFY(find<QLabel>(&dialog, "autoscale_min_replicasError")->isVisible());
        QVERIFY(!dialog.okButton()->isEnabled());

        find<QSpinBox>(&dialog, "autoscale_min_replicas")->setValue(1);
        find<QLineEdit>(&dialog, "endpointTags")->setText(QStringLiteral("no-equals-sign"));
        QVERIFY(find<QLabel>(&dialog, "endpoint_tagsError")->isVisible());
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(submitted.count(), 0);
    }

    void theFirstVersionIsAlwaysTheDefault()
    {
        CreateEndpointDialog dialog;
        auto* isDefault = dialog.findChild<QWidget*>(QStringLiteral("is_default"));
        QVERIFY(isDefault);
        QVERIFY(!isDefault->isEnabled());
    }
};

QTEST_MAIN(CreateEndpointDialogTest)
#include "CreateEndpointDialogTest.moc"
