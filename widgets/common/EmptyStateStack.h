#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace switchyard::widgets {

// A pane's content, or a sentence saying what to do next (with the button that does it) when there is
// nothing to show.
class EmptyStateStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateStack)

public:
    EmptyStateStack(QWidget* content, const QString& objectName, QWidget* parent = nullptr);

    void setEmptyText(const QString& text);
    QString emptyText() const;
    // A button under the text; hidden when `text` is empty.
    QPushButton* actionButton() const { return m_action; }
    void setAction(const QString& text);
    void setEmpty(bool empty);
    bool isEmpty() const { return currentIndex() == 0; }

private:
    QLabel* m_text = nullptr;
    QPushButton* m_action = nullptr;
};

} // namespace switchyard::widgets
