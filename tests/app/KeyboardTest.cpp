#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QSlider>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QtCore/qfloat16.h> // QCOMPARE(json, …) needs qfloat16 complete

#include "AboutDialog.h"
#include "ConsoleFixture.h"
#include "ShortcutsDialog.h"
#include "TestPaths.h"
#include "WindowActions.h"
#include "common/DialogSeam.h"
#include "panes/VersionsPane.h"

using namespace switchyard;

// The keyboard user's walk through the whole console against a real server, keys only (no mouse, no slot
// called): create an endpoint, drag a version's traffic, apply, promote, rotate the keys; then the Help
// menu's pages. Every widget is reached with Tab from where the focus is, every action by its shortcut.
class KeyboardTest : public QObject
{
    Q_OBJECT

private:
    test::ConsoleFixture m_console;
    QPointer<QDialog> m_dialog;
    QTranslator m_translator;

    static QWidget* focused() { return QApplication::focusWidget(); }
    static QString focusName()
    {
        return focused() ? focused()->objectName() + QStringLiteral(" (") +
                               QLatin1String(focused()->metaObject()->className()) + QLatin1Char(')')
                         : QStringLiteral("nothing");
    }
    // The widgets Tab visits in the focused window, in order (what a failed walk could reach).
    static QString tabChain()
    {
        QWidget* window = focused() ? focused()->window() : QApplication::activeWindow();
        QStringList names;
        for (QWidget* w = window ? window->nextInFocusChain() : nullptr; w && w != window;
             w = w->nextInFocusChain())
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled() &&
                !w->focusProxy())
                names << (w->objectName().isEmpty() ? QLatin1String(w->metaObject()->className())
                                                    : w->objectName());
        return names.join(QStringLiteral(" → "));
    }
    static QString walkFailure() { return focusName() + QStringLiteral("; Tab visits: ") + tabChain(); }
    // Presses Tab until the widget named `name` has the focus; false when a whole round did not reach it.
    static bool tabTo(const QString& name, int presses = 200)
    {
        for (int i = 0; i < presses; ++i) {
            if (focused() && focused()->objectName() == name)
                return true;
            QTest::keyClick(focused() ? focused() : QApplication::activeWindow(), Qt::Key_Tab);
        }
        return focused() && focused()->objectName() == name;
    }
    // A key to the focused widget (shortcuts go through the window's shortcut map from there).
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused() ? focused() : QApplication::activeWindow(), k, modifiers);
    }
    // A new dialog gets the focus as a window manager would give it (the offscreen platform has none).
    static bool activated(QWidget* window)
    {
        if (!QTest::qWaitForWindowExposed(window))
            return false;
        window->activateWindow();
        QApplication::setActiveWindow(window);
        return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
    }
    nlohmann::json keys(const QString& endpoint)
    {
        return m_console.api().get(QStringLiteral("/api/v1/endpoints/%1/keys").arg(endpoint)).json();
    }

