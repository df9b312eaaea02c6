#pragma once

#include <QString>

namespace switchyard::models {

// How the console reaches one cluster. The admin token is kept here only in memory; profiles are saved
// without it (it goes to the keychain).
struct ClusterProfile
{
    QString name; // shown until the cluster says its own name
    QString url;
    QString adminToken;
    QString caFile;
    bool insecure = false;
};

} // namespace switchyard::models
