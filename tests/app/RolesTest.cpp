#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "ConsoleFixture.h"
#include "TestPaths.h"
#include "common/DialogSeam.h"
#include "keys/ClipboardGuard.h"
#include "operators/OperatorsDialog.h"
#include "history/HistoryView.h"
#include "EventKindText.h"
#include "MonitorModel.h"
#include "RoleGate.h"
#include "TimeText.h"
#include "monitor/MonitorView.h"
#include "keys/KeysPanel.h"

using namespace switchyard;

// The console under operator credentials against the real server: it asks who it is on attach and shows
// the name and role in the cluster pane; under a viewer no key is shown and a traffic change cannot be
// applied (the controls are there, disabled, saying which role they need); a change made through the
// console by an operator is named after that operator in the history, and a change made with another
// operator's credential in the Monitor.
class RolesTest : public QObject
{
    Q_OBJECT

private:
    QTranslator m_translator;
    QPointer<QDialog> m_dialog;
    test::ConsoleFixture m_console;

    static bool italian() { return QLocale().language() == QLocale::Italian; }

    QString createOperator(const char* name, const char* role)
    {
        const auto reply = m_console.api().post("/api/v1/operators", {{"name", name}, {"role", role}});
        if (reply.status != 201)
            return {};
        return QString::fromStdString(reply.json()["token"].get<std::string>());
    }

    QString identityText() const { return m_console.find<QLabel>(QStringLiteral("clusterIdentity"))->text(); }

