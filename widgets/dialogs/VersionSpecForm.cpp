#include "VersionSpecForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>

#include "ReplicaCalculatorBox.h"
#include "common/KeyValueText.h"

namespace switchyard::widgets {
namespace {
// Wide enough that core's rules, not the spin box, decide what is valid: the reason is then shown.
constexpr int kIntMax = 10'000'000;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}
} // namespace

VersionSpecForm::VersionSpecForm(Mode mode, QWidget* parent) : QWidget(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("versionSpecForm"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buildModelGroup(), 0, 0);
    grid->addWidget(buildResourcesGroup(), 1, 0);
    grid->addWidget(buildTrafficGroup(), 2, 0);
    grid->addWidget(buildAutoscaleGroup(), 0, 1, 2, 1);
    grid->addWidget(buildRequestGroup(), 2, 1);
    grid->addWidget(buildProbesGroup(), 3, 1);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    if (m_mode == Mode::Edit) {
        const QString fixed = tr("Fixed when the version was created; create a new version to change it.");
        for (QWidget* w : std::initializer_list<QWidget*>{
                 m_name, m_model, m_registerModel, m_runtime, m_command, m_env, m_healthPath, m_scorePath,
                 m_cpu, m_memory, m_period, m_initialDelay, m_timeout, m_success, m_failure}) {
            w->setEnabled(false);
            w->setToolTip(fixed);
        }
    }
    if (m_mode == Mode::FirstVersion) {
        m_default->setChecked(true);
        m_default->setEnabled(false);
        m_default->setToolTip(tr("An endpoint's first version is always its default."));
    }
    setSpec(VersionSpec{});
}

QSpinBox* VersionSpecForm::intField(int minimum, int maximum, const QString& suffix)
{
    auto* box = new QSpinBox(this);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    watch(box);
    return box;
}

QDoubleSpinBox* VersionSpecForm::doubleField(double maximum, const QString& suffix)
{
    auto* box = new QDoubleSpinBox(this);
    box->setRange(0, maximum);
    box->setDecimals(2);
    box->setSingleStep(0.1);
    box->setSuffix(suffix);
    watch(box);
    return box;
}

void VersionSpecForm::watch(QWidget* editor)
{
    if (auto* box = qobject_cast<QSpinBox*>(editor))
        connect(box, &QSpinBox::valueChanged, this, &VersionSpecForm::changed);
    else if (auto* dbox = qobject_cast<QDoubleSpinBox*>(editor))
        connect(dbox, &QDoubleSpinBox::valueChanged, this, &VersionSpecForm::changed);
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textChanged, this, &VersionSpecForm::changed);
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        connect(check, &QCheckBox::toggled, this, &VersionSpecForm::changed);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        connect(combo, &QComboBox::currentTextChanged, this, &VersionSpecForm::changed);
}

QGroupBox* VersionSpecForm::buildModelGroup()
{
    auto* group = new QGroupBox(tr("Model and runtime"), this);
    group->setObjectName(QStringLiteral("modelGroup"));
    auto* form = new QFormLayout(group);
    m_name = new QLineEdit(group);
    m_name->setPlaceholderText(tr("e.g. versiona"));
    watch(m_name);
    m_errors.addRow(form, QStringLiteral("version_name"), tr("Version name:"), m_name,
                    tr("3–32 characters: lower-case letters, digits and '-', starting with a letter."));

    m_model = new QComboBox(group);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setPlaceholderText(tr("name:version, e.g. churn:1"));
    watch(m_model);
    m_registerModel = new QPushButton(tr("Register model…"), group);
    m_registerModel->setObjectName(QStringLiteral("registerModelButton"));
    connect(m_registerModel, &QPushButton::clicked, this, &VersionSpecForm::registerModelRequested);
    auto* modelRow = new QWidget(group);
    auto* modelLayout = new QHBoxLayout(modelRow);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    modelLayout->addWidget(m_model, 1);
    modelLayout->addWidget(m_registerModel);
    m_model->setObjectName(QStringLiteral("model"));
    modelRow->setObjectName(QStringLiteral("modelRow"));
    m_errors.addRow(form, QStringLiteral("model"), tr("Model:"), modelRow,
                    tr("A registered model, as name:version."));
    m_model->setToolTip(modelRow->toolTip());

    m_runtime = new QComboBox(group);
    m_runtime->addItem(tr("Built-in model server"), QStringLiteral("builtin"));
    m_runtime->addItem(tr("Command (any HTTP program)"), QStringLiteral("command"));
    watch(m_runtime);
    connect(m_runtime, &QComboBox::currentIndexChanged, this, &VersionSpecForm::updateEnabledFields);
    m_errors.addRow(form, QStringLiteral("inference_config.runtime"), tr("Runtime:"), m_runtime);
    m_command = new QLineEdit(group);
    m_command->setPlaceholderText(tr("program and arguments; $PORT and $MODEL_PATH are set"));
    watch(m_command);
    m_errors.addRow(form, QStringLiteral("inference_config.command"), tr("Command:"), m_command);
    m_env = new QLineEdit(group);
    m_env->setPlaceholderText(tr("KEY=value, KEY2=value"));
    watch(m_env);
    m_errors.addRow(form, QStringLiteral("inference_config.env"), tr("Environment:"), m_env);
    m_healthPath = new QLineEdit(group);
    watch(m_healthPath);
    m_errors.addRow(form, QStringLiteral("inference_config.health_path"), tr("Health path:"), m_healthPath);
    m_scorePath = new QLineEdit(group);
    watch(m_scorePath);
    m_errors.addRow(form, QStringLiteral("inference_config.score_path"), tr("Score path:"), m_scorePath);
    m_description = new QLineEdit(group);
    watch(m_description);
    m_errors.addRow(form, QStringLiteral("description"), tr("Description:"), m_description);
    m_tags = new QLineEdit(group);
    m_tags->setPlaceholderText(tr("key=value, key2=value"));
    watch(m_tags);
    m_errors.addRow(form, QStringLiteral("tags"), tr("Tags:"), m_tags);
    return group;
}

