#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "ConsoleActions.h"
#include "ConsoleApp.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "TokenStore.h"

using namespace switchyard;
using namespace switchyard::app;

// The console's memory of clusters: admin tokens go to the keychain or, where no keychain service runs, to
// a private file with a warning; remembered clusters are attached again at start with their token; a
// detached cluster is forgotten, token included.
class ConsoleAppTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void withoutAKeychainServiceTheTokenGoesToAPrivateFile()
    {
        // No session bus: the keychain is tried and fails, as on a headless server.
        qunsetenv("SWITCHYARD_TOKEN_STORE");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        TokenStore store;
        const QString profile = QStringLiteral("https://cluster.example:8480");
        QString warning = QStringLiteral("(not answered)");
        store.write(profile, QStringLiteral("s3cret-token"), this, [&](const QString& w) { warning = w; });
        QTRY_VERIFY_WITH_TIMEOUT(warning != QLatin1String("(not answered)"), 15000);
        const QString path = TokenStore::fallbackPath(profile);
        QVERIFY2(warning.contains(path), qPrintable(warning));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QString token;
        store.read(profile, this, [&](const QString& t, const QString&) { token = t; });
        QTRY_COMPARE_WITH_TIMEOUT(token, QStringLiteral("s3cret-token"), 15000);
        store.remove(profile);
        QVERIFY(!QFile::exists(path));
    }

    void rememberedClustersComeBackAndDetachForgetsThem()
    {
        qputenv("SWITCHYARD_TOKEN_STORE", "file");
        models::ClusterProfile saved;
        saved.name = QStringLiteral("staging");
        saved.url = QStringLiteral("http://127.0.0.1:9"); // nothing listens: the session stays unreachable
        ProfileStore::save(saved);
        TokenStore tokens;
        bool written = false;
        tokens.write(ProfileStore::tokenKey(saved), QStringLiteral("remembered-token"), this,
                     [&](const QString&) { written = true; });
        QTRY_VERIFY(written);

        ConsoleApp console(ConsoleOptions{});
        console.start();
        auto* window = console.window();
        QTRY_COMPARE(window->clusters()->rowCount(), 1);
        QVERIFY(window->currentSession());
        QCOMPARE(window->currentSession()->profile().url, saved.url);
        QCOMPARE(window->currentSession()->profile().adminToken, QStringLiteral("remembered-token"));

        window->actions()->detachCluster();
        QCOMPARE(window->clusters()->rowCount(), 0);
        QVERIFY(ProfileStore::load().isEmpty());
        QVERIFY(!QFile::exists(TokenStore::fallbackPath(ProfileStore::tokenKey(saved))));
    }
};

QTEST_MAIN(ConsoleAppTest)
#include "ConsoleAppTest.moc"
