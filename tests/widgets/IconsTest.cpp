#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QFile>
#include <QImage>
#include <QPalette>
#include <QTest>

#include "StateText.h"
#include "common/Icons.h"

using namespace switchyard;
using widgets::Icons;

// The console's icon set: every icon is in the resources and draws something; the monochrome ones take
// the palette's text colour (light on a dark palette, dark on a light one); state colours change tone
// with the palette; icons shown on actions and buttons follow a change of the application's palette.
class IconsTest : public QObject
{
    Q_OBJECT

private:
    // The mean lightness of the icon's drawn (non-transparent) pixels; -1 when nothing is drawn.
    static int drawnLightness(const QIcon& icon, QIcon::Mode mode = QIcon::Normal)
    {
        const QImage image = icon.pixmap(32, 32, mode).toImage().convertToFormat(QImage::Format_ARGB32);
        long sum = 0;
        long count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 200) {
                    sum += c.lightness();
                    ++count;
                }
            }
        return count == 0 ? -1 : int(sum / count);
    }
    static QPalette palette(const QColor& base, const QColor& text)
    {
        QPalette p;
        p.setColor(QPalette::Window, base);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Disabled, QPalette::WindowText, Qt::gray);
        return p;
    }

private slots:
    void everyIconIsInTheResourcesAndDraws()
    {
        for (auto s : {HealthState::Healthy, HealthState::Transitioning, HealthState::Unhealthy,
                       HealthState::Failed, HealthState::Unknown}) {
            QVERIFY2(QFile::exists(Icons::statePath(s)), qPrintable(Icons::statePath(s)));
            QVERIFY(drawnLightness(Icons::state(s)) >= 0);
        }
        for (auto r : {Icons::Role::Control, Icons::Role::Treatment, Icons::Role::Default}) {
            QVERIFY2(QFile::exists(Icons::rolePath(r)), qPrintable(Icons::rolePath(r)));
            QVERIFY(drawnLightness(Icons::role(r)) >= 0);
        }
        for (int a = int(Icons::Action::Attach); a <= int(Icons::Action::About); ++a) {
            const auto action = static_cast<Icons::Action>(a);
            QVERIFY2(QFile::exists(Icons::actionPath(action)), qPrintable(Icons::actionPath(action)));
            QVERIFY(drawnLightness(Icons::action(action)) >= 0);
        }
        QVERIFY(QFile::exists(QStringLiteral(":/icons/switchyard.svg")));
    }

    void monochromeIconsTakeThePalettesTextColour()
    {
        const auto dark = palette(QColor(0x1e, 0x1e, 0x1e), QColor(0xe8, 0xe8, 0xe8));
        const auto light = palette(Qt::white, Qt::black);
        for (auto a : {Icons::Action::Apply, Icons::Action::Promote, Icons::Action::Rotate}) {
            QVERIFY(drawnLightness(Icons::action(a, dark)) > 180);
            QVERIFY(drawnLightness(Icons::action(a, light)) < 60);
            QVERIFY(qAbs(drawnLightness(Icons::action(a, dark), QIcon::Disabled) -
                         QColor(Qt::gray).lightness()) < 10);
        }
        QVERIFY(drawnLightness(Icons::role(Icons::Role::Control, dark)) > 180);
    }

    // A desktop switching between light and dark while the console runs: the icons shown on actions and
    // buttons are painted again in the new palette's text colour; one whose owner is gone is forgotten.
    void shownIconsFollowAPaletteChange()
    {
        QApplication::setPalette(palette(Qt::white, Qt::black));
        QAction action;
        QPushButton button;
        Icons::set(&action, Icons::Action::Apply);
        Icons::set(&button, Icons::Action::Create);
        QVERIFY(drawnLightness(action.icon()) < 60);
        QVERIFY(drawnLightness(button.icon()) < 60);
        {
            QAction gone;
            Icons::set(&gone, Icons::Action::Rotate);
        }
        QApplication::setPalette(palette(QColor(0x1e, 0x1e, 0x1e), QColor(0xe8, 0xe8, 0xe8)));
        QVERIFY(drawnLightness(action.icon()) > 180);
        QVERIFY(drawnLightness(button.icon()) > 180);
        QApplication::setPalette(palette(Qt::white, Qt::black));
        QVERIFY(drawnLightness(action.icon()) < 60);
    }

    void stateColoursChangeToneWithThePalette()
    {
        QApplication::setPalette(palette(Qt::white, Qt::black));
        QVERIFY(!models::StateText::darkPalette());
        const int onLight = models::StateText::healthColor(HealthState::Failed).lightness();
        QApplication::setPalette(palette(QColor(0x1e, 0x1e, 0x1e), QColor(0xe8, 0xe8, 0xe8)));
        QVERIFY(models::StateText::darkPalette());
        for (auto s :
             {HealthState::Healthy, HealthState::Transitioning, HealthState::Unhealthy, HealthState::Failed})
            QVERIFY2(models::StateText::healthColor(s).lightness() > 128,
                     qPrintable(models::StateText::health(s)));
        QVERIFY(models::StateText::healthColor(HealthState::Failed).lightness() > onLight);
    }
};

QTEST_MAIN(IconsTest)
#include "IconsTest.moc"