QGroupBox* VersionSpecForm::buildResourcesGroup()
{
    auto* group = new QGroupBox(tr("Resources (per replica)"), this);
    group->setObjectName(QStringLiteral("resourcesGroup"));
    auto* form = new QFormLayout(group);
    m_cpu = doubleField(100000, tr(" cores"));
    m_errors.addRow(form, QStringLiteral("cpu_cores"), tr("CPU:"), m_cpu,
                    tr("CPU cores reserved for each replica."));
    m_memory = doubleField(1000000, tr(" GB"));
    m_errors.addRow(form, QStringLiteral("memory_gb"), tr("Memory:"), m_memory,
                    tr("Memory in GB reserved for each replica."));
    m_capacityHint = new QLabel(group);
    m_capacityHint->setObjectName(QStringLiteral("capacityHint"));
    m_capacityHint->setWordWrap(true);
    m_capacityHint->setVisible(false);
    form->addRow(m_capacityHint);
    return group;
}

QGroupBox* VersionSpecForm::buildAutoscaleGroup()
{
    auto* group = new QGroupBox(tr("Autoscale"), this);
    group->setObjectName(QStringLiteral("autoscaleGroup"));
    auto* form = new QFormLayout(group);
    m_autoscale = new QCheckBox(tr("Scale on replica utilization"), group);
    watch(m_autoscale);
    connect(m_autoscale, &QCheckBox::toggled, this, &VersionSpecForm::updateEnabledFields);
    m_errors.addRow(form, QStringLiteral("autoscale_enabled"), tr("Autoscale:"), m_autoscale);
    m_fixed = new QCheckBox(tr("Fixed replica count"), group);
    m_fixed->setObjectName(QStringLiteral("fixedReplicas"));
    watch(m_fixed);
    connect(m_fixed, &QCheckBox::toggled, this, [this](bool on) {
        // The contract: a fixed count turns autoscaling off unless asked otherwise.
        if (on)
            m_autoscale->setChecked(false);
        updateEnabledFields();
    });
    m_numReplicas = intField(0, kIntMax);
    auto* fixedRow = new QWidget(group);
    auto* fixedLayout = new QHBoxLayout(fixedRow);
    fixedLayout->setContentsMargins(0, 0, 0, 0);
    fixedLayout->addWidget(m_fixed);
    fixedLayout->addWidget(m_numReplicas, 1);
    m_numReplicas->setObjectName(QStringLiteral("num_replicas"));
    fixedRow->setObjectName(QStringLiteral("numReplicasRow"));
    m_errors.addRow(form, QStringLiteral("num_replicas"), tr("Replicas:"), fixedRow);
    m_minReplicas = intField(0, kIntMax);
    m_errors.addRow(form, QStringLiteral("autoscale_min_replicas"), tr("Minimum replicas:"), m_minReplicas);
    m_maxReplicas = intField(0, kIntMax);
    m_errors.addRow(form, QStringLiteral("autoscale_max_replicas"), tr("Maximum replicas:"), m_maxReplicas);
    m_targetUtilization = intField(0, 1000, tr(" %"));
    m_errors.addRow(form, QStringLiteral("autoscale_target_utilization"), tr("Target utilization:"),
                    m_targetUtilization, tr("Busy replicas and queued requests per ready replica."));
    m_refreshSeconds = intField(0, kIntMax, tr(" s"));
    m_errors.addRow(form, QStringLiteral("autoscale_refresh_seconds"), tr("Refresh every:"),
                    m_refreshSeconds);

    m_calculator = new ReplicaCalculatorBox(group);
    form->addRow(m_calculator);
    connect(m_calculator, &ReplicaCalculatorBox::useAsMinimumRequested, this, [this](int replicas) {
        m_minReplicas->setValue(replicas);
        if (m_maxReplicas->value() < replicas)
            m_maxReplicas->setValue(replicas);
    });
    return group;
}

