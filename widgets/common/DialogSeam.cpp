#include "DialogSeam.h"

#include <QDialog>

namespace switchyard::widgets {
namespace {
DialogSeam::Hook& hook()
{
    static DialogSeam::Hook instance;
    return instance;
}
} // namespace

void DialogSeam::setHook(Hook h)
{
    hook() = std::move(h);
}

void DialogSeam::show(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (hook())
        hook()(dialog);
}

} // namespace switchyard::widgets
