#pragma once

#include <QCoreApplication>
#include <QColor>
#include <QString>

#include "api/HealthState.h"

namespace switchyard::models {

// How states read and look in every pane, in one place.
class StateText
{
    Q_DECLARE_TR_FUNCTIONS(StateText)

public:
    static QString health(HealthState state);
    static QColor healthColor(HealthState state);
    static QString authMode(const std::string& mode);
};

} // namespace switchyard::models
