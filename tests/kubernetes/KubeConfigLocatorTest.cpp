#include <QTest>

#include "KubeConfigLocator.h"

using namespace switchyard;

class KubeConfigLocatorTest : public QObject
{
    Q_OBJECT

private slots:
    void choice_data()
    {
        QTest::addColumn<QString>("explicitPath");
        QTest::addColumn<QString>("serviceHost");
        QTest::addColumn<QString>("kubeconfig");
        QTest::addColumn<QString>("home");
        QTest::addColumn<bool>("inCluster");
        QTest::addColumn<QString>("path");
        QTest::newRow("explicit file wins over everything") << "/etc/sy/kubeconfig"
                                                            << "10.96.0.1"
                                                            << "/a:/b"
                                                            << "/home/op" << false << "/etc/sy/kubeconfig";
        QTest::newRow("in a pod: service account over KUBECONFIG") << ""
                                                                   << "10.96.0.1"
                                                                   << "/a:/b"
                                                                   << "/home/op" << true << "";
        QTest::newRow("KUBECONFIG's first entry") << ""
                                                  << ""
                                                  << "/a:/b"
                                                  << "/home/op" << false << "/a";
        QTest::newRow("KUBECONFIG's first non-empty entry") << ""
                                                            << ""
                                                            << "::/b:"
                                                            << "/home/op" << false << "/b";
        QTest::newRow("KUBECONFIG of separators only: home")
            << ""
            << ""
            << ":"
            << "/home/op" << false << "/home/op/.kube/config";
        QTest::newRow("home") << ""
                              << ""
                              << ""
                              << "/home/op/" << false << "/home/op/.kube/config";
        QTest::newRow("nothing at all") << ""
                                        << ""
                                        << ""
                                        << "" << false << "";
    }

    void choice()
    {
        QFETCH(QString, explicitPath);
        QFETCH(QString, serviceHost);
        QFETCH(QString, kubeconfig);
        QFETCH(QString, home);
        QFETCH(bool, inCluster);
        QFETCH(QString, path);
        const KubeConfigLocator::Environment environment{serviceHost.toStdString(), kubeconfig.toStdString(),
                                                         home.toStdString()};
        const auto choice = KubeConfigLocator::choose(explicitPath.toStdString(), environment);
        QCOMPARE(choice.inCluster, inCluster);
        QCOMPARE(QString::fromStdString(choice.path), path);
        QVERIFY(!choice.why.empty());
    }

    void nothingToLoadIsAnError()
    {
        const auto config = KubeConfigLocator::load({}, {}, KubeConfigLocator::Environment{});
        QVERIFY(!config);
        QCOMPARE(config.error().code, std::string("InvalidKubeconfig"));
        QVERIFY(config.error().message.find("--kubeconfig") != std::string::npos);
    }

    void missingFileIsAnError()
    {
        const auto config = KubeConfigLocator::load({}, {}, {"", "/nonexistent/kubeconfig", ""});
        QVERIFY(!config);
        QVERIFY2(config.error().message.find("/nonexistent/kubeconfig") != std::string::npos,
                 config.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(KubeConfigLocatorTest)
#include "KubeConfigLocatorTest.moc"
