#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QApplication>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

#include "traffic/EffectiveSplitBar.h"
#include "traffic/TrafficEditor.h"

using namespace switchyard;
using switchyard::widgets::EffectiveSplitBar;
using switchyard::widgets::TrafficEditor;

namespace {
// Where the slider's handle is drawn for `value` (the same mapping QStyle uses to place it).
QPoint handleCenter(const QSlider* slider, int value)
{
    const int length = slider->style()->pixelMetric(QStyle::PM_SliderLength, nullptr, slider);
    const int x = QStyle::sliderPositionFromValue(slider->minimum(), slider->maximum(), value,
                                                  slider->width() - length);
    return {x + length / 2, slider->height() / 2};
}

// Press on the handle, move in steps (checking between moves is up to the caller), release.
void drag(QSlider* slider, int to, const std::function<void(int)>& during = {})
{
    const int from = slider->value();
    QTest::mousePress(slider, Qt::LeftButton, Qt::NoModifier, handleCenter(slider, from));
    const int step = to > from ? 5 : -5;
    for (int v = from; (step > 0 ? v < to : v > to);) {
        v = step > 0 ? std::min(v + step, to) : std::max(v + step, to);
        QTest::mouseMove(slider, handleCenter(slider, v));
        if (during)
            during(v);
    }
    QTest::mouseRelease(slider, Qt::LeftButton, Qt::NoModifier, handleCenter(slider, to));
}
} // namespace

class TrafficEditorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TrafficEditor> m_editor;
    QSlider* slider(const char* version) const
    {
        return m_editor->findChild<QSlider*>(QStringLiteral("trafficSlider_") + QLatin1String(version));
    }
    EffectiveSplitBar* bar() const
    {
        return m_editor->findChild<EffectiveSplitBar*>(QStringLiteral("effectiveSplitBar"));
    }

