#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "keys/TokenPanel.h"

using namespace switchyard;
using namespace switchyard::widgets;

class TokenPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void getTokenAndCountDown()
    {
        TokenPanel panel;
        std::int64_t now = 1760000000;
        panel.setClock([&] { return now; });
        panel.setEndpoint(QStringLiteral("churn"));
        auto* get = panel.findChild<QPushButton*>(QStringLiteral("getTokenButton"));
        QCOMPARE(get->accessibleName(), QStringLiteral("Get token"));
        QSignalSpy spy(&panel, &TokenPanel::tokenRequested);
        get->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!get->isEnabled());
        panel.setToken({"header.payload.signature", "Bearer", now + 3600, now + 1800});
        QVERIFY(get->isEnabled());
        QCOMPARE(panel.findChild<QLineEdit*>(QStringLiteral("tokenField"))->echoMode(), QLineEdit::Password);
        auto* refresh = panel.findChild<QLabel*>(QStringLiteral("tokenRefreshAfter"));
        auto* expiry = panel.findChild<QLabel*>(QStringLiteral("tokenExpiry"));
        QVERIFY2(refresh->text().contains(QStringLiteral("in 30 min 00 s")), qPrintable(refresh->text()));
        QVERIFY2(expiry->text().contains(QStringLiteral("in 1 h 0 min")), qPrintable(expiry->text()));
        now += 3599;
        panel.tick();
        QVERIFY2(expiry->text().contains(QStringLiteral("in 1 s")), qPrintable(expiry->text()));
        now += 1;
        panel.tick();
        QVERIFY(expiry->text().contains(QStringLiteral("expired")));
    }

    void autoRefreshAsksWhenDue()
    {
        TokenPanel panel;
        std::int64_t now = 1000;
        panel.setClock([&] { return now; });
        panel.setEndpoint(QStringLiteral("churn"));
        panel.setToken({"t", "Bearer", now + 3600, now + 1800});
        panel.setAutoRefresh(true);
        QSignalSpy spy(&panel, &TokenPanel::tokenRequested);
        now += 1799;
        panel.tick();
        QCOMPARE(spy.count(), 0);
        now += 1;
        panel.tick();
        QCOMPARE(spy.count(), 1);
        panel.tick(); // still waiting for the answer: no second request
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TokenPanelTest)
#include "TokenPanelTest.moc"
