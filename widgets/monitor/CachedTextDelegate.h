#pragma once

#include <memory>

#include <QFont>
#include <QHash>
#include <QSize>
#include <QString>
#include <QStyledItemDelegate>

class QTextLayout;

namespace switchyard::widgets {

// Paints a cell as QStyledItemDelegate does, but keeps the laid-out text of each cell (shaped by HarfBuzz
// once) until its text, font, width or alignment changes. The style shapes a cell's text three times at
// every paint (to place it, to elide it, to draw it); the Monitor repaints its rows four or five times a
// second with the same texts, and shaping was nearly half of a repaint (bench/README.md).
//
// Background, selection, icon and focus are still the style's (it paints the cell without its text); the
// text is then drawn where and how QCommonStyle draws it: the same margins, vertical placement, elision
// and pen (the highlighted text colour on selected rows, the model's foreground otherwise). Cells the
// cache cannot match exactly (wrapped or multi-line text, an editor open) are left to the style.
class CachedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedTextDelegate)

public:
    explicit CachedTextDelegate(QObject* parent = nullptr);
    ~CachedTextDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // How many texts were laid out (shaped) so far: tests see the cache keep and drop them.
    int layoutCount() const { return m_layouts; }

private:
    struct Key
    {
        QString text;
        QFont font;
        QSize size; // of the text's rectangle, margins removed
        int alignment = 0;
        int elideMode = 0;
        int direction = 0;
        bool operator==(const Key& other) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed);

    struct Shaped
    {
        std::shared_ptr<const QTextLayout> layout; // laid out on one line of the rectangle's width
        qreal top = 0;                             // where the line starts below the rectangle's top
    };
    // More cells than a screen shows at once. Past it the texts laid out so far become the older
    // generation, dropped at the next turn: what is on screen is found in either and moves to the newer.
    static constexpr qsizetype kGeneration = 4096;

    const Shaped& shaped(const Key& key) const;
    Shaped layOut(const Key& key) const;

    mutable QHash<Key, Shaped> m_shaped;
    mutable QHash<Key, Shaped> m_older;
    mutable int m_layouts = 0;
};

} // namespace switchyard::widgets