private slots:
    void init()
    {
        m_editor = std::make_unique<TrafficEditor>();
        m_editor->resize(900, 420);
        // The seed: versiona is the default (and control) with 20 %, versionb has nothing yet.
        m_editor->setPlan(QStringLiteral("churn"),
                          TrafficPlan({{"versiona", 20, true, true}, {"versionb", 0, false, false}}));
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }
    void cleanup() { m_editor.reset(); }

    void accessibleNames()
    {
        QCOMPARE(slider("versionb")->accessibleName(), QStringLiteral("Traffic for versionb"));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(slider("versiona"));
        QVERIFY(iface && iface->valueInterface());
        QCOMPARE(iface->valueInterface()->currentValue().toInt(), 20);
        QCOMPARE(m_editor->findChild<QPushButton*>(QStringLiteral("trafficApply"))->accessibleName(),
                 QStringLiteral("Apply"));
        QCOMPARE(m_editor->findChild<QPushButton*>(QStringLiteral("trafficRevert"))->accessibleName(),
                 QStringLiteral("Revert"));
        QCOMPARE(bar()->accessibleDescription(), QStringLiteral("versiona 100 % (default), versionb 0 %"));
    }

    // Tab reads the page in order: each version's row (slider, spin box), then the presets, as in a window
    // with other widgets before and after the editor; also for rows built again while the editor is on
    // screen (a version added), which would otherwise come last in the window, after everything else.
    void tabGoesThroughTheRowsThenThePresets()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* before = new QLineEdit(&window);
        before->setObjectName(QStringLiteral("before"));
        auto* editor = new TrafficEditor(&window);
        auto* after = new QLineEdit(&window);
        after->setObjectName(QStringLiteral("after"));
        layout->addWidget(before);
        layout->addWidget(editor);
        layout->addWidget(after);
        editor->setPlan(QStringLiteral("churn"),
                        TrafficPlan({{"versiona", 20, true, true}, {"versionb", 0, false, false}}));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        editor->setPlan(QStringLiteral("churn"), TrafficPlan({{"versiona", 20, true, true},
                                                              {"versionb", 0, false, false},
                                                              {"versionc", 0, false, false}}));
        const auto named = [editor](const char* name) {
            return editor->findChild<QWidget*>(QLatin1String(name));
        };
        QTRY_VERIFY(named("trafficSlider_versionc") && named("trafficSlider_versionc")->isVisible());
        QApplication::setActiveWindow(&window);
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        before->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), before);
        QStringList walk;
        for (int i = 0; i < 20 && QApplication::focusWidget(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            walk << QApplication::focusWidget()->objectName();
        }
        // The rows in order, each followed at once by the next control of the page (the radio buttons of
        // the default may be visited too).
        walk.removeIf([](const QString& name) { return name.startsWith(QLatin1String("trafficDefault_")); });
        const QStringList expected = {
            "trafficSlider_versiona", "trafficSpin_versiona",   "trafficSlider_versionb",
            "trafficSpin_versionb",   "trafficSlider_versionc", "trafficSpin_versionc",
            "presetAllToControl",     "presetEvenSplit",        "canaryPercent",
            "canaryTarget",           "presetCanary",           "after"};
        QVERIFY2(walk.mid(0, expected.size()) == expected, qPrintable(walk.join(QLatin1Char(' '))));
    }

    void dragShowsEffectiveSplitLive()
    {
        auto* b = slider("versionb");
        QVector<int> seen;
        drag(b, 40, [&](int) { seen << bar()->split().at("versionb"); });
        QCOMPARE(b->value(), 40);
        // The bar followed the drag: versionb grew on every move.
        QVERIFY2(seen.size() >= 8 && seen.first() > 0 && seen.last() == 40,
                 qPrintable(QString::number(seen.size())));
        QCOMPARE(bar()->split().at("versiona"), 60); // 20 + the remainder 40
        // Making versionb the default moves the remainder to it: the seed's 20 / 80.
        QTest::mouseClick(m_editor->findChild<QRadioButton*>(QStringLiteral("trafficDefault_versionb")),
                          Qt::LeftButton);
        QCOMPARE(bar()->split().at("versiona"), 20);
        QCOMPARE(bar()->split().at("versionb"), 80);
        QVERIFY(bar()->accessibleDescription().contains(QStringLiteral("versionb 80 % (default)")));
        QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("trafficStatus"))
                    ->text()
                    .contains(QStringLiteral("Pending")));
    }

    void applyEmitsOneRequest()
    {
        QString endpoint;
        std::optional<TrafficRequest> sent;
        int count = 0;
        connect(m_editor.get(), &TrafficEditor::applyRequested, this,
                [&](const QString& ep, const TrafficRequest& r) { endpoint = ep, sent = r, ++count; });
        auto* apply = m_editor->findChild<QPushButton*>(QStringLiteral("trafficApply"));
        QVERIFY(!apply->isEnabled()); // nothing pending yet
        drag(slider("versionb"), 40);
        QTest::mouseClick(m_editor->findChild<QRadioButton*>(QStringLiteral("trafficDefault_versionb")),
                          Qt::LeftButton);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(count, 1);
        QCOMPARE(endpoint, QStringLiteral("churn"));
        QCOMPARE(sent->traffic, (std::map<std::string, int>{{"versiona", 20}, {"versionb", 40}}));
        QCOMPARE(sent->defaultVersion.value(), std::string("versionb"));
        QVERIFY(!apply->isEnabled()); // until the answer
        m_editor->setApplyFinished(false, QStringLiteral("The server said no."));
        QCOMPARE(m_editor->findChild<QLabel*>(QStringLiteral("trafficError"))->text(),
                 QStringLiteral("The server said no."));
        QVERIFY(apply->isEnabled()); // the plan is still pending, to retry
    }

    void sumCannotPass100()
    {
        m_editor->findChild<QSpinBox*>(QStringLiteral("trafficSpin_versiona"))->setValue(70);
        auto* b = slider("versionb");
        drag(b, 60);
        QCOMPARE(b->value(), 30);
        QCOMPARE(m_editor->model().pending().configuredSum(), 100);
        const QString why = m_editor->findChild<QLabel*>(QStringLiteral("trafficLimitMessage"))->text();
        QVERIFY2(why.contains(QStringLiteral("stops at 30 %")) && why.contains(QStringLiteral("100 at most")),
                 qPrintable(why));
        // Keys too: the arrow key cannot push past the limit.
        b->setFocus();
        QTest::keyClick(b, Qt::Key_Right);
        QCOMPARE(b->value(), 30);
    }

    void revertDropsThePlan()
    {
        drag(slider("versionb"), 25);
        QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("trafficRevert")), Qt::LeftButton);
        QCOMPARE(slider("versionb")->value(), 0);
        QVERIFY(!m_editor->model().isPending());
    }

    void liveChangeWhilePendingOffersRebase()
    {
        drag(slider("versionb"), 30);
        auto* banner = m_editor->findChild<QWidget*>(QStringLiteral("trafficLiveChanged"));
        QVERIFY(!banner->isVisible());
        // Someone changed versiona to 50 through the API.
        m_editor->setPlan(QStringLiteral("churn"),
                          TrafficPlan({{"versiona", 50, true, true}, {"versionb", 0, false, false}}));
        QVERIFY(banner->isVisible());
        QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("trafficRebase")), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(slider("versiona")->value(), 50);
        QCOMPARE(slider("versionb")->value(), 30);
    }

    void presetsFillThePlan()
    {
        m_editor->setPlan(QStringLiteral("churn"), TrafficPlan({{"versiona", 20, true, true},
                                                                {"versionb", 0, false, false},
                                                                {"versionc", 0, false, false}}));
        QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("presetEvenSplit")),
                          Qt::LeftButton);
        QCOMPARE(bar()->split(),
                 (std::map<std::string, int>{{"versiona", 0}, {"versionb", 50}, {"versionc", 50}}));
        QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("presetAllToControl")),
                          Qt::LeftButton);
        QCOMPARE(bar()->split().at("versiona"), 100);
        m_editor->findChild<QSpinBox*>(QStringLiteral("canaryPercent"))->setValue(5);
        QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("presetCanary")), Qt::LeftButton);
        QCOMPARE(bar()->split(),
                 (std::map<std::string, int>{{"versiona", 95}, {"versionb", 5}, {"versionc", 0}}));
    }
};

QTEST_MAIN(TrafficEditorTest)
#include "TrafficEditorTest.moc"
