#pragma once

#include <functional>

class QDialog;

namespace switchyard::widgets {

// Every dialog the console opens goes through here: shown window-modal with open() (never exec(), so no
// nested event loop), and handed to a test's hook, which can fill it in and press its buttons.
class DialogSeam
{
public:
    using Hook = std::function<void(QDialog*)>;

    static void setHook(Hook hook);
    // Deletes the dialog when it closes.
    static void show(QDialog* dialog);
};

} // namespace switchyard::widgets
