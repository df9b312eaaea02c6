#pragma once

#include <QString>

#include "ApiResult.h"

namespace switchyard::widgets {

// The client's description of a failed call, for a label or a message box; empty when it succeeded.
template <class T>
QString apiErrorText(const client::ApiResult<T>& result)
{
    return result.ok() ? QString() : QString::fromStdString(client::describe(result));
}

} // namespace switchyard::widgets
