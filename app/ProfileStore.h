#pragma once

#include <QList>

#include "ClusterProfile.h"

namespace switchyard::app {

// Attached clusters remembered in QSettings (without their tokens, which the TokenStore keeps).
class ProfileStore
{
public:
    static QList<models::ClusterProfile> load();
    static void save(const models::ClusterProfile& profile);
    static void remove(const QString& url);
    // The key a profile's token is stored under.
    static QString tokenKey(const models::ClusterProfile& profile) { return profile.url; }
};

} // namespace switchyard::app
