#include "ProfileStore.h"

#include <QSettings>

namespace switchyard::app {
namespace {
const QString kGroup = QStringLiteral("clusters");

void write(QSettings& settings, const QList<models::ClusterProfile>& profiles)
{
    settings.beginWriteArray(kGroup, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profiles[i].name);
        settings.setValue(QStringLiteral("url"), profiles[i].url);
        settings.setValue(QStringLiteral("caFile"), profiles[i].caFile);
    }
    settings.endArray();
}
} // namespace

QList<models::ClusterProfile> ProfileStore::load()
{
    QSettings settings;
    QList<models::ClusterProfile> profiles;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        models::ClusterProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.url = settings.value(QStringLiteral("url")).toString();
        p.caFile = settings.value(QStringLiteral("caFile")).toString();
        if (!p.url.isEmpty())
            profiles << p;
    }
    settings.endArray();
    return profiles;
}

void ProfileStore::save(const models::ClusterProfile& profile)
{
    auto profiles = load();
    bool replaced = false;
    for (auto& p : profiles) {
        if (p.url == profile.url) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        profiles << profile;
    for (auto& p : profiles)
        p.adminToken.clear(); // never in the settings file
    QSettings settings;
    write(settings, profiles);
}

void ProfileStore::remove(const QString& url)
{
    auto profiles = load();
    profiles.removeIf([&url](const models::ClusterProfile& p) { return p.url == url; });
    QSettings settings;
    settings.remove(kGroup);
    write(settings, profiles);
}

} // namespace switchyard::app
