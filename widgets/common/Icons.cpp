#include "Icons.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPointer>

namespace switchyard::widgets {

namespace {

QString iconPath(const char* name)
{
    return QStringLiteral(":/icons/console/%1.svg").arg(QLatin1String(name));
}

// The monochrome shape of `path` at `side` pixels, filled with `colour`.
QPixmap paintedIn(const QString& path, int side, const QColor& colour)
{
    QPixmap shape = QIcon(path).pixmap(side, side);
    QPainter painter(&shape);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(shape.rect(), colour);
    return shape;
}

// The actions and buttons showing a tinted icon, painted again when the application's palette changes: a
// QIcon holds pixmaps already painted in the old colours, and Qt only chooses among their modes.
class Retinter final : public QObject
{
public:
    static Retinter* instance()
    {
        static QPointer<Retinter> self;
        if (!self && qApp) {
            self = new Retinter(qApp);
            qApp->installEventFilter(self);
        }
        return self;
    }

    void track(QObject* target, Icons::Action icon)
    {
        if (!m_shown.contains(target))
            connect(target, &QObject::destroyed, this, [this, target] { m_shown.remove(target); });
        m_shown.insert(target, icon);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The application is told once, before its widgets (an application-wide filter sees every event:
        // the type is compared first).
        if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp)
            for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it)
                paint(it.key(), Icons::action(it.value()));
        return false;
    }

private:
    using QObject::QObject;

    static void paint(QObject* target, const QIcon& icon)
    {
        if (auto* action = qobject_cast<QAction*>(target))
            action->setIcon(icon);
        else if (auto* button = qobject_cast<QAbstractButton*>(target))
            button->setIcon(icon);
    }

    QHash<QObject*, Icons::Action> m_shown;
};

} // namespace

QString Icons::statePath(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return iconPath("state-healthy");
    case HealthState::Transitioning:
        return iconPath("state-transitioning");
    case HealthState::Unhealthy:
        return iconPath("state-unhealthy");
    case HealthState::Failed:
        return iconPath("state-failed");
    case HealthState::Unknown:
        break;
    }
    return iconPath("state-unknown");
}

QString Icons::rolePath(Role role)
{
    switch (role) {
    case Role::Control:
        return iconPath("role-control");
    case Role::Treatment:
        return iconPath("role-treatment");
    case Role::Default:
        break;
    }
    return iconPath("role-default");
}

QString Icons::actionPath(Action action)
{
    switch (action) {
    case Action::Attach:
        return iconPath("action-attach");
    case Action::Create:
        return iconPath("action-create");
    case Action::Apply:
        return iconPath("action-apply");
    case Action::Revert:
        return iconPath("action-revert");
    case Action::Promote:
        return iconPath("action-promote");
    case Action::Rotate:
        return iconPath("action-rotate");
    case Action::Refresh:
        return iconPath("action-refresh");
    case Action::Monitor:
        return iconPath("action-monitor");
    case Action::Find:
        return iconPath("action-find");
    case Action::Shortcuts:
        return iconPath("action-shortcuts");
    case Action::About:
        break;
    }
    return iconPath("action-about");
}

QIcon Icons::state(HealthState state)
{
    // Parsed once per state, not at every paint of a cell.
    static QHash<int, QIcon> cache;
    auto it = cache.find(static_cast<int>(state));
    if (it == cache.end())
        it = cache.insert(static_cast<int>(state), QIcon(statePath(state)));
    return *it;
}

QIcon Icons::role(Role role)
{
    return tinted(rolePath(role), QApplication::palette());
}

QIcon Icons::role(Role role, const QPalette& palette)
{
    return tinted(rolePath(role), palette);
}

QIcon Icons::action(Action action)
{
    return tinted(actionPath(action), QApplication::palette());
}

QIcon Icons::action(Action action, const QPalette& palette)
{
    return tinted(actionPath(action), palette);
}

void Icons::set(QAction* target, Action icon)
{
    target->setIcon(action(icon));
    if (auto* retinter = Retinter::instance())
        retinter->track(target, icon);
}

void Icons::set(QAbstractButton* target, Action icon)
{
    target->setIcon(action(icon));
    if (auto* retinter = Retinter::instance())
        retinter->track(target, icon);
}

QIcon Icons::tinted(const QString& path, const QPalette& palette)
{
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
    // Views ask for an icon at every paint of a cell: render each shape once per palette.
    static QHash<QString, QIcon> cache;
    const QString key = path + normal.name(QColor::HexArgb) + disabled.name(QColor::HexArgb) +
                        palette.color(QPalette::Active, QPalette::HighlightedText).name(QColor::HexArgb);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int side : {16, 22, 24, 32, 48}) {
        icon.addPixmap(paintedIn(path, side, normal), QIcon::Normal);
        icon.addPixmap(paintedIn(path, side, normal), QIcon::Active);
        icon.addPixmap(paintedIn(path, side, palette.color(QPalette::Active, QPalette::HighlightedText)),
                       QIcon::Selected);
        icon.addPixmap(paintedIn(path, side, disabled), QIcon::Disabled);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace switchyard::widgets
