#include "EffectiveSplitBar.h"

#include <QPainter>

namespace switchyard::widgets {

EffectiveSplitBar::EffectiveSplitBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("effectiveSplitBar"));
    setAccessibleName(tr("Effective traffic split"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QColor EffectiveSplitBar::colorFor(int index)
{
    // Distinguishable, colour-blind-friendly hues (Okabe–Ito), then repeat.
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
    return palette[index % 6];
}

void EffectiveSplitBar::setSplit(const std::map<std::string, int>& split,
                                 const std::vector<std::string>& order, const std::string& defaultVersion)
{
    m_split = split;
    m_order = order;
    m_default = defaultVersion;
    setAccessibleDescription(describe());
    update();
}

QString EffectiveSplitBar::describe() const
{
    QStringList parts;
    for (const auto& name : m_order) {
        const auto it = m_split.find(name);
        if (it == m_split.end())
            continue;
        const QString v = QString::fromStdString(name);
        parts << (name == m_default ? tr("%1 %2 % (default)").arg(v).arg(it->second)
                                    : tr("%1 %2 %").arg(v).arg(it->second));
    }
    return parts.join(QStringLiteral(", "));
}

QSize EffectiveSplitBar::sizeHint() const
{
    return {360, fontMetrics().height() + 12};
}

QSize EffectiveSplitBar::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 12};
}

void EffectiveSplitBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect area = rect().adjusted(0, 1, -1, -2);
    p.fillRect(area, palette().color(QPalette::Base));
    int x = area.left();
    int index = 0;
    int shown = 0;
    for (const auto& name : m_order) {
        const auto it = m_split.find(name);
        const int share = it == m_split.end() ? 0 : it->second;
        const QColor color = colorFor(index++);
        if (share <= 0)
            continue;
        shown += share;
        // The last segment ends exactly at the right edge whatever the rounding.
        const int right = shown >= 100 ? area.right() + 1 : area.left() + area.width() * shown / 100;
        const QRect segment(x, area.top(), right - x, area.height());
        p.fillRect(segment, color);
        const QString label = tr("%1 %2 %").arg(QString::fromStdString(name)).arg(share);
        const QString shortLabel = tr("%1 %").arg(share);
        const QString text = p.fontMetrics().horizontalAdvance(label) + 8 <= segment.width() ? label
                             : p.fontMetrics().horizontalAdvance(shortLabel) + 4 <= segment.width()
                                 ? shortLabel
                                 : QString();
        if (!text.isEmpty()) {
            p.setPen(color.lightness() > 150 ? Qt::black : Qt::white);
            p.drawText(segment, Qt::AlignCenter, text);
        }
        x = right;
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
}

} // namespace switchyard::widgets