QGroupBox* VersionSpecForm::buildRequestGroup()
{
    auto* group = new QGroupBox(tr("Request handling"), this);
    group->setObjectName(QStringLiteral("requestGroup"));
    auto* form = new QFormLayout(group);
    m_maxConcurrent = intField(0, kIntMax);
    m_errors.addRow(form, QStringLiteral("replica_max_concurrent_requests"),
                    tr("Concurrent requests per replica:"), m_maxConcurrent);
    m_maxWait = intField(0, 100 * kIntMax, tr(" ms"));
    m_errors.addRow(form, QStringLiteral("max_request_wait_time"), tr("Longest wait in queue:"), m_maxWait,
                    tr("A request waiting longer for a free replica is answered 503."));
    m_scoringTimeout = intField(0, 100 * kIntMax, tr(" ms"));
    m_errors.addRow(form, QStringLiteral("scoring_timeout_ms"), tr("Scoring timeout:"), m_scoringTimeout,
                    tr("A replica taking longer is answered 504."));
    m_collect = new QCheckBox(tr("Keep scored requests and answers"), group);
    watch(m_collect);
    m_errors.addRow(form, QStringLiteral("collect_model_data"), tr("Collect model data:"), m_collect);
    connect(m_maxConcurrent, &QSpinBox::valueChanged, this, [this] {
        m_calculator->setVersionSettings(m_targetUtilization->value(), m_maxConcurrent->value());
    });
    connect(m_targetUtilization, &QSpinBox::valueChanged, this, [this] {
        m_calculator->setVersionSettings(m_targetUtilization->value(), m_maxConcurrent->value());
    });
    return group;
}

QGroupBox* VersionSpecForm::buildProbesGroup()
{
    auto* group = new QGroupBox(tr("Health probes"), this);
    group->setObjectName(QStringLiteral("probesGroup"));
    auto* form = new QFormLayout(group);
    m_period = intField(0, kIntMax, tr(" s"));
    m_errors.addRow(form, QStringLiteral("period_seconds"), tr("Probe every:"), m_period);
    m_initialDelay = intField(0, kIntMax, tr(" s"));
    m_errors.addRow(form, QStringLiteral("initial_delay_seconds"), tr("Start-up allowance:"), m_initialDelay,
                    tr("How long a replica may take to become ready before it counts as failed."));
    m_timeout = intField(0, kIntMax, tr(" s"));
    m_errors.addRow(form, QStringLiteral("timeout_seconds"), tr("Probe timeout:"), m_timeout);
    m_success = intField(0, kIntMax);
    m_errors.addRow(form, QStringLiteral("success_threshold"), tr("Successes to be ready:"), m_success);
    m_failure = intField(0, kIntMax);
    m_errors.addRow(form, QStringLiteral("failure_threshold"), tr("Failures to restart:"), m_failure);
    return group;
}

QGroupBox* VersionSpecForm::buildTrafficGroup()
{
    auto* group = new QGroupBox(tr("Traffic and role"), this);
    group->setObjectName(QStringLiteral("trafficGroup"));
    auto* form = new QFormLayout(group);
    m_traffic = intField(0, 1000, tr(" %"));
    m_errors.addRow(form, QStringLiteral("traffic_percentile"), tr("Traffic:"), m_traffic,
                    tr("This version's share; what no version claims goes to the default version."));
    m_default = new QCheckBox(tr("Default version (receives the remainder)"), group);
    watch(m_default);
    m_errors.addRow(form, QStringLiteral("is_default"), tr("Default:"), m_default);
    m_control = new QCheckBox(tr("Control version (others are treatments)"), group);
    watch(m_control);
    m_errors.addRow(form, QStringLiteral("is_control_version_type"), tr("Control:"), m_control);
    return group;
}

