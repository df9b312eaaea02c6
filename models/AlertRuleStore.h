#pragma once

#include "AlertRuleBook.h"

class QSettings;

namespace switchyard::models {

// Keeps the alert rules and the notification mute in the console's settings (QSettings, beside the
// profiles and the window layout; the rules hold no secret):
//   alerts/muteNotifications = bool
//   alerts/scopes/N/{cluster, endpoint, <kind>/enabled, <kind>/threshold, <kind>/forSeconds,
//                    errorRate/countClientErrors}
// A rule whose values cannot be read (edited by hand: a negative duration, a word for a number) is left
// out, so the default applies, and a warning says which.
class AlertRuleStore
{
public:
    static AlertRuleBook load(QSettings& settings);
    static void save(QSettings& settings, const AlertRuleBook& book);
    static bool muted(QSettings& settings);
    static void setMuted(QSettings& settings, bool muted);
};

} // namespace switchyard::models
