#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include "alerts/AlertRulesDialog.h"

using namespace switchyard;
using models::AlertKind;
using models::AlertRule;
using models::AlertRuleBook;
using widgets::AlertRulesDialog;

// The rules dialog on its own: a cluster's rules over the defaults, an endpoint's over its cluster's, what
// is kept when the scope changes, "Restore defaults", and a dialog with no cluster to edit.
class AlertRulesDialogTest : public QObject
{
    Q_OBJECT

private:
    const QString m_a = QStringLiteral("http://a:8080");
    const QString m_b = QStringLiteral("https://b");

    QList<AlertRulesDialog::Cluster> clusters() const
    {
        return {{m_a, QStringLiteral("alpha"), {QStringLiteral("demo"), QStringLiteral("fraud")}},
                {m_b, QStringLiteral("beta"), {}}};
    }
    template <class T>
    static T* child(QWidget* dialog, const QString& prefix, AlertKind kind)
    {
        auto* w = dialog->findChild<T*>(prefix + models::alertKindKey(kind));
        if (!w)
            qFatal("no %s", qPrintable(prefix));
        return w;
    }
    static QComboBox* combo(QWidget* dialog, const char* name)
    {
        return dialog->findChild<QComboBox*>(QLatin1String(name));
    }

private slots:
    void aClustersRulesOverTheDefaults()
    {
        AlertRulesDialog dialog(AlertRuleBook{}, false, clusters());
        QCOMPARE(combo(&dialog, "alertScopeCluster")->currentData().toString(), m_a);
        QCOMPARE(combo(&dialog, "alertScopeEndpoint")->count(), 3); // the cluster, demo, fraud
        auto* threshold =
            child<QDoubleSpinBox>(&dialog, QStringLiteral("alertThreshold_"), AlertKind::ErrorRate);
        QCOMPARE(threshold->value(), AlertRule::defaults(AlertKind::ErrorRate).threshold);
        QVERIFY(threshold->isEnabled());
        QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("alertInherit_"), AlertKind::ErrorRate)
                     ->isVisibleTo(&dialog));
        threshold->setValue(2.5);
        child<QCheckBox>(&dialog, QStringLiteral("alertEnabled_"), AlertKind::ReplicasAtMaximum)
            ->setChecked(false);
        // A disabled rule's values are not edited.
        QVERIFY(!child<QSpinBox>(&dialog, QStringLiteral("alertFor_"), AlertKind::ReplicasAtMaximum)
                     ->isEnabled());
        dialog.accept();
        const AlertRuleBook book = dialog.rules();
        QCOMPARE(book.own(m_a, {}, AlertKind::ErrorRate)->threshold, 2.5);
        QVERIFY(!book.own(m_a, {}, AlertKind::ReplicasAtMaximum)->enabled);
        // What equals the default is not kept: it follows the defaults.
        QVERIFY(!book.own(m_a, {}, AlertKind::LatencyP99));
        QVERIFY(!book.own(m_b, {}, AlertKind::ErrorRate));
    }

    void anEndpointsRulesOverItsClusters()
    {
        AlertRuleBook start;
        start.set(m_a, {}, AlertKind::LatencyP99, AlertRule{true, 400, 20, false});
        AlertRulesDialog dialog(start, true, clusters());
        QVERIFY(dialog.muted());
        dialog.selectScope(m_a, QStringLiteral("demo"));
        auto* inherit = child<QCheckBox>(&dialog, QStringLiteral("alertInherit_"), AlertKind::LatencyP99);
        auto* threshold =
            child<QDoubleSpinBox>(&dialog, QStringLiteral("alertThreshold_"), AlertKind::LatencyP99);
        QVERIFY(inherit->isVisibleTo(&dialog));
        QVERIFY(inherit->isChecked());
        QCOMPARE(threshold->value(), 400.0); // the cluster's, shown
        QVERIFY(!threshold->isEnabled());
        inherit->setChecked(false);
        QVERIFY(threshold->isEnabled());
        threshold->setValue(150);
        // "Unreachable" is the cluster's alone.
        QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("alertInherit_"), AlertKind::ClusterUnreachable)
                     ->isEnabled());
        QVERIFY(!child<QSpinBox>(&dialog, QStringLiteral("alertFor_"), AlertKind::ClusterUnreachable)
                     ->isEnabled());

        // To another endpoint and back: the edit is kept.
        dialog.selectScope(m_a, QStringLiteral("fraud"));
        QCOMPARE(threshold->value(), 400.0);
        QVERIFY(inherit->isChecked());
        dialog.selectScope(m_a, QStringLiteral("demo"));
        QCOMPARE(threshold->value(), 150.0);
        QVERIFY(!inherit->isChecked());
        // Following the cluster again shows the cluster's rule.
        inherit->setChecked(true);
        QCOMPARE(threshold->value(), 400.0);
        inherit->setChecked(false);
        threshold->setValue(120);
        dialog.accept();
        const AlertRuleBook book = dialog.rules();
        QCOMPARE(book.rule(m_a, QStringLiteral("demo"), AlertKind::LatencyP99).threshold, 120.0);
        QCOMPARE(book.rule(m_a, QStringLiteral("fraud"), AlertKind::LatencyP99).threshold, 400.0);
        QVERIFY(!book.own(m_a, QStringLiteral("demo"), AlertKind::ErrorRate));
        QVERIFY(!book.own(m_a, QStringLiteral("fraud"), AlertKind::LatencyP99));
    }

    void restoreDefaultsForgetsTheScopesRules()
    {
        AlertRuleBook start;
        start.set(m_a, {}, AlertKind::ErrorRate, AlertRule{true, 1, 5, true});
        start.set(m_a, QStringLiteral("demo"), AlertKind::ErrorRate, AlertRule{true, 50, 5, true});
        AlertRulesDialog dialog(start, false, clusters());
        auto* threshold =
            child<QDoubleSpinBox>(&dialog, QStringLiteral("alertThreshold_"), AlertKind::ErrorRate);
        QCOMPARE(threshold->value(), 1.0);
        dialog.findChild<QPushButton*>(QStringLiteral("alertRestoreDefaults"))->click();
        QCOMPARE(threshold->value(), AlertRule::defaults(AlertKind::ErrorRate).threshold);
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("alertCountClientErrors"))->isChecked());
        dialog.accept();
        QVERIFY(!dialog.rules().own(m_a, {}, AlertKind::ErrorRate));
        QCOMPARE(dialog.rules().own(m_a, QStringLiteral("demo"), AlertKind::ErrorRate)->threshold, 50.0);
    }

    void withoutAClusterNothingIsEdited()
    {
        AlertRulesDialog dialog(AlertRuleBook{}, false, {});
        QVERIFY(
            !child<QCheckBox>(&dialog, QStringLiteral("alertEnabled_"), AlertKind::ErrorRate)->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("alertScopeNote"))->text().isEmpty());
        dialog.accept();
        QVERIFY(dialog.rules().empty());
    }
};

QTEST_MAIN(AlertRulesDialogTest)
#include "AlertRulesDialogTest.moc"
