#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "common/DialogSeam.h"
#include "keys/ClipboardGuard.h"
#include "keys/KeysPanel.h"
#include "keys/RotationWizard.h"

using namespace switchyard;
using namespace switchyard::widgets;

class KeysPanelTest : public QObject
{
    Q_OBJECT

    static KeySet keys(const std::string& p = "primary-secret", const std::string& s = "secondary-secret")
    {
        return {p, s, "2026-01-01T00:00:00Z", "2026-11-20T00:00:00Z"};
    }

private slots:
    void cleanup() { DialogSeam::setHook({}); }

    void accessibleNames()
    {
        KeysPanel panel;
        const auto named = [&](const QString& name) {
            const auto buttons = panel.findChildren<QPushButton*>();
            return std::count_if(buttons.begin(), buttons.end(),
                                 [&](QPushButton* b) { return b->accessibleName() == name; });
        };
        QCOMPARE(named(QStringLiteral("Regenerate primary key")), 1);
        QCOMPARE(named(QStringLiteral("Regenerate secondary key")), 1);
        QCOMPARE(named(QStringLiteral("Copy primary key")), 1);
        QCOMPARE(named(QStringLiteral("Copy secondary key")), 1);
    }

    void maskedUntilRevealed()
    {
        KeysPanel panel;
        QSignalSpy asked(&panel, &KeysPanel::keysRequested);
        panel.setEndpoint(QStringLiteral("churn"));
        QCOMPARE(asked.count(), 1);
        panel.setKeys(keys());
        auto* field = panel.findChild<QLineEdit*>(QStringLiteral("keyFieldPrimary"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(field->displayText() != QStringLiteral("primary-secret"));
        panel.findChild<QToolButton*>(QStringLiteral("revealKeyPrimary"))->click();
        QCOMPARE(field->displayText(), QStringLiteral("primary-secret"));
        panel.findChild<QToolButton*>(QStringLiteral("revealKeyPrimary"))->click();
        QCOMPARE(field->echoMode(), QLineEdit::Password);
    }

    void copyThenClipboardIsCleared()
    {
        KeysPanel panel;
        panel.setEndpoint(QStringLiteral("churn"));
        panel.setKeys(keys());
        panel.clipboard()->setClearAfter(50);
        panel.findChild<QPushButton*>(QStringLiteral("copyKeySecondary"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("secondary-secret"));
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void clipboardKeepsWhatTheUserCopiedSince()
    {
        ClipboardGuard guard;
        guard.copy(QStringLiteral("secret"));
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        guard.clearNow();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
    }

    void ageWarning()
    {
        KeysPanel panel;
        panel.setEndpoint(QStringLiteral("churn"));
        panel.setNow(QDateTime(QDate(2026, 11, 26), QTime(22, 0), Qt::UTC));
        panel.setKeys(keys());
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("keyRotatedPrimary"))
                    ->text()
                    .contains(QStringLiteral("329 day")));
        QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("keysAgeWarning"))->text().isEmpty());
        panel.setKeys({"a", "b", "2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z"});
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("keysAgeWarning"))->text().isEmpty());
    }

    void regenerateAsksFirstAndNamesWhoStops()
    {
        KeysPanel panel;
        panel.setEndpoint(QStringLiteral("churn"));
        panel.setKeys(keys());
        QSignalSpy spy(&panel, &KeysPanel::regenerateKeyRequested);
        QString question;
        // First answer Cancel: nothing happens.
        DialogSeam::setHook([&](QDialog* dialog) {
            question = dialog->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
            dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        });
        panel.findChild<QPushButton*>(QStringLiteral("regenerateKeyPrimary"))->click();
        QCOMPARE(spy.count(), 0);
        QVERIFY2(question.contains(QStringLiteral("primary key gets 401")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("secondary key keep working")));
        DialogSeam::setHook([](QDialog* dialog) {
            dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        });
        panel.findChild<QPushButton*>(QStringLiteral("regenerateKeyPrimary"))->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(1).value<client::KeyType>() == client::KeyType::Primary);
    }

    void rotationWizardGoesInTheZeroDowntimeOrder()
    {
        KeysPanel panel;
        panel.setEndpoint(QStringLiteral("churn"));
        panel.setKeys(keys());
        QPointer<QDialog> shown;
        DialogSeam::setHook([&](QDialog* dialog) { shown = dialog; });
        std::vector<client::KeyType> asked;
        connect(&panel, &KeysPanel::regenerateKeyRequested, this,
                [&](const QString&, client::KeyType type) { asked.push_back(type); });
        panel.findChild<QPushButton*>(QStringLiteral("rotateKeysButton"))->click();
        QVERIFY(shown);
        auto* wizard = qobject_cast<RotationWizard*>(shown.data());
        QVERIFY(wizard);
        auto* primary = wizard->findChild<QPushButton*>(QStringLiteral("wizardRegeneratePrimary"));
        QVERIFY(!primary->isEnabled());
        wizard->findChild<QPushButton*>(QStringLiteral("wizardRegenerateSecondary"))->click();
        panel.setKeys(keys("primary-secret", "new-secondary"));
        QCOMPARE(wizard->step(), RotationWizard::Step::SwitchClients);
        wizard->findChild<QPushButton*>(QStringLiteral("wizardCopySecondary"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("new-secondary"));
        QVERIFY(!primary->isEnabled());
        wizard->findChild<QAbstractButton*>(QStringLiteral("wizardClientsSwitched"))->click();
        QVERIFY(primary->isEnabled());
        primary->click();
        panel.setKeys(keys("new-primary", "new-secondary"));
        QCOMPARE(wizard->step(), RotationWizard::Step::Done);
        QCOMPARE(asked, (std::vector<client::KeyType>{client::KeyType::Secondary, client::KeyType::Primary}));
    }
};

QTEST_MAIN(KeysPanelTest)
#include "KeysPanelTest.moc"
