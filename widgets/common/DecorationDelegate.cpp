#include "DecorationDelegate.h"

namespace switchyard::widgets {

DecorationDelegate::DecorationDelegate(IconFor iconFor, QObject* parent)
    : QStyledItemDelegate(parent), m_iconFor(std::move(iconFor))
{}

void DecorationDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QIcon icon = m_iconFor(index);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

} // namespace switchyard::widgets
