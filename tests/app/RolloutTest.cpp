#include <QComboBox>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QTreeWidget>
#include <QtCore/qfloat16.h> // QCOMPARE(json, …) needs qfloat16 complete

#include "ConsoleFixture.h"
#include "ScoreLoad.h"
#include "history/HistoryView.h"
#include "traffic/EffectiveSplitBar.h"

using namespace switchyard;

// The rollout tabs of the whole console against a real server, while scoring traffic runs: drag the
// traffic sliders, apply and read the split back, the 100 % limit, a change made elsewhere while a plan is
// pending, promotion in its three forms, and restoring a split from the history.
class RolloutTest : public QObject
{
    Q_OBJECT

private:
    test::ConsoleFixture m_console;
    std::unique_ptr<test::ScoreLoad> m_load;

    QSlider* slider(const char* version)
    {
        return m_console.find<QSlider>(QStringLiteral("trafficSlider_") + QLatin1String(version));
    }
    QString pendingBar() const
    {
        return m_console.find<widgets::EffectiveSplitBar>(QStringLiteral("effectiveSplitBar"))
            ->accessibleDescription();
    }
    int percentileOnServer(const std::string& version)
    {
        const auto endpoint = m_console.endpoint();
        for (const auto& v : endpoint["versions"])
            if (v.value("name", "") == version)
                return v["traffic_percentile"].get<int>();
        return -1;
    }
    // Puts the endpoint back to a known split through the API (as another operator would).
    void setLive(const nlohmann::json& body)
    {
        const auto reply = m_console.api().put(QStringLiteral("/api/v1/endpoints/demo/traffic"), body);
        QVERIFY2(reply.status == 200, reply.body.constData());
    }
    void waitForLive(const std::string& defaultVersion, const std::string& controlVersion)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_console.session()->focusedEndpoint() &&
                                     m_console.session()->focusedEndpoint()->defaultVersion ==
                                         defaultVersion &&
                                     m_console.session()->focusedEndpoint()->controlVersion == controlVersion,
                                 10000);
    }

    // Where the slider's handle is drawn for `value`.
    static QPoint handleCentre(QSlider* s, int value)
    {
        QStyleOptionSlider opt;
        opt.initFrom(s);
        opt.orientation = s->orientation();
        opt.minimum = s->minimum();
        opt.maximum = s->maximum();
        opt.singleStep = s->singleStep();
        opt.pageStep = s->pageStep();
        opt.sliderPosition = value;
        opt.sliderValue = value;
        opt.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
        return s->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, s).center();
    }
    // Drags the handle with the mouse to about `value`, then finishes with the arrow keys as a user would.
    void drag(const char* version, int value)
    {
        QSlider* s = slider(version);
        QTest::mousePress(s, Qt::LeftButton, {}, handleCentre(s, s->value()));
        const QPoint from = handleCentre(s, s->value());
        const QPoint to = handleCentre(s, value);
        for (int step = 1; step <= 8; ++step)
            QTest::mouseMove(s, from + (to - from) * step / 8);
        QTest::mouseRelease(s, Qt::LeftButton, {}, to);
        s = slider(version); // the editor may rebuild its rows; the name stays
        for (int i = 0; i < 10 && s->value() != value; ++i)
            QTest::keyClick(s, s->value() < value ? Qt::Key_Right : Qt::Key_Left);
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_console.start(&why), qPrintable(why));
        m_console.showPage(widgets::EndpointRolloutView::TrafficPage);
        const auto keys = m_console.api().get(QStringLiteral("/api/v1/endpoints/demo/keys")).json();
        m_load =
            std::make_unique<test::ScoreLoad>(m_console.server().url(), QStringLiteral("demo"),
                                              QString::fromStdString(keys["primary_key"].get<std::string>()));
        m_load->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_load->succeeded() > 5, 10000);
    }

    void cleanupTestCase() { m_load.reset(); }

    void draggingShowsTheEffectiveSplitBeforeApplying()
    {
        // The seed's example: 20 % on the old default, 40 % on a new default → effective 20 / 80.
        QTRY_VERIFY(slider("blue")->isVisible());
        QTest::mouseClick(m_console.find<QRadioButton>(QStringLiteral("trafficDefault_green")),
                          Qt::LeftButton);
        drag("blue", 20);
        drag("green", 40);
        QCOMPARE(slider("blue")->value(), 20);
        QCOMPARE(slider("green")->value(), 40);
        QVERIFY2(pendingBar().contains(QStringLiteral("blue 20 %")), qPrintable(pendingBar()));
        QVERIFY2(pendingBar().contains(QStringLiteral("green 80 %")), qPrintable(pendingBar()));
        // Nothing is live before Apply.
        QCOMPARE(m_console.endpoint()["default_version"], "blue");
        QVERIFY(m_console.find<QPushButton>(QStringLiteral("trafficRevert"))->isEnabled());
    }

    void applyingSendsOneChangeThatReadsBack()
    {
        auto* apply = m_console.find<QPushButton>(QStringLiteral("trafficApply"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_console.endpoint()["default_version"], "green", 10000);
        const auto live = m_console.endpoint();
        QCOMPARE(live["traffic"]["blue"].get<int>(), 20);
        QCOMPARE(live["traffic"]["green"].get<int>(), 80);
        QCOMPARE(percentileOnServer("green"), 40);
        QTRY_VERIFY_WITH_TIMEOUT(!apply->isEnabled(), 10000); // nothing pending any more
        // The editor shows the new live split (no flash of the old one).
        QCOMPARE(slider("green")->value(), 40);
        QCOMPARE(slider("blue")->value(), 20);
    }

    void theSumCannotPassOneHundred()
    {
        drag("blue", 90); // green holds 40: blue stops at 60
        QCOMPARE(slider("blue")->value(), 60);
        QCOMPARE(slider("green")->value(), 40);
        const auto* limit = m_console.find<QLabel>(QStringLiteral("trafficLimitMessage"));
        QVERIFY2(limit->text().contains(QStringLiteral("100")), qPrintable(limit->text()));
        QTest::mouseClick(m_console.find<QPushButton>(QStringLiteral("trafficRevert")), Qt::LeftButton);
        QCOMPARE(slider("blue")->value(), 20);
    }

    void aChangeMadeElsewhereWhilePendingIsNoticed()
    {
        drag("blue", 30);
        auto* banner = m_console.find<QWidget>(QStringLiteral("trafficLiveChanged"));
        QVERIFY(!banner->isVisible());
        setLive({{"traffic", {{"blue", 10}, {"green", 50}}}});
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        // Discard: the editor shows the server's new split.
        QTest::mouseClick(m_console.find<QPushButton>(QStringLiteral("trafficDiscard")), Qt::LeftButton);
        QTRY_COMPARE(slider("blue")->value(), 10);
        QCOMPARE(slider("green")->value(), 50);
        QVERIFY(!banner->isVisible());
    }

    void promoteControlOnly()
    {
        setLive({{"traffic", {{"blue", 30}, {"green", 0}}},
                 {"default_version", "blue"},
                 {"control_version", "blue"}});
        waitForLive("blue", "blue");
        m_console.showPage(widgets::EndpointRolloutView::PromotePage);
        promote("green", 0);
        waitForLive("blue", "green");
        QCOMPARE(m_console.endpoint()["control_version"], "green");
        QCOMPARE(m_console.endpoint()["default_version"], "blue");
        QCOMPARE(m_console.endpoint()["traffic"]["green"].get<int>(), 0); // the split is untouched
    }

    void promoteControlAndDefault()
    {
        setLive({{"traffic", {{"blue", 30}, {"green", 0}}},
                 {"default_version", "blue"},
                 {"control_version", "blue"}});
        waitForLive("blue", "blue");
        promote("green", 1);
        waitForLive("green", "green");
        const auto live = m_console.endpoint();
        QCOMPARE(live["traffic"]["blue"].get<int>(), 30);
        QCOMPARE(live["traffic"]["green"].get<int>(), 70); // the remainder follows the default
    }

    void promoteControlDefaultAndAllTraffic()
    {
        setLive({{"traffic", {{"blue", 30}, {"green", 20}}},
                 {"default_version", "blue"},
                 {"control_version", "blue"}});
        waitForLive("blue", "blue");
        promote("green", 2);
        waitForLive("green", "green");
        const auto live = m_console.endpoint();
        QCOMPARE(live["traffic"]["blue"].get<int>(), 0);
        QCOMPARE(live["traffic"]["green"].get<int>(), 100);
    }

    void restoreASplitFromTheHistory()
    {
        m_console.showPage(widgets::EndpointRolloutView::HistoryPage);
        auto* history = m_console.find<widgets::HistoryView>(QStringLiteral("historyView"));
        // The history came from the live feed: the changes above are there, newest first. Counting them is
        // not enough: the load's scaling events are in the same feed and may make up the count first.
        auto* list = history->view();
        // Find the change that made the split blue 30 / green 70 (promotion with the default).
        const auto find = [list] {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(1).endsWith(QStringLiteral("to blue 30 %, green 70 %.")))
                    return list->topLevelItem(i);
            return static_cast<QTreeWidgetItem*>(nullptr);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            find(), qPrintable(list->topLevelItemCount() ? list->topLevelItem(0)->text(1) : QString()),
            20000);
        QVERIFY(history->eventCount() >= 6);
        QTreeWidgetItem* wanted = find();
        list->setCurrentItem(wanted);
        auto* restore = m_console.find<QPushButton>(QStringLiteral("historyRestore"));
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_console.endpoint()["traffic"]["blue"].get<int>(), 30, 10000);
        QCOMPARE(m_console.endpoint()["traffic"]["green"].get<int>(), 70);
        // The restore is itself a change: the newest split change in the list (scaling events from the
        // load may be newer still).
        const auto newestSplitChange = [list] {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                if (list->topLevelItem(i)->text(1).contains(QStringLiteral(" the split ")))
                    return list->topLevelItem(i)->text(1);
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(newestSplitChange().endsWith(QStringLiteral("to blue 30 %, green 70 %.")),
                                 10000);
        QVERIFY(list->topLevelItem(0) != wanted);
    }

    void scoringDuringTheChangesAllSucceeded()
    {
        m_load->stop();
        qInfo("scoring during the changes: %d answered, %d ok, by version %s", m_load->answered(),
              m_load->succeeded(),
              qPrintable(QStringList(m_load->byVersion().keys()).join(QLatin1Char(' '))));
        QVERIFY(m_load->answered() > 20);
        QVERIFY2(m_load->failed() == 0, qPrintable(m_load->failures().join(QLatin1Char('\n'))));
        QVERIFY(m_load->byVersion().value(QStringLiteral("blue")) > 0);
        QVERIFY(m_load->byVersion().value(QStringLiteral("green")) > 0);
    }

private:
    void promote(const char* version, int scope)
    {
        auto* versionBox = m_console.find<QComboBox>(QStringLiteral("promoteVersion"));
        QTRY_VERIFY(versionBox->findText(QLatin1String(version)) >= 0);
        versionBox->setCurrentIndex(versionBox->findText(QLatin1String(version)));
        m_console.find<QComboBox>(QStringLiteral("promoteScope"))->setCurrentIndex(scope);
        auto* button = m_console.find<QPushButton>(QStringLiteral("promoteToControl"));
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

QTEST_MAIN(RolloutTest)
#include "RolloutTest.moc"
