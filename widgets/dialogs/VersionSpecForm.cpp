#include "VersionSpecForm.h"

#include <memory>

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
#include "StateText.h"
#include <QLocale>

namespace switchyard::widgets {
namespace {
// Wide enough that core's rules, not the spin box, decide what is valid: the reason is then shown.
constexpr int kIntMax = 10'000'000;

using PatchRule = std::function<void(const VersionSpec&, const VersionSpec&, VersionPatch&)>;

// The editor itself, or the one inside a row that holds it and its companions.
template <class Editor>
Editor* editorIn(QWidget* widget)
{
    if (auto* editor = qobject_cast<Editor*>(widget))
        return editor;
    return widget->findChild<Editor*>();
}

// The editors a field's widget stands for: itself, or the children of a plain row (a combo and its button).
QList<QWidget*> editorsOf(QWidget* widget)
{
    if (widget->metaObject() != &QWidget::staticMetaObject)
        return {widget};
    return widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
}

template <class Editor>
const Editor* editorIn(const QWidget* widget)
{
    return editorIn<Editor>(const_cast<QWidget*>(widget));
}

// PATCH carries the field when it changed; a null target marks a field fixed at creation.
template <class T, class P>
PatchRule patchWhenChanged(T VersionSpec::*member, std::optional<P> VersionPatch::*target)
{
    if (!target)
        return {};
    return [member, target](const VersionSpec& before, const VersionSpec& after, VersionPatch& patch) {
        if (before.*member != after.*member)
            patch.*target = after.*member;
    };
}

struct SpinRange
{
    int minimum = 0;
    int maximum = kIntMax;
    QString suffix;
};

VersionFormField spinField(const char* name, FormGroup group, const QString& label, const QString& help,
                           SpinRange range, int VersionSpec::*member,
                           std::optional<int> VersionPatch::*target = nullptr)
{
    return {QString::fromLatin1(name),
            group,
            label,
            help,
            [range](QWidget* parent) -> QWidget* {
                auto* box = new QSpinBox(parent);
                box->setRange(range.minimum, range.maximum);
                box->setSuffix(range.suffix);
                box->setAccelerated(true);
                return box;
            },
            [member](QWidget* editor, const VersionSpec& spec) {
                editorIn<QSpinBox>(editor)->setValue(spec.*member);
            },
            [member](const QWidget* editor, VersionSpec& spec) {
                spec.*member = editorIn<QSpinBox>(editor)->value();
                return Status{};
            },
            patchWhenChanged(member, target)};
}

VersionFormField doubleField(const char* name, FormGroup group, const QString& label, const QString& help,
                             double maximum, const QString& suffix, double VersionSpec::*member)
{
    return {QString::fromLatin1(name),
            group,
            label,
            help,
            [maximum, suffix](QWidget* parent) -> QWidget* {
                auto* box = new QDoubleSpinBox(parent);
                box->setRange(0, maximum);
                box->setDecimals(2);
                box->setSingleStep(0.1);
                box->setSuffix(suffix);
                return box;
            },
            [member](QWidget* editor, const VersionSpec& spec) {
                editorIn<QDoubleSpinBox>(editor)->setValue(spec.*member);
            },
            [member](const QWidget* editor, VersionSpec& spec) {
                spec.*member = editorIn<QDoubleSpinBox>(editor)->value();
                return Status{};
            },
            {}};
}

VersionFormField checkField(const char* name, FormGroup group, const QString& label, const QString& text,
                            bool VersionSpec::*member, std::optional<bool> VersionPatch::*target)
{
    return {QString::fromLatin1(name),
            group,
            label,
            {},
            [text](QWidget* parent) -> QWidget* { return new QCheckBox(text, parent); },
            [member](QWidget* editor, const VersionSpec& spec) {
                editorIn<QCheckBox>(editor)->setChecked(spec.*member);
            },
            [member](const QWidget* editor, VersionSpec& spec) {
                spec.*member = editorIn<QCheckBox>(editor)->isChecked();
                return Status{};
            },
            patchWhenChanged(member, target)};
}

QLineEdit* lineEditor(QWidget* parent, const QString& placeholder)
{
    auto* line = new QLineEdit(parent);
    line->setPlaceholderText(placeholder);
    return line;
}

// A text field whose value is a string, or (through `toText`/`fromText`) anything written as one line;
// `field` is a generic lambda (`[](auto& spec) -> auto& {…}`) so it reaches nested fields, const or not.
template <class Get, class ToText, class FromText>
VersionFormField textField(const char* name, FormGroup group, const QString& label, const QString& help,
                           const QString& placeholder, Get field, ToText toText, FromText fromText,
                           PatchRule patch = {})
{
    return {QString::fromLatin1(name),
            group,
            label,
            help,
            [placeholder](QWidget* parent) -> QWidget* { return lineEditor(parent, placeholder); },
            [field, toText](QWidget* editor, const VersionSpec& spec) {
                editorIn<QLineEdit>(editor)->setText(toText(field(spec)));
            },
            [field, fromText](const QWidget* editor, VersionSpec& spec) {
                return fromText(editorIn<QLineEdit>(editor)->text(), spec, field(spec));
            },
            std::move(patch)};
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

Status readTrimmed(const QString& text, const VersionSpec& /*spec*/, std::string& out)
{
    out = text.trimmed().toStdString();
    return {};
}

bool commandRuntime(const VersionSpec& spec)
{
    return spec.inferenceConfig.runtime == InferenceConfig::Runtime::Command;
}
} // namespace

// The table every other function of the form walks. Its order is the order of the rows in each box, and
// `runtime` comes before `command` and `env`, which read the runtime chosen.
std::vector<VersionFormField> VersionSpecForm::fieldTable()
{
    using G = FormGroup;
    const auto plain = [](const std::string& text) { return fromStd(text); };
    const auto keyValues = [](const std::map<std::string, std::string>& values) {
        return KeyValueText::format(values);
    };
    const auto name = [](auto& spec) -> auto&
    {
        return spec.versionName;
    };
    const auto healthPath = [](auto& spec) -> auto&
    {
        return spec.inferenceConfig.healthPath;
    };
    const auto scorePath = [](auto& spec) -> auto&
    {
        return spec.inferenceConfig.scorePath;
    };
    const auto description = [](auto& spec) -> auto&
    {
        return spec.description;
    };
    const auto tags = [](auto& spec) -> auto&
    {
        return spec.tags;
    };
    const auto env = [](auto& spec) -> auto&
    {
        return spec.inferenceConfig.env;
    };
    const auto command = [](auto& spec) -> auto&
    {
        return spec.inferenceConfig.command;
    };

    std::vector<VersionFormField> fields;
    fields.push_back(
        textField("version_name", G::Model, tr("Version name:"),
                  tr("3–32 characters: lower-case letters, digits and '-', starting with a letter."),
                  tr("e.g. versiona"), name, plain, readTrimmed));
    fields.push_back({QStringLiteral("model"),
                      G::Model,
                      tr("Model:"),
                      tr("A registered model, as name:version."),
                      [](QWidget* parent) -> QWidget* {
                          auto* row = new QWidget(parent);
                          row->setObjectName(QStringLiteral("modelRow"));
                          auto* model = new QComboBox(row);
                          model->setObjectName(QStringLiteral("model"));
                          model->setEditable(true);
                          model->setInsertPolicy(QComboBox::NoInsert);
                          model->lineEdit()->setPlaceholderText(tr("name:version, e.g. churn:1"));
                          auto* registerModel = new QPushButton(tr("Register model…"), row);
                          registerModel->setObjectName(QStringLiteral("registerModelButton"));
                          auto* layout = new QHBoxLayout(row);
                          layout->setContentsMargins(0, 0, 0, 0);
                          layout->addWidget(model, 1);
                          layout->addWidget(registerModel);
                          return row;
                      },
                      [](QWidget* editor, const VersionSpec& spec) {
                          editorIn<QComboBox>(editor)->setCurrentText(fromStd(spec.model));
                      },
                      [](const QWidget* editor, VersionSpec& spec) {
                          spec.model = editorIn<QComboBox>(editor)->currentText().trimmed().toStdString();
                          return Status{};
                      },
                      {}});
    fields.push_back({QStringLiteral("inference_config.runtime"),
                      G::Model,
                      tr("Runtime:"),
                      {},
                      [](QWidget* parent) -> QWidget* {
                          auto* runtime = new QComboBox(parent);
                          runtime->addItem(tr("Built-in model server"), QStringLiteral("builtin"));
                          runtime->addItem(tr("Command (any HTTP program)"), QStringLiteral("command"));
                          return runtime;
                      },
                      [](QWidget* editor, const VersionSpec& spec) {
                          editorIn<QComboBox>(editor)->setCurrentIndex(commandRuntime(spec) ? 1 : 0);
                      },
                      [](const QWidget* editor, VersionSpec& spec) {
                          const bool command = editorIn<QComboBox>(editor)->currentData().toString() ==
                                               QLatin1String("command");
                          spec.inferenceConfig.runtime =
                              command ? InferenceConfig::Runtime::Command : InferenceConfig::Runtime::Builtin;
                          return Status{};
                      },
                      {}});
    // A built-in replica has neither command nor environment: what the disabled fields still show is dropped.
    fields.push_back(textField(
        "inference_config.command", G::Model, tr("Command:"), {},
        tr("program and arguments; $PORT and $MODEL_PATH are set"), command,
        [](const std::vector<std::string>& arguments) {
            QStringList words;
            for (const auto& argument : arguments)
                words << fromStd(argument);
            return words.join(QLatin1Char(' '));
        },
        [](const QString& text, const VersionSpec& spec, std::vector<std::string>& out) {
            out.clear();
            if (commandRuntime(spec)) {
                for (const auto& argument : QProcess::splitCommand(text))
                    out.push_back(argument.toStdString());
            }
            return Status{};
        }));
    fields.push_back(textField(
        "inference_config.env", G::Model, tr("Environment:"), {}, tr("KEY=value, KEY2=value"), env, keyValues,
        [](const QString& text, const VersionSpec& spec, std::map<std::string, std::string>& out) -> Status {
            out.clear();
            if (!commandRuntime(spec))
                return {};
            auto parsed = KeyValueText::parse(text, "inference_config.env");
            if (!parsed)
                return parsed.error();
            out = parsed.value();
            return {};
        }));
    fields.push_back(textField("inference_config.health_path", G::Model, tr("Health path:"), {}, {},
                               healthPath, plain, readTrimmed));
    fields.push_back(textField("inference_config.score_path", G::Model, tr("Score path:"), {}, {}, scorePath,
                               plain, readTrimmed));
    fields.push_back(textField(
        "description", G::Model, tr("Description:"), {}, {}, description, plain,
        [](const QString& text, const VersionSpec&, std::string& out) {
            out = text.toStdString();
            return Status{};
        },
        patchWhenChanged(&VersionSpec::description, &VersionPatch::description)));
    fields.push_back(textField(
        "tags", G::Model, tr("Tags:"), {}, tr("key=value, key2=value"), tags, keyValues,
        [](const QString& text, const VersionSpec&, std::map<std::string, std::string>& out) -> Status {
            auto parsed = KeyValueText::parse(text, "tags");
            if (!parsed)
                return parsed.error();
            out = parsed.value();
            return {};
        },
        patchWhenChanged(&VersionSpec::tags, &VersionPatch::tags)));

    fields.push_back(doubleField("cpu_cores", G::Resources, tr("CPU:"),
                                 tr("CPU cores reserved for each replica."), 100000, tr(" cores"),
                                 &VersionSpec::cpuCores));
    fields.push_back(doubleField("memory_gb", G::Resources, tr("Memory:"),
                                 tr("Memory in GB reserved for each replica."), 1000000, tr(" GB"),
                                 &VersionSpec::memoryGb));

    fields.push_back(checkField("autoscale_enabled", G::Autoscale, tr("Autoscale:"),
                                tr("Scale on replica utilization"), &VersionSpec::autoscaleEnabled,
                                &VersionPatch::autoscaleEnabled));
    fields.push_back({QStringLiteral("num_replicas"),
                      G::Autoscale,
                      tr("Replicas:"),
                      {},
                      [](QWidget* parent) -> QWidget* {
                          auto* row = new QWidget(parent);
                          row->setObjectName(QStringLiteral("numReplicasRow"));
                          auto* fixed = new QCheckBox(tr("Fixed replica count"), row);
                          fixed->setObjectName(QStringLiteral("fixedReplicas"));
                          auto* count = new QSpinBox(row);
                          count->setObjectName(QStringLiteral("num_replicas"));
                          count->setRange(0, kIntMax);
                          count->setAccelerated(true);
                          auto* layout = new QHBoxLayout(row);
                          layout->setContentsMargins(0, 0, 0, 0);
                          layout->addWidget(fixed);
                          layout->addWidget(count, 1);
                          return row;
                      },
                      [](QWidget* editor, const VersionSpec& spec) {
                          editorIn<QCheckBox>(editor)->setChecked(spec.numReplicas.has_value());
                          editorIn<QSpinBox>(editor)->setValue(spec.numReplicas.value_or(1));
                      },
                      [](const QWidget* editor, VersionSpec& spec) {
                          spec.numReplicas = editorIn<QCheckBox>(editor)->isChecked()
                                                 ? std::optional<int>(editorIn<QSpinBox>(editor)->value())
                                                 : std::nullopt;
                          return Status{};
                      },
                      patchWhenChanged(&VersionSpec::numReplicas, &VersionPatch::numReplicas)});
    fields.push_back(spinField("autoscale_min_replicas", G::Autoscale, tr("Minimum replicas:"), {}, {},
                               &VersionSpec::autoscaleMinReplicas, &VersionPatch::autoscaleMinReplicas));
    fields.push_back(spinField("autoscale_max_replicas", G::Autoscale, tr("Maximum replicas:"), {}, {},
                               &VersionSpec::autoscaleMaxReplicas, &VersionPatch::autoscaleMaxReplicas));
    fields.push_back(spinField("autoscale_target_utilization", G::Autoscale, tr("Target utilization:"),
                               tr("Busy replicas and queued requests per ready replica."),
                               {0, 1000, tr(" %")}, &VersionSpec::autoscaleTargetUtilization,
                               &VersionPatch::autoscaleTargetUtilization));
    fields.push_back(spinField("autoscale_refresh_seconds", G::Autoscale, tr("Refresh every:"), {},
                               {0, kIntMax, tr(" s")}, &VersionSpec::autoscaleRefreshSeconds,
                               &VersionPatch::autoscaleRefreshSeconds));

    fields.push_back(spinField(
        "replica_max_concurrent_requests", G::Request, tr("Concurrent requests per replica:"), {}, {},
        &VersionSpec::replicaMaxConcurrentRequests, &VersionPatch::replicaMaxConcurrentRequests));
    fields.push_back(spinField("max_request_wait_time", G::Request, tr("Longest wait in queue:"),
                               tr("A request waiting longer for a free replica is answered 503."),
                               {0, 100 * kIntMax, tr(" ms")}, &VersionSpec::maxRequestWaitTime,
                               &VersionPatch::maxRequestWaitTime));
    fields.push_back(spinField("scoring_timeout_ms", G::Request, tr("Scoring timeout:"),
                               tr("A replica taking longer is answered 504."), {0, 100 * kIntMax, tr(" ms")},
                               &VersionSpec::scoringTimeoutMs, &VersionPatch::scoringTimeoutMs));
    fields.push_back(checkField("collect_model_data", G::Request, tr("Collect model data:"),
                                tr("Keep scored requests and answers"), &VersionSpec::collectModelData,
                                &VersionPatch::collectModelData));

    fields.push_back(spinField("period_seconds", G::Probes, tr("Probe every:"), {}, {0, kIntMax, tr(" s")},
                               &VersionSpec::periodSeconds));
    fields.push_back(spinField("initial_delay_seconds", G::Probes, tr("Start-up allowance:"),
                               tr("How long a replica may take to become ready before it counts as failed."),
                               {0, kIntMax, tr(" s")}, &VersionSpec::initialDelaySeconds));
    fields.push_back(spinField("timeout_seconds", G::Probes, tr("Probe timeout:"), {}, {0, kIntMax, tr(" s")},
                               &VersionSpec::timeoutSeconds));
    fields.push_back(spinField("success_threshold", G::Probes, tr("Successes to be ready:"), {}, {},
                               &VersionSpec::successThreshold));
    fields.push_back(spinField("failure_threshold", G::Probes, tr("Failures to restart:"), {}, {},
                               &VersionSpec::failureThreshold));

    fields.push_back(
        spinField("traffic_percentile", G::Traffic, tr("Traffic:"),
                  tr("This version's share; what no version claims goes to the default version."),
                  {0, 1000, tr(" %")}, &VersionSpec::trafficPercentile, &VersionPatch::trafficPercentile));
    fields.push_back(checkField("is_default", G::Traffic, tr("Default:"),
                                tr("Default version (receives the remainder)"), &VersionSpec::isDefault,
                                &VersionPatch::isDefault));
    fields.push_back(checkField("is_control_version_type", G::Traffic, tr("Control:"),
                                tr("Control version (others are treatments)"),
                                &VersionSpec::isControlVersionType, &VersionPatch::isControlVersionType));
    return fields;
}

VersionSpecForm::VersionSpecForm(Mode mode, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_fields(fieldTable())
{
    setObjectName(QStringLiteral("versionSpecForm"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buildGroup(FormGroup::Model, tr("Model and runtime"), QStringLiteral("modelGroup")), 0,
                    0);
    auto* resources =
        buildGroup(FormGroup::Resources, tr("Resources (per replica)"), QStringLiteral("resourcesGroup"));
    grid->addWidget(resources, 1, 0);
    grid->addWidget(buildGroup(FormGroup::Traffic, tr("Traffic and role"), QStringLiteral("trafficGroup")), 2,
                    0);
    auto* autoscale = buildGroup(FormGroup::Autoscale, tr("Autoscale"), QStringLiteral("autoscaleGroup"));
    grid->addWidget(autoscale, 0, 1, 2, 1);
    grid->addWidget(buildGroup(FormGroup::Request, tr("Request handling"), QStringLiteral("requestGroup")), 2,
                    1);
    grid->addWidget(buildGroup(FormGroup::Probes, tr("Health probes"), QStringLiteral("probesGroup")), 3, 1);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_capacityHint = new QLabel(resources);
    m_capacityHint->setObjectName(QStringLiteral("capacityHint"));
    m_capacityHint->setWordWrap(true);
    m_capacityHint->setVisible(false);
    static_cast<QFormLayout*>(resources->layout())->addRow(m_capacityHint);
    m_calculator = new ReplicaCalculatorBox(autoscale);
    static_cast<QFormLayout*>(autoscale->layout())->addRow(m_calculator);
    connectBehaviour();

    if (m_mode == Mode::Edit) {
        const QString fixed = tr("Fixed when the version was created; create a new version to change it.");
        for (const auto& field : m_fields) {
            if (field.patch)
                continue;
            for (QWidget* w : editorsOf(field.editor)) {
                w->setEnabled(false);
                w->setToolTip(fixed);
            }
        }
    }
    if (m_mode == Mode::FirstVersion) {
        auto* isDefault = editor<QCheckBox>("is_default");
        isDefault->setChecked(true);
        isDefault->setEnabled(false);
        isDefault->setToolTip(tr("An endpoint's first version is always its default."));
    }
    setSpec(VersionSpec{});
}

VersionSpecForm::~VersionSpecForm() = default;

QGroupBox* VersionSpecForm::buildGroup(FormGroup group, const QString& title, const QString& objectName)
{
    auto* box = new QGroupBox(title, this);
    box->setObjectName(objectName);
    auto* form = new QFormLayout(box);
    for (auto& field : m_fields) {
        if (field.group != group)
            continue;
        field.editor = field.create(box);
        for (QWidget* editor : editorsOf(field.editor))
            watch(editor);
        m_errors.addRow(form, field.name, field.label, field.editor, field.help);
    }
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

// What one field does to others: none of it is a field's value, so it stays out of the table.
void VersionSpecForm::connectBehaviour()
{
    auto* model = editor<QComboBox>("model");
    model->setToolTip(model->parentWidget()->toolTip());
    connect(editor<QPushButton>("registerModelButton"), &QPushButton::clicked, this,
            &VersionSpecForm::registerModelRequested);
    connect(editor<QComboBox>("inference_config.runtime"), &QComboBox::currentIndexChanged, this,
            &VersionSpecForm::updateEnabledFields);
    auto* autoscale = editor<QCheckBox>("autoscale_enabled");
    connect(autoscale, &QCheckBox::toggled, this, &VersionSpecForm::updateEnabledFields);
    connect(editor<QCheckBox>("fixedReplicas"), &QCheckBox::toggled, this, [this, autoscale](bool on) {
        // The contract: a fixed count turns autoscaling off unless asked otherwise.
        if (on)
            autoscale->setChecked(false);
        updateEnabledFields();
    });
    auto* minimum = editor<QSpinBox>("autoscale_min_replicas");
    auto* maximum = editor<QSpinBox>("autoscale_max_replicas");
    connect(m_calculator, &ReplicaCalculatorBox::useAsMinimumRequested, this,
            [minimum, maximum](int replicas) {
                minimum->setValue(replicas);
                if (maximum->value() < replicas)
                    maximum->setValue(replicas);
            });
    auto* target = editor<QSpinBox>("autoscale_target_utilization");
    auto* concurrency = editor<QSpinBox>("replica_max_concurrent_requests");
    const auto tellCalculator = [this, target, concurrency] {
        m_calculator->setVersionSettings(target->value(), concurrency->value());
    };
    connect(concurrency, &QSpinBox::valueChanged, this, tellCalculator);
    connect(target, &QSpinBox::valueChanged, this, tellCalculator);
}

void VersionSpecForm::updateEnabledFields()
{
    const bool command =
        editor<QComboBox>("inference_config.runtime")->currentData().toString() == QLatin1String("command");
    const bool creating = m_mode != Mode::Edit;
    for (const char* name : {"inference_config.command", "inference_config.env",
                             "inference_config.health_path", "inference_config.score_path"})
        editor<QWidget>(name)->setEnabled(creating && command);
    editor<QSpinBox>("num_replicas")->setEnabled(editor<QCheckBox>("fixedReplicas")->isChecked());
    const bool autoscale = editor<QCheckBox>("autoscale_enabled")->isChecked();
    for (const char* name :
         {"autoscale_max_replicas", "autoscale_target_utilization", "autoscale_refresh_seconds"})
        editor<QWidget>(name)->setEnabled(autoscale);
    updateCapacityHint();
}

void VersionSpecForm::setSpec(const VersionSpec& spec)
{
    m_base = spec;
    const QSignalBlocker blocker(this);
    for (const auto& field : m_fields) {
        // Fields do not push each other around while a spec is loaded (a fixed count would turn autoscaling
        // off).
        std::vector<std::unique_ptr<QSignalBlocker>> quiet;
        for (QWidget* editor : editorsOf(field.editor))
            quiet.push_back(std::make_unique<QSignalBlocker>(editor));
        field.set(field.editor, spec);
    }
    if (m_mode == Mode::FirstVersion)
        editor<QCheckBox>("is_default")->setChecked(true);
    m_calculator->setVersionSettings(spec.autoscaleTargetUtilization, spec.replicaMaxConcurrentRequests);
    updateEnabledFields();
}

Result<VersionSpec> VersionSpecForm::spec() const
{
    // From the defaults, not from the spec last set: every field is the table's to read.
    VersionSpec spec;
    for (const auto& field : m_fields) {
        if (auto read = field.read(field.editor, spec); !read)
            return read.error();
    }
    return spec;
}

Result<VersionPatch> VersionSpecForm::patch() const
{
    auto typed = spec();
    if (!typed)
        return typed.error();
    VersionPatch patch;
    for (const auto& field : m_fields) {
        if (field.patch)
            field.patch(m_base, typed.value(), patch);
    }
    return patch;
}

void VersionSpecForm::setModelChoices(const QStringList& references)
{
    auto* model = editor<QComboBox>("model");
    const QString typed = model->currentText();
    const QSignalBlocker blocker(model);
    model->clear();
    model->addItems(references);
    model->setCurrentText(typed);
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
                                .arg(QLocale().toString(m_free->cpuCores, 'f', 2))
                                .arg(QLocale().toString(m_free->memoryGb, 'f', 1)));
    m_capacityHint->setStyleSheet(
        fit < need ? QStringLiteral("color: %1;").arg(models::StateText::errorColor().name()) : QString());
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
