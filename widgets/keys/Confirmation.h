#pragma once

#include <functional>

#include <QString>

class QWidget;

namespace switchyard::widgets {

// A yes/no question about a destructive action, shown through DialogSeam (window-modal, no nested event
// loop; a test's hook answers it by clicking the button named "confirmButton" or "cancelButton").
class Confirmation
{
public:
    static void ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmText,
                    std::function<void()> onConfirmed);
};

} // namespace switchyard::widgets
