#include "VersionSettingsView.h"

#include <QLocale>
#include <QHeaderView>
#include <QScrollBar>

#include "StateText.h"
#include "TimeText.h"
#include "common/KeyValueText.h"

namespace switchyard::widgets {
namespace {
QString yesNo(bool value)
{
    return value ? VersionSettingsView::tr("yes") : VersionSettingsView::tr("no");
}
} // namespace

VersionSettingsView::VersionSettingsView(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("versionSettings"));
    setColumnCount(2);
    setHeaderLabels({tr("Setting"), tr("Value")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void VersionSettingsView::setVersion(const VersionInfo* version)
{
    if (version && m_shown && *version == *m_shown)
        return;
    if (!version && !m_shown)
        return;
    // The same version refreshed (its replica counts change every second) keeps where the reader was:
    // the scroll position and the selected rows.
    const bool sameVersion = version && m_shown && version->name() == m_shown->name();
    const int scroll = verticalScrollBar()->value();
    QStringList selected;
    if (sameVersion)
        for (const auto* item : selectedItems())
            selected << item->data(0, Qt::UserRole).toString();
    const QString current =
        sameVersion && currentItem() ? currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_shown = version ? std::optional<VersionInfo>(*version) : std::nullopt;
    clear();
    if (!version)
        return;
    fill(*version);
    if (!sameVersion)
        return;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        auto* group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            auto* item = group->child(i);
            const QString field = item->data(0, Qt::UserRole).toString();
            if (field == current)
                setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
            item->setSelected(selected.contains(field));
        }
    }
    verticalScrollBar()->setValue(scroll);
}

void VersionSettingsView::fill(const VersionInfo& info)
{
    const VersionInfo* version = &info;
    const VersionSpec& s = version->spec;
    QTreeWidgetItem* group = nullptr;
    auto addGroup = [this, &group](const QString& title) {
        group = new QTreeWidgetItem(this, {title});
        QFont bold = font();
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setExpanded(true);
    };
    auto add = [&group](const QString& label, const QString& value, const char* field) {
        auto* item = new QTreeWidgetItem(group, {label, value});
        item->setData(0, Qt::UserRole, QString::fromLatin1(field));
        item->setToolTip(0, QString::fromLatin1(field));
    };
    const auto& config = s.inferenceConfig;
    addGroup(tr("State"));
    add(tr("State"), models::StateText::health(version->state), "state");
    if (version->error)
        add(tr("Error"), QString::fromStdString(*version->error), "error");
    add(tr("Replicas (desired / ready / busy)"),
        QStringLiteral("%1 / %2 / %3")
            .arg(version->replicas.desired)
            .arg(version->replicas.ready)
            .arg(version->replicas.busy),
        "replicas");
    add(tr("Created"), models::TimeText::full(version->createdAt), "created_at");
    add(tr("Updated"), models::TimeText::full(version->updatedAt), "updated_at");
    addGroup(tr("Model and runtime"));
    add(tr("Model"), QString::fromStdString(s.model), "model");
    add(tr("Runtime"), config.runtime == InferenceConfig::Runtime::Builtin ? tr("built-in") : tr("command"),
        "inference_config.runtime");
    if (config.runtime == InferenceConfig::Runtime::Command) {
        QStringList command;
        for (const auto& arg : config.command)
            command << QString::fromStdString(arg);
        add(tr("Command"), command.join(QLatin1Char(' ')), "inference_config.command");
        add(tr("Health path"), QString::fromStdString(config.healthPath), "inference_config.health_path");
        add(tr("Score path"), QString::fromStdString(config.scorePath), "inference_config.score_path");
    }
    add(tr("Description"), QString::fromStdString(s.description), "description");
    add(tr("Tags"), KeyValueText::format(s.tags), "tags");
    addGroup(tr("Resources (per replica)"));
    add(tr("CPU"), tr("%1 cores").arg(QLocale().toString(s.cpuCores)), "cpu_cores");
    add(tr("Memory"), tr("%1 GB").arg(QLocale().toString(s.memoryGb)), "memory_gb");
    addGroup(tr("Autoscale"));
    add(tr("Autoscale"), yesNo(s.autoscaleEnabled), "autoscale_enabled");
    add(tr("Fixed replicas"), s.numReplicas ? QString::number(*s.numReplicas) : tr("—"), "num_replicas");
    add(tr("Minimum / maximum replicas"),
        QStringLiteral("%1 / %2").arg(s.autoscaleMinReplicas).arg(s.autoscaleMaxReplicas),
        "autoscale_min_replicas");
    add(tr("Target utilization"), QStringLiteral("%1 %").arg(s.autoscaleTargetUtilization),
        "autoscale_target_utilization");
    add(tr("Refresh every"), tr("%1 s").arg(s.autoscaleRefreshSeconds), "autoscale_refresh_seconds");
    addGroup(tr("Request handling"));
    add(tr("Concurrent requests per replica"), QString::number(s.replicaMaxConcurrentRequests),
        "replica_max_concurrent_requests");
    add(tr("Longest wait in queue"), tr("%1 ms").arg(s.maxRequestWaitTime), "max_request_wait_time");
    add(tr("Scoring timeout"), tr("%1 ms").arg(s.scoringTimeoutMs), "scoring_timeout_ms");
    add(tr("Collect model data"), yesNo(s.collectModelData), "collect_model_data");
    addGroup(tr("Health probes"));
    add(tr("Probe every"), tr("%1 s").arg(s.periodSeconds), "period_seconds");
    add(tr("Start-up allowance"), tr("%1 s").arg(s.initialDelaySeconds), "initial_delay_seconds");
    add(tr("Probe timeout"), tr("%1 s").arg(s.timeoutSeconds), "timeout_seconds");
    add(tr("Successes / failures"), QStringLiteral("%1 / %2").arg(s.successThreshold).arg(s.failureThreshold),
        "success_threshold");
    addGroup(tr("Traffic and role"));
    add(tr("Traffic"), QStringLiteral("%1 %").arg(s.trafficPercentile), "traffic_percentile");
    add(tr("Effective traffic"), QStringLiteral("%1 %").arg(version->effectiveTraffic), "effective_traffic");
    add(tr("Default"), yesNo(s.isDefault), "is_default");
    add(tr("Role"), s.isControlVersionType ? tr("control") : tr("treatment"), "is_control_version_type");
}

QString VersionSettingsView::valueOf(const QString& field) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        const auto* group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, Qt::UserRole).toString() == field)
                return group->child(i)->text(1);
        }
    }
    return {};
}

} // namespace switchyard::widgets