void VersionSpecForm::updateEnabledFields()
{
    const bool command = m_runtime->currentData().toString() == QLatin1String("command");
    const bool creating = m_mode != Mode::Edit;
    for (QWidget* w : std::initializer_list<QWidget*>{m_command, m_env, m_healthPath, m_scorePath})
        w->setEnabled(creating && command);
    m_numReplicas->setEnabled(m_fixed->isChecked());
    const bool autoscale = m_autoscale->isChecked();
    m_maxReplicas->setEnabled(autoscale);
    m_targetUtilization->setEnabled(autoscale);
    m_refreshSeconds->setEnabled(autoscale);
    updateCapacityHint();
}

void VersionSpecForm::setSpec(const VersionSpec& spec)
{
    m_base = spec;
    const QSignalBlocker blocker(this);
    m_name->setText(fromStd(spec.versionName));
    m_model->setCurrentText(fromStd(spec.model));
    const auto& config = spec.inferenceConfig;
    m_runtime->setCurrentIndex(config.runtime == InferenceConfig::Runtime::Command ? 1 : 0);
    QStringList command;
    for (const auto& arg : config.command)
        command << fromStd(arg);
    m_command->setText(command.join(QLatin1Char(' ')));
    m_env->setText(KeyValueText::format(config.env));
    m_healthPath->setText(fromStd(config.healthPath));
    m_scorePath->setText(fromStd(config.scorePath));
    m_description->setText(fromStd(spec.description));
    m_tags->setText(KeyValueText::format(spec.tags));
    m_cpu->setValue(spec.cpuCores);
    m_memory->setValue(spec.memoryGb);
    m_fixed->setChecked(spec.numReplicas.has_value());
    m_numReplicas->setValue(spec.numReplicas.value_or(1));
    m_autoscale->setChecked(spec.autoscaleEnabled);
    m_minReplicas->setValue(spec.autoscaleMinReplicas);
    m_maxReplicas->setValue(spec.autoscaleMaxReplicas);
    m_targetUtilization->setValue(spec.autoscaleTargetUtilization);
    m_refreshSeconds->setValue(spec.autoscaleRefreshSeconds);
    m_maxConcurrent->setValue(spec.replicaMaxConcurrentRequests);
    m_maxWait->setValue(spec.maxRequestWaitTime);
    m_scoringTimeout->setValue(spec.scoringTimeoutMs);
    m_collect->setChecked(spec.collectModelData);
    m_period->setValue(spec.periodSeconds);
    m_initialDelay->setValue(spec.initialDelaySeconds);
    m_timeout->setValue(spec.timeoutSeconds);
    m_success->setValue(spec.successThreshold);
    m_failure->setValue(spec.failureThreshold);
    m_traffic->setValue(spec.trafficPercentile);
    m_default->setChecked(spec.isDefault || m_mode == Mode::FirstVersion);
    m_control->setChecked(spec.isControlVersionType);
    m_calculator->setVersionSettings(spec.autoscaleTargetUtilization, spec.replicaMaxConcurrentRequests);
    updateEnabledFields();
}

