#pragma once

#include <QTreeWidget>

#include "api/VersionInfo.h"

namespace switchyard::widgets {

// A version's settings, read-only, grouped as in the create/edit dialogs.
class VersionSettingsView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionSettingsView)

public:
    explicit VersionSettingsView(QWidget* parent = nullptr);

    void setVersion(const VersionInfo* version);
    // The value shown for a contract field, e.g. "cpu_cores"; empty when none (for tests).
    QString valueOf(const QString& field) const;

private:
    void fill(const VersionInfo& version);

    std::optional<VersionInfo> m_shown;
};

} // namespace switchyard::widgets
