#include "CachedTextDelegate.h"

#include <utility>

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace switchyard::widgets {

namespace {

// One line as wide as the rectangle (QCommonStyle's viewItemTextLayout for text that does not wrap).
void layOutLine(QTextLayout& layout, int width)
{
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
}

bool fitsOneLine(const QString& text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QChar::LineSeparator);
}

} // namespace

size_t qHash(const CachedTextDelegate::Key& key, size_t seed)
{
    return qHashMulti(seed, key.text, key.font, key.size.width(), key.size.height(), key.alignment,
                      key.elideMode, key.direction);
}

CachedTextDelegate::CachedTextDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

CachedTextDelegate::~CachedTextDelegate() = default;

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The text's rectangle below is the whole cell but its check and icon only when the selection covers
    // the decoration too (QTreeView with whole-row selection); otherwise it depends on the text's size.
    if (opt.text.isEmpty() || !opt.showDecorationSelected ||
        (opt.features & QStyleOptionViewItem::WrapText) || (opt.state & QStyle::State_Editing) ||
        !fitsOneLine(opt.text)) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    const QString text = std::exchange(opt.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // all but the text

    // As QCommonStyle draws an item's text (CE_ItemViewItem, viewItemDrawText).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const Shaped& shown = shaped(Key{text, opt.font, rect.size(), int(opt.displayAlignment),
                                     int(opt.textElideMode), int(opt.direction)});
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    shown.layout->draw(painter, QPointF(rect.left(), rect.top() + shown.top));
    painter->restore();
}

const CachedTextDelegate::Shaped& CachedTextDelegate::shaped(const Key& key) const
{
    auto it = m_shaped.find(key);
    if (it != m_shaped.end())
        return *it;
    if (m_shaped.size() >= kGeneration)
        m_older = std::exchange(m_shaped, {});
    const auto older = m_older.constFind(key);
    return *m_shaped.insert(key, older == m_older.constEnd() ? layOut(key) : *older);
}

// QCommonStyle's calculateElidedText for one line: placed vertically by the line's height, elided when
// wider than the rectangle, then laid out again as shown.
CachedTextDelegate::Shaped CachedTextDelegate::layOut(const Key& key) const
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(Qt::LayoutDirection(key.direction));
    textOption.setAlignment(
        QStyle::visualAlignment(Qt::LayoutDirection(key.direction), Qt::Alignment(key.alignment)));
    const QRect rect(QPoint(0, 0), key.size);

    auto layout = std::make_shared<QTextLayout>(key.text, key.font);
    layout->setTextOption(textOption);
    layOutLine(*layout, rect.width());
    ++m_layouts;
    Shaped out;
    out.top = QStyle::alignedRect(Qt::LeftToRight, Qt::Alignment(key.alignment),
                                  layout->boundingRect().size().toSize(), rect)
                  .top();
    if (layout->lineCount() > 0 && layout->lineAt(0).naturalTextWidth() > rect.width()) {
        const QString elided =
            QFontMetrics(key.font).elidedText(key.text, Qt::TextElideMode(key.elideMode), rect.width());
        layout = std::make_shared<QTextLayout>(elided, key.font);
        layout->setTextOption(textOption);
        layOutLine(*layout, rect.width());
        ++m_layouts;
    }
    out.layout = std::move(layout);
    return out;
}

} // namespace switchyard::widgets