Result<VersionSpec> VersionSpecForm::spec() const
{
    VersionSpec spec = m_base;
    spec.versionName = m_name->text().trimmed().toStdString();
    spec.model = m_model->currentText().trimmed().toStdString();
    auto& config = spec.inferenceConfig;
    config.runtime = m_runtime->currentData().toString() == QLatin1String("command")
                         ? InferenceConfig::Runtime::Command
                         : InferenceConfig::Runtime::Builtin;
    config.command.clear();
    config.env.clear();
    if (config.runtime == InferenceConfig::Runtime::Command) {
        for (const auto& arg : QProcess::splitCommand(m_command->text()))
            config.command.push_back(arg.toStdString());
        auto env = KeyValueText::parse(m_env->text(), "inference_config.env");
        if (!env)
            return env.error();
        config.env = env.value();
    }
    config.healthPath = m_healthPath->text().trimmed().toStdString();
    config.scorePath = m_scorePath->text().trimmed().toStdString();
    spec.description = m_description->text().toStdString();
    auto tags = KeyValueText::parse(m_tags->text(), "tags");
    if (!tags)
        return tags.error();
    spec.tags = tags.value();
    spec.cpuCores = m_cpu->value();
    spec.memoryGb = m_memory->value();
    spec.numReplicas = m_fixed->isChecked() ? std::optional<int>(m_numReplicas->value()) : std::nullopt;
    spec.autoscaleEnabled = m_autoscale->isChecked();
    spec.autoscaleMinReplicas = m_minReplicas->value();
    spec.autoscaleMaxReplicas = m_maxReplicas->value();
    spec.autoscaleTargetUtilization = m_targetUtilization->value();
    spec.autoscaleRefreshSeconds = m_refreshSeconds->value();
    spec.replicaMaxConcurrentRequests = m_maxConcurrent->value();
    spec.maxRequestWaitTime = m_maxWait->value();
    spec.scoringTimeoutMs = m_scoringTimeout->value();
    spec.collectModelData = m_collect->isChecked();
    spec.periodSeconds = m_period->value();
    spec.initialDelaySeconds = m_initialDelay->value();
    spec.timeoutSeconds = m_timeout->value();
    spec.successThreshold = m_success->value();
    spec.failureThreshold = m_failure->value();
    spec.trafficPercentile = m_traffic->value();
    spec.isDefault = m_default->isChecked();
    spec.isControlVersionType = m_control->isChecked();
    return spec;
}

Result<VersionPatch> VersionSpecForm::patch() const
{
    auto typed = spec();
    if (!typed)
        return typed.error();
    const VersionSpec& now = typed.value();
    VersionPatch patch;
    auto set = [](auto& field, const auto& before, const auto& after) {
        if (before != after)
            field = after;
    };
    set(patch.trafficPercentile, m_base.trafficPercentile, now.trafficPercentile);
    set(patch.isDefault, m_base.isDefault, now.isDefault);
    set(patch.isControlVersionType, m_base.isControlVersionType, now.isControlVersionType);
    set(patch.description, m_base.description, now.description);
    set(patch.tags, m_base.tags, now.tags);
    if (m_base.numReplicas != now.numReplicas)
        patch.numReplicas = now.numReplicas;
    set(patch.autoscaleEnabled, m_base.autoscaleEnabled, now.autoscaleEnabled);
    set(patch.autoscaleMinReplicas, m_base.autoscaleMinReplicas, now.autoscaleMinReplicas);
    set(patch.autoscaleMaxReplicas, m_base.autoscaleMaxReplicas, now.autoscaleMaxReplicas);
    set(patch.autoscaleTargetUtilization, m_base.autoscaleTargetUtilization, now.autoscaleTargetUtilization);
    set(patch.autoscaleRefreshSeconds, m_base.autoscaleRefreshSeconds, now.autoscaleRefreshSeconds);
    set(patch.replicaMaxConcurrentRequests, m_base.replicaMaxConcurrentRequests,
        now.replicaMaxConcurrentRequests);
    set(patch.maxRequestWaitTime, m_base.maxRequestWaitTime, now.maxRequestWaitTime);
    set(patch.scoringTimeoutMs, m_base.scoringTimeoutMs, now.scoringTimeoutMs);
    set(patch.collectModelData, m_base.collectModelData, now.collectModelData);
    return patch;
}

void VersionSpecForm::setModelChoices(const QStringList& references)
{
    const QString typed = m_model->currentText();
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    m_model->addItems(references);
    m_model->setCurrentText(typed);
}

void VersionSpecForm::setFreeCapacity(std::optional<Resources> free)
{
    m_free = free;
    updateCapacityHint();
}

void VersionSpecForm::updateCapacityHint()
{
    auto typed = spec();
    if (!m_free || !typed || m_mode == Mode::Edit) {
        m_capacityHint->setVisible(false);
        return;
    }
    const int fit = replicasThatFit(typed.value(), *m_free);
    const int need = typed->minimumReplicas();
    m_capacityHint->setText(tr("%1 cores and %2 GB free: room for %n replica(s) of this size.", nullptr, fit)
                                .arg(m_free->cpuCores, 0, 'f', 2)
                                .arg(m_free->memoryGb, 0, 'f', 1));
    m_capacityHint->setStyleSheet(fit < need ? QStringLiteral("color: #c62828;") : QString());
    m_capacityHint->setVisible(true);
}

void VersionSpecForm::clearErrors()
{
    m_errors.clear();
    updateCapacityHint();
}

bool VersionSpecForm::showError(const QString& target, const QString& message)
{
    return m_errors.show(target, message);
}

} // namespace switchyard::widgets