private slots:
    void initTestCase()
    {
        // Under it_IT the console speaks Italian, and its keys must stay the same.
        if (QLocale().language() == QLocale::Italian) {
            QVERIFY2(m_translator.load(QLocale(), QStringLiteral("switchyard"), QStringLiteral("_"),
                                       test::binaryPath(QStringLiteral("app"))),
                     "build the switchyard target first: it makes app/switchyard_it.qm");
            QCoreApplication::installTranslator(&m_translator);
        }
        QString why;
        QVERIFY2(m_console.start(&why), qPrintable(why));
        widgets::DialogSeam::setHook([this](QDialog* dialog) { m_dialog = dialog; });
        m_console.window->activateWindow();
        QVERIFY(activated(m_console.window.get()));
    }

    void cleanupTestCase()
    {
        widgets::DialogSeam::setHook({});
        m_console.window.reset();
        QCoreApplication::removeTranslator(&m_translator);
    }

    void createAnEndpointWithTheKeyboard()
    {
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("createEndpointDialog"));
        QPointer<QDialog> dialog = m_dialog;
        QVERIFY(activated(dialog));
        QVERIFY2(tabTo(QStringLiteral("endpointName")), qPrintable(focusName()));
        QTest::keyClicks(focused(), QStringLiteral("keyboard"));
        QVERIFY2(tabTo(QStringLiteral("version_name")), qPrintable(focusName()));
        QTest::keyClicks(focused(), QStringLiteral("first"));
        QVERIFY2(tabTo(QStringLiteral("model")), qPrintable(focusName()));
        key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), QStringLiteral("demo:1"));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(m_console.endpoint(QStringLiteral("keyboard"))["name"], "keyboard");
        QTRY_COMPARE(m_console.window->endpointsPane()->currentEndpoint(), QStringLiteral("keyboard"));
    }

    void findTheDemoEndpoint()
    {
        QVERIFY(activated(m_console.window.get()));
        key(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(focused()->objectName(), QStringLiteral("endpointFilter"));
        QTest::keyClicks(focused(), QStringLiteral("demo"));
        key(Qt::Key_Down); // from the filter into the list, on its first match
        QCOMPARE(focused()->objectName(), QStringLiteral("endpointsView"));
        QTRY_COMPARE(m_console.window->endpointsPane()->currentEndpoint(), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(m_console.session()->versions()->rowCount() == 2, 10000);
    }

    void dragTrafficAndApply()
    {
        // Nothing is pending yet: Apply and Revert are disabled. The traffic page's shortcut shows it.
        QVERIFY(!m_console.window->findChild<QAction*>(QStringLiteral("revertTrafficAction"))->isEnabled());
        key(Qt::Key_1, Qt::ControlModifier);
        // The page builds a row per version when the endpoint's versions arrive, and a layout shows a widget
        // added to a page on screen with the next turn of the event loop: Tab (sent here without one) cannot
        // reach a slider until then, as a person could not before it is drawn.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto* s = m_console.window->findChild<QSlider*>(QStringLiteral("trafficSlider_green"));
                return s && s->isVisible();
            }(),
            10000);
        QVERIFY2(tabTo(QStringLiteral("trafficSlider_green")), qPrintable(walkFailure()));
        auto* slider = qobject_cast<QSlider*>(focused());
        QVERIFY(slider);
        QTRY_COMPARE(slider->value(), 30);
        key(Qt::Key_PageUp); // a page of the slider: the keyboard's drag
        QVERIFY(slider->value() > 30);
        const int planned = slider->value();
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_console.endpoint()["traffic"]["green"].get<int>() == planned, 10000);
    }

    void promoteTheSelectedVersion()
    {
        QCOMPARE(m_console.endpoint()["control_version"], "blue");
        QVERIFY2(tabTo(QStringLiteral("versionsView")), qPrintable(walkFailure()));
        key(Qt::Key_Home);
        for (int i = 0; i < 3 && m_console.window->versionsPane()->currentVersion() != QLatin1String("green");
             ++i)
            key(Qt::Key_Down);
        QCOMPARE(m_console.window->versionsPane()->currentVersion(), QStringLiteral("green"));
        QTRY_VERIFY(m_console.window->findChild<QAction*>(QStringLiteral("promoteAction"))->isEnabled());
        key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_console.endpoint()["control_version"] == "green", 10000);
    }

    void rotateTheKeys()
    {
        const auto before = keys(QStringLiteral("demo"));
        QVERIFY(before.contains("primary_key"));
        // Enabled once the keys are shown.
        QTRY_VERIFY(m_console.window->findChild<QAction*>(QStringLiteral("rotateKeysAction"))->isEnabled());
        key(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("rotationWizard"));
        QPointer<QDialog> wizard = m_dialog;
        QVERIFY(activated(wizard));
        QVERIFY2(tabTo(QStringLiteral("wizardRegenerateSecondary")), qPrintable(focusName()));
        key(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(keys(QStringLiteral("demo"))["secondary_key"] != before["secondary_key"],
                                 10000);
        QTRY_VERIFY2(tabTo(QStringLiteral("wizardClientsSwitched")), qPrintable(focusName()));
        key(Qt::Key_Space);
        QTRY_VERIFY2(tabTo(QStringLiteral("wizardRegeneratePrimary")), qPrintable(focusName()));
        key(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(keys(QStringLiteral("demo"))["primary_key"] != before["primary_key"], 10000);
        key(Qt::Key_Escape);
        QTRY_VERIFY(!wizard || !wizard->isVisible());
    }

    void theShortcutsPageListsEveryShortcut()
    {
        QVERIFY(activated(m_console.window.get()));
        key(Qt::Key_F1);
        auto* dialog = m_console.window->findChild<app::ShortcutsDialog*>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto* actions = m_console.window->findChild<app::WindowActions*>();
        QVERIFY(actions);
        const auto shortcuts = actions->shortcutActions();
        QCOMPARE(dialog->list()->topLevelItemCount(), shortcuts.size());
        QStringList listed;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            listed << dialog->list()->topLevelItem(i)->text(1);
        // The frequent actions, each with its own keys, none twice.
        for (const char* name :
             {"refreshAction", "applyTrafficAction", "revertTrafficAction", "promoteAction", "monitorAction",
              "findEndpointAction", "rotateKeysAction", "createEndpointAction"}) {
            auto* action = m_console.window->findChild<QAction*>(QLatin1String(name));
            QVERIFY2(action && shortcuts.contains(action), name);
            QVERIFY2(listed.contains(action->shortcut().toString(QKeySequence::NativeText)), name);
        }
        QCOMPARE(QSet<QString>(listed.begin(), listed.end()).size(), listed.size());
        QVERIFY(activated(dialog));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void aboutNamesBothVersionsAndTheLicences()
    {
        QVERIFY(activated(m_console.window.get()));
        m_console.window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        auto* about = m_console.window->findChild<app::AboutDialog*>();
        QTRY_VERIFY(about && about->isVisible());
        QVERIFY2(about->consoleVersionText().contains(QStringLiteral(SWITCHYARD_VERSION)),
                 qPrintable(about->consoleVersionText()));
        const std::string server =
            m_console.api().get(QStringLiteral("/api/v1/cluster")).json()["server_version"];
        QVERIFY(!server.empty());
        QTRY_VERIFY2(about->serverVersionText().contains(QString::fromStdString(server)),
                     qPrintable(about->serverVersionText()));
        const QString licences =
            about->findChild<QWidget*>(QStringLiteral("aboutLicences"))->property("plainText").toString();
        for (const char* licence : {"LGPL", "BSL-1.0", "Apache-2.0", "BSD-3-Clause", "MIT", "Public domain"})
            QVERIFY2(licences.contains(QLatin1String(licence)), licence);
        about->close();
    }
};

QTEST_MAIN(KeyboardTest)
#include "KeyboardTest.moc"
