#pragma once

#include <functional>

#include <QIcon>
#include <QStyledItemDelegate>

namespace switchyard::widgets {

// Draws a cell with an icon chosen by the view (Icons) from the model's own data, so models keep to their
// colours and words and the icon set stays in widgets/. An empty icon draws the cell as it was.
class DecorationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecorationDelegate)

public:
    using IconFor = std::function<QIcon(const QModelIndex&)>;
    DecorationDelegate(IconFor iconFor, QObject* parent);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    IconFor m_iconFor;
};

} // namespace switchyard::widgets