    // Saved for a person to look at when SWITCHYARD_RENDER_DIR is set (not a pass condition).
    void render(const QString& name, QWidget* widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("SWITCHYARD_RENDER_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        (widget ? widget : m_console.window.get())
            ->grab()
            .save(QDir(dir).filePath(name + (italian() ? QStringLiteral("-it") : QString()) +
                                     QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        // The console's own words in the locale ctest gave (main() does the same from :/i18n); English
        // under C.UTF-8, as an English desktop gets it ("in 30 days", not the source's "in 30 day(s)").
        QVERIFY2(m_translator.load(italian() ? QLocale() : QLocale(QLocale::English),
                                   QStringLiteral("switchyard"), QStringLiteral("_"),
                                   test::binaryPath(QStringLiteral("app"))),
                 "build the switchyard target first: it makes app/switchyard_it.qm and switchyard_en.qm");
        QCoreApplication::installTranslator(&m_translator);
        QString why;
        QVERIFY2(m_console.start(&why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(m_console.session()->identity().has_value(), 10000);
        QCOMPARE(m_console.session()->identity()->name, std::string("admin"));
        QVERIFY2(identityText().contains(models::RoleGate::roleText("admin")), qPrintable(identityText()));
        m_console.showPage(widgets::EndpointRolloutView::TrafficPage);
        render(QStringLiteral("roles-admin"));
    }

    // The Operators page: add shows the credential once with a copy button that clears the clipboard,
    // the list shows last use, revoke ends the credential at once.
    void anAdminAddsAndRevokesAnOperator()
    {
        widgets::DialogSeam::setHook([this](QDialog* dialog) { m_dialog = dialog; });
        auto* action = m_console.window->findChild<QAction*>(QStringLiteral("operatorsAction"));
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("operatorsDialog"));
        auto* dialog = qobject_cast<widgets::OperatorsDialog*>(m_dialog.data());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("operatorName"))->setText(QStringLiteral("nightshift"));
        auto* role = dialog->findChild<QComboBox*>(QStringLiteral("operatorRole"));
        role->setCurrentIndex(role->findData(QStringLiteral("operator")));
        auto* expiry = dialog->findChild<QComboBox*>(QStringLiteral("operatorExpiry"));
        expiry->setCurrentIndex(expiry->findData(30 * 86400));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addOperatorButton")),
                          Qt::LeftButton);
        auto* credential = dialog->findChild<QLineEdit*>(QStringLiteral("newOperatorCredential"));
        QTRY_VERIFY_WITH_TIMEOUT(!credential->text().isEmpty(), 10000);
        const QString token = credential->text();
        test::HttpClient asNightshift(m_console.server().url(), token);
        QCOMPARE(asNightshift.get("/api/v1/whoami").json()["role"], nlohmann::json("operator"));
        dialog->clipboard()->setClearAfter(300);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyOperatorCredential")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);

        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("operatorsList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 5000);
        dialog->reload(); // the whoami above is a use
        // Times in the reader's locale, with how far away they are: the whoami was a moment ago, the
        // credential ends in 30 days; never the server's RFC 3339.
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() == 1 && list->topLevelItem(0)->text(3).contains(
                                                                       models::TimeText::tr("just now")),
                                 5000);
        const QString expires = list->topLevelItem(0)->text(2);
        QVERIFY2(expires.contains(models::TimeText::relative(QDateTime::currentDateTime().addDays(30))),
                 qPrintable(expires));
        QVERIFY2(!expires.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT"))),
                 qPrintable(expires));
        QVERIFY(!list->topLevelItem(0)->text(0).contains(token));
        render(QStringLiteral("roles-operators"), dialog);
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("revokeOperatorButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("confirmationDialog"));
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(asNightshift.get("/api/v1/whoami").status, 401, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 0, 5000);
        dialog->close();
        widgets::DialogSeam::setHook({});
    }

    void aViewerSeesNoKeyAndCannotApplyTraffic()
    {
        const QString viewer = createOperator("wall", "viewer");
        QVERIFY(!viewer.isEmpty());
        QString why;
        QVERIFY2(m_console.attachAs(viewer, &why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(m_console.session()->identity().has_value(), 10000);
        QCOMPARE(m_console.session()->identity()->role, std::string("viewer"));
        QTRY_VERIFY2(identityText().contains(QStringLiteral("wall")), qPrintable(identityText()));

        // Traffic: the split can be tried, but Apply stays disabled and says which role it needs.
        m_console.showPage(widgets::EndpointRolloutView::TrafficPage);
        auto* slider = m_console.find<QSlider>(QStringLiteral("trafficSlider_green"));
        QTRY_VERIFY(slider->isVisible());
        const int before = m_console.endpoint()["traffic"]["green"].get<int>();
        slider->setFocus();
        QTest::keyClick(slider, before < 100 ? Qt::Key_Right : Qt::Key_Left);
        auto* apply = m_console.find<QPushButton>(QStringLiteral("trafficApply"));
        QVERIFY(apply->isVisible());
        QVERIFY(!apply->isEnabled());
        QVERIFY2(apply->toolTip().contains(models::RoleGate::roleText("operator")),
                 qPrintable(apply->toolTip()));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTest::qWait(500);
        QCOMPARE(m_console.endpoint()["traffic"]["green"].get<int>(), before);

        // Keys: none is asked for or shown; the buttons are there, disabled, saying why.
        auto* keys = m_console.find<widgets::KeysPanel>(QStringLiteral("keysPanel"));
        QVERIFY(!keys->refusal().isEmpty());
        for (const char* name : {"keyFieldPrimary", "keyFieldSecondary"})
            QVERIFY(m_console.find<QLineEdit>(QLatin1String(name))->text().isEmpty());
        auto* regenerate = m_console.find<QPushButton>(QStringLiteral("regenerateKeyPrimary"));
        QVERIFY(!regenerate->isEnabled());
        QVERIFY(!regenerate->toolTip().isEmpty());
        const auto primary = m_console.api().get("/api/v1/endpoints/demo/keys").json()["primary_key"];
        QVERIFY2(!m_console.window->grab().isNull(), "no window");
        for (auto* field : m_console.window->findChildren<QLineEdit*>())
            QVERIFY(field->text().toStdString() != primary.get<std::string>());

        // The window's own actions (menus, toolbar, keys) too: there, disabled, naming the role needed.
        for (const auto& [name, role] :
             {std::pair{"applyTrafficAction", "operator"}, std::pair{"promoteAction", "operator"},
              std::pair{"rotateKeysAction", "operator"}, std::pair{"createEndpointAction", "admin"}}) {
            auto* action = m_console.window->findChild<QAction*>(QLatin1String(name));
            QVERIFY2(action && !action->isEnabled(), name);
            QVERIFY2(action->toolTip().contains(models::RoleGate::roleText(role)),
                     qPrintable(action->toolTip()));
        }

        // The Operators page is the admin's.
        auto* operators = m_console.window->findChild<QAction*>(QStringLiteral("operatorsAction"));
        QVERIFY(!operators->isEnabled());
        QVERIFY2(operators->toolTip().contains(models::RoleGate::roleText("admin")),
                 qPrintable(operators->toolTip()));

        // Versions are the operator's, endpoints the admin's.
        auto* newVersion = m_console.find<QPushButton>(QStringLiteral("createVersionButton"));
        QVERIFY(!newVersion->isEnabled());
        QVERIFY2(newVersion->toolTip().contains(models::RoleGate::roleText("operator")),
                 qPrintable(newVersion->toolTip()));
        auto* create = m_console.find<QPushButton>(QStringLiteral("createEndpointButton"));
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(models::RoleGate::roleText("admin")),
                 qPrintable(create->toolTip()));

        m_console.showPage(widgets::EndpointRolloutView::TrafficPage);
        render(QStringLiteral("roles-viewer"));
    }

    void theHistoryNamesTheOperatorAfterAChangeThroughTheConsole()
    {
        const QString oncall = createOperator("oncall", "operator");
        QVERIFY(!oncall.isEmpty());
        QString why;
        QVERIFY2(m_console.attachAs(oncall, &why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(m_console.session()->identity().has_value(), 10000);
        m_console.showPage(widgets::EndpointRolloutView::TrafficPage);
        auto* slider = m_console.find<QSlider>(QStringLiteral("trafficSlider_green"));
        QTRY_VERIFY(slider->isVisible());
        const int before = m_console.endpoint()["traffic"]["green"].get<int>();
        slider->setFocus();
        QTest::keyClick(slider, before < 100 ? Qt::Key_Right : Qt::Key_Left);
        auto* apply = m_console.find<QPushButton>(QStringLiteral("trafficApply"));
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_console.endpoint()["traffic"]["green"].get<int>() != before, 10000);

        // The server recorded who, and the history says it in words.
        const auto events = m_console.api().get("/api/v1/events?operator=oncall").json()["events"];
        QVERIFY(!events.empty());
        QCOMPARE(events.back()["kind"], nlohmann::json("TrafficChanged"));
        m_console.showPage(widgets::EndpointRolloutView::HistoryPage);
        auto* history = m_console.find<widgets::HistoryView>(QStringLiteral("historyView"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto* list = history->view();
                for (int i = 0; i < list->topLevelItemCount(); ++i)
                    if (list->topLevelItem(i)->text(1).startsWith(QStringLiteral("oncall ")))
                        return true;
                return false;
            }(),
            10000);
    }

    // The Monitor names who made each endpoint's last change, and when, from the change feed the session
    // follows anyway: here a change another person made with their own credential, through the API.
    void theMonitorNamesWhoMadeTheLastChange()
    {
        const QString alice = createOperator("alice", "operator");
        QVERIFY(!alice.isEmpty());
        test::HttpClient asAlice(m_console.server().url(), alice);
        const int green = m_console.endpoint()["traffic"]["green"].get<int>();
        const auto reply = asAlice.put(QStringLiteral("/api/v1/endpoints/demo/traffic"),
                                       {{"traffic", {{"green", green == 30 ? 40 : 30}}}});
        QVERIFY2(reply.status == 200, reply.body.constData());
        const auto events = m_console.api().get("/api/v1/events?operator=alice").json()["events"];
        QCOMPARE(events.size(), std::size_t(1));
        const QString at =
            models::TimeText::moment(models::TimeText::parse(events[0]["time"].get<std::string>()));

        m_console.window->showMonitor(true);
        auto* monitor = m_console.window->monitor();
        QVERIFY(monitor->isVisible());
        const auto lastChange = [monitor] {
            auto* shown = monitor->tree()->model();
            for (int row = 0; row < shown->rowCount(); ++row) {
                const QModelIndex index = shown->index(row, models::MonitorModel::LastChangeColumn);
                if (index.data(models::MonitorModel::EndpointRole).toString() == QLatin1String("demo"))
                    return index;
            }
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(lastChange().data().toString().startsWith(QStringLiteral("alice")), 10000);
        QVERIFY2(lastChange().data().toString().contains(at), qPrintable(lastChange().data().toString()));
        const QString sentence = lastChange().data(Qt::ToolTipRole).toString();
        QVERIFY2(sentence.startsWith(models::EventKindText::tr("Split changed")) &&
                     sentence.contains(QStringLiteral("alice")) && sentence.contains(at),
                 qPrintable(sentence));
        // It is on screen: the column is there, wide enough for the name and the time.
        const QRect cell = monitor->tree()->visualRect(lastChange());
        QVERIFY(cell.isValid());
        QVERIFY2(cell.width() >=
                     monitor->tree()->fontMetrics().horizontalAdvance(lastChange().data().toString()),
                 qPrintable(lastChange().data().toString()));
        render(QStringLiteral("roles-monitor"));
        m_console.window->showMonitor(false);
    }
};

QTEST_MAIN(RolesTest)
#include "RolesTest.moc"
