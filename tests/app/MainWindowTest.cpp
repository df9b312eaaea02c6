#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "FindNamed.h"
#include "EndpointListModel.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "VersionTableModel.h"
#include "common/DialogSeam.h"
#include "panes/EndpointsPane.h"
#include "panes/VersionsPane.h"

using namespace switchyard;
using models::ClusterSession;

// The console against a real server: attach, see the demo, create and delete through the dialogs, and
// survive the server going away.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server{{QStringLiteral("--demo")}};
    std::unique_ptr<app::MainWindow> m_window;
    QPointer<QDialog> m_dialog; // the last dialog the window opened, through the seam

    template <class T>
    T* find(QWidget* parent, const char* name)
    {
        return test::findNamed<T>(parent, name);
    }
    ClusterSession* session() const { return m_window->currentSession(); }
    QString clusterState() const
    {
        return m_window->clusters()->index(0, models::ClusterListModel::StateColumn).data().toString();
    }
    bool hasEndpoint(const char* name) const { return session()->endpoints()->rowOf(name) >= 0; }
    // What a dialog that stayed open says (the server's refusal, for instance).
    static QString statusOf(QDialog* dialog)
    {
        auto* status = dialog ? dialog->findChild<QLabel*>(QStringLiteral("statusLabel")) : nullptr;
        return status ? status->text() : QString();
    }
    void click(QWidget* parent, const char* name)
    {
        auto* button = find<QPushButton>(parent, name);
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SWITCHYARD_TOKEN_STORE", "file");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        widgets::DialogSeam::setHook([this](QDialog* dialog) { m_dialog = dialog; });
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanupTestCase()
    {
        widgets::DialogSeam::setHook({});
        m_window.reset();
    }

    void attachShowsTheDemoEndpointAndItsVersions()
    {
        models::ClusterProfile profile;
        profile.url = m_server.url().toString();
        profile.adminToken = m_server.adminToken();
        m_window->attach(profile);
        QTRY_COMPARE_WITH_TIMEOUT(clusterState(), QStringLiteral("connected"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(hasEndpoint("demo"), 10000);
        QVERIFY(m_window->endpointsPane()->selectEndpoint(QStringLiteral("demo")));
        QTRY_COMPARE_WITH_TIMEOUT(session()->versions()->rowCount(), 2, 10000);
        QVERIFY(session()->versions()->find("blue"));
        QVERIFY(session()->versions()->find("green"));
        auto* versions = find<QAbstractItemView>(m_window.get(), "versionsView");
        QCOMPARE(versions->model()->rowCount(), 2);
        QVERIFY(find<QWidget>(m_window.get(), "versionsStack")->isVisible());
    }

    void invalidInputShowsTheReasonAndSendsNothing()
    {
        const int before = session()->endpoints()->rowCount();
        click(m_window.get(), "createEndpointButton");
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("createEndpointDialog"));
        QPointer<QDialog> dialog = m_dialog;
        find<QLineEdit>(dialog, "endpointName")->setText(QStringLiteral("Not A Name"));
        find<QLineEdit>(dialog, "version_name")->setText(QStringLiteral("versiona"));
        find<QComboBox>(dialog, "model")->setCurrentText(QStringLiteral("demo:1"));
        auto* error = find<QLabel>(dialog, "endpoint_nameError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        auto* ok = find<QPushButton>(dialog, "okButton");
        QVERIFY(!ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QTest::qWait(1500); // long enough for a request to have reached the server, if one was sent
        session()->refresh();
        QTest::qWait(500);
        QCOMPARE(session()->endpoints()->rowCount(), before);
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void createAnEndpointThroughTheDialog()
    {
        click(m_window.get(), "createEndpointButton");
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("createEndpointDialog"));
        QPointer<QDialog> dialog = m_dialog;
        find<QLineEdit>(dialog, "endpointName")->setText(QStringLiteral("churn"));
        find<QLineEdit>(dialog, "version_name")->setText(QStringLiteral("versiona"));
        find<QComboBox>(dialog, "model")->setCurrentText(QStringLiteral("demo:1"));
        click(dialog, "okButton");
        // The dialog closes only when the server said yes.
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(statusOf(dialog)), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(hasEndpoint("churn"), 10000);
        QTRY_COMPARE(m_window->endpointsPane()->currentEndpoint(), QStringLiteral("churn"));
        QTRY_COMPARE_WITH_TIMEOUT(session()->versions()->rowCount(), 1, 10000);
    }

    void theNewVersionBecomesHealthy()
    {
        QCOMPARE(session()->focusEndpoint(), QStringLiteral("churn"));
        const int row = session()->versions()->rowOf("versiona");
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            session()->versions()->index(row, models::VersionTableModel::StateColumn).data().toString(),
            QStringLiteral("Healthy"), 60000);
    }

    void createAVersionThroughTheDialog()
    {
        click(m_window.get(), "createVersionButton");
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("createVersionDialog"));
        QPointer<QDialog> dialog = m_dialog;
        find<QLineEdit>(dialog, "version_name")->setText(QStringLiteral("versionb"));
        find<QComboBox>(dialog, "model")->setCurrentText(QStringLiteral("demo:1"));
        find<QSpinBox>(dialog, "traffic_percentile")->setValue(40);
        click(dialog, "okButton");
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog, qPrintable(statusOf(dialog)), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(session()->versions()->rowCount(), 2, 10000);
        // The remainder goes to the default: versiona 60, versionb 40.
        QTRY_COMPARE(session()->versions()->find("versiona")->effectiveTraffic, 60);
        QCOMPARE(session()->versions()->find("versionb")->effectiveTraffic, 40);
    }

    void deleteAVersionAndTheEndpoint()
    {
        QVERIFY(m_window->versionsPane()->selectVersion(QStringLiteral("versionb")));
        click(m_window.get(), "deleteVersionButton");
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("confirmDeleteVersion"));
        QVERIFY(qobject_cast<QMessageBox*>(m_dialog.data())->text().contains(QStringLiteral("versionb")));
        click(m_dialog, "confirmButton");
        QTRY_COMPARE_WITH_TIMEOUT(session()->versions()->rowCount(), 1, 10000);

        click(m_window.get(), "deleteEndpointButton");
        QTRY_VERIFY(m_dialog && m_dialog->objectName() == QLatin1String("confirmDeleteEndpoint"));
        QVERIFY(qobject_cast<QMessageBox*>(m_dialog.data())->text().contains(QStringLiteral("churn")));
        click(m_dialog, "confirmButton");
        QTRY_VERIFY_WITH_TIMEOUT(!hasEndpoint("churn"), 10000);
        QVERIFY(hasEndpoint("demo"));
    }

    void aKilledServerShowsUnreachableAndRecovers()
    {
        // Come back on the same port, as a restarted cluster would.
        m_server.setExtraArgs({QStringLiteral("--demo"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(m_server.url().port())});
        m_server.kill9();
        QTRY_VERIFY_WITH_TIMEOUT(clusterState().startsWith(QLatin1String("unreachable")), 20000);
        QVERIFY(!session()->lastError().isEmpty());
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(clusterState(), QStringLiteral("connected"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(hasEndpoint("demo"), 10000);
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
