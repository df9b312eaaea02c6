#include "TrafficEditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "traffic/EffectiveSplitBar.h"
#include "StateText.h"

namespace switchyard::widgets {

namespace {
QString objectNameFor(const char* prefix, const std::string& version)
{
    return QString::fromLatin1(prefix) + QString::fromStdString(version);
}
} // namespace

TrafficEditor::TrafficEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trafficEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("trafficTitle"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trafficStatus"));

    // Shown when the server's split changed under a pending plan.
    m_liveChanged = new QFrame(this);
    m_liveChanged->setObjectName(QStringLiteral("trafficLiveChanged"));
    m_liveChanged->setFrameShape(QFrame::StyledPanel);
    m_liveChangedText = new QLabel(m_liveChanged);
    m_liveChangedText->setWordWrap(true);
    m_liveChangedText->setText(tr("The live split changed on the server while you were editing. Rebase keeps "
                                  "your edits on top of the new split; Discard drops them."));
    m_rebase = new QPushButton(tr("Rebase"), m_liveChanged);
    m_rebase->setObjectName(QStringLiteral("trafficRebase"));
    m_discard = new QPushButton(tr("Discard"), m_liveChanged);
    m_discard->setObjectName(QStringLiteral("trafficDiscard"));
    auto* bannerLayout = new QHBoxLayout(m_liveChanged);
    bannerLayout->addWidget(m_liveChangedText, 1);
    bannerLayout->addWidget(m_rebase);
    bannerLayout->addWidget(m_discard);
    connect(m_rebase, &QPushButton::clicked, this, [this] {
        m_model.rebase();
        refresh();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_model.discard();
        rebuildRows();
    });

    m_rowsHost = new QWidget(this);
    m_grid = new QGridLayout(m_rowsHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(2, 1);
    m_defaultGroup = new QButtonGroup(this);
    m_defaultGroup->setExclusive(true);

    m_limit = new QLabel(this);
    m_limit->setObjectName(QStringLiteral("trafficLimitMessage"));
    m_limit->setWordWrap(true);

    m_liveBar = new EffectiveSplitBar(this);
    m_liveBar->setObjectName(QStringLiteral("liveSplitBar"));
    m_liveBar->setAccessibleName(tr("Live effective traffic split"));
    m_pendingBar = new EffectiveSplitBar(this);
    m_pendingBar->setObjectName(QStringLiteral("effectiveSplitBar"));
    m_pendingBar->setAccessibleName(tr("Effective traffic split"));
    m_pendingCaption = new QLabel(tr("Effective"), this);
    auto* bars = new QGridLayout;
    m_liveCaption = new QLabel(tr("Live"), this);
    bars->addWidget(m_liveCaption, 0, 0);
    bars->addWidget(m_liveBar, 0, 1);
    bars->addWidget(m_pendingCaption, 1, 0);
    bars->addWidget(m_pendingBar, 1, 1);
    bars->setColumnStretch(1, 1);

    m_allToControl = new QPushButton(tr("All to control"), this);
    m_allToControl->setObjectName(QStringLiteral("presetAllToControl"));
    m_allToControl->setToolTip(tr("Send all traffic to the control version."));
    m_evenSplit = new QPushButton(tr("Even split among treatments"), this);
    m_evenSplit->setObjectName(QStringLiteral("presetEvenSplit"));
    m_evenSplit->setToolTip(tr("Share all traffic equally among the treatments; the control gets none."));
    m_canaryPercent = new QSpinBox(this);
    m_canaryPercent->setObjectName(QStringLiteral("canaryPercent"));
    m_canaryPercent->setRange(1, 100);
    m_canaryPercent->setValue(10);
    m_canaryPercent->setSuffix(tr(" %"));
    m_canaryPercent->setAccessibleName(tr("Canary percentage"));
    m_canaryTarget = new QComboBox(this);
    m_canaryTarget->setObjectName(QStringLiteral("canaryTarget"));
    m_canaryTarget->setAccessibleName(tr("Canary version"));
    m_canary = new QPushButton(tr("Canary"), this);
    m_canary->setObjectName(QStringLiteral("presetCanary"));
    m_canary->setToolTip(tr("Send this share to one version and the rest to the default."));
    connect(m_allToControl, &QPushButton::clicked, this,
            [this] { applyPreset(m_model.allToControl(), tr("This endpoint has no control version.")); });
    connect(m_evenSplit, &QPushButton::clicked, this, [this] {
        applyPreset(m_model.evenSplitAmongTreatments(), tr("This endpoint has no treatments."));
    });
    connect(m_canary, &QPushButton::clicked, this, [this] {
        applyPreset(m_model.canary(m_canaryTarget->currentText().toStdString(), m_canaryPercent->value()),
                    tr("Choose a version for the canary."));
    });
    auto* presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Presets:"), this));
    presets->addWidget(m_allToControl);
    presets->addWidget(m_evenSplit);
    presets->addStretch(1);
    // The canary preset gets a row of its own so the editor fits a narrow detail pane (and longer Italian
    // labels) without a horizontal scroll bar.
    auto* canary = new QHBoxLayout;
    canary->addSpacing(presets->itemAt(0)->sizeHint().width() + presets->spacing());
    canary->addWidget(m_canaryPercent);
    canary->addWidget(new QLabel(tr("to"), this));
    canary->addWidget(m_canaryTarget);
    canary->addWidget(m_canary);
    canary->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("trafficError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(models::StateText::errorColor().name()));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("trafficApply"));
    m_apply->setAccessibleName(tr("Apply"));
    m_apply->setToolTip(tr("Make the pending split live in one change."));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("trafficRevert"));
    m_revert->setAccessibleName(tr("Revert"));
    m_revert->setToolTip(tr("Drop the pending edits."));
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_model.isPending() || m_busy)
            return;
        m_busy = true;
        m_error->clear();
        m_status->setText(tr("Applying…"));
        refresh();
        emit applyRequested(m_endpoint, m_model.request());
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_model.revert();
        m_limit->clear();
        rebuildRows();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    layout->addLayout(header);
    layout->addWidget(m_liveChanged);
    layout->addWidget(m_rowsHost);
    layout->addWidget(m_limit);
    layout->addLayout(bars);
    layout->addLayout(presets);
    layout->addLayout(canary);
    layout->addLayout(buttons);
    layout->addStretch(1);
    rebuildRows();
}

void TrafficEditor::setEndpoint(const EndpointInfo& endpoint)
{
    setPlan(QString::fromStdString(endpoint.name), models::TrafficEditModel::planFrom(endpoint));
}

void TrafficEditor::setPlan(const QString& endpoint, const TrafficPlan& live)
{
    if (endpoint != m_endpoint) {
        m_endpoint = endpoint;
        m_model = models::TrafficEditModel();
        m_busy = false;
        m_limit->clear();
        m_error->clear();
    }
    std::vector<std::string> before;
    for (const auto& v : m_model.pending().versions())
        before.push_back(v.name);
    m_model.setLive(live);
    std::vector<std::string> after;
    for (const auto& v : m_model.pending().versions())
        after.push_back(v.name);
    if (before != after || m_rows.size() != after.size())
        rebuildRows();
    else
        refresh();
}

void TrafficEditor::clear()
{
    m_endpoint.clear();
    m_model = models::TrafficEditModel();
    rebuildRows();
}

void TrafficEditor::setApplyFinished(bool ok, const QString& error)
{
    m_busy = false;
    if (ok) {
        // The server's answer is the new live split; until it arrives the plan stays shown as applied.
        m_model.discard();
        m_error->clear();
    } else {
        m_error->setText(error.isEmpty() ? tr("The split was not applied.") : error);
    }
    rebuildRows();
}

TrafficEditor::Row* TrafficEditor::row(const std::string& version)
{
    for (auto& r : m_rows)
        if (r.name == version)
            return &r;
    return nullptr;
}

void TrafficEditor::rebuildRows()
{
    for (auto& r : m_rows) {
        m_defaultGroup->removeButton(r.isDefault);
        delete r.label;
        delete r.isDefault;
        delete r.slider;
        delete r.spin;
        delete r.effective;
    }
    m_rows.clear();
    m_order.clear();
    int line = 0;
    for (const auto& v : m_model.pending().versions()) {
        Row r;
        r.name = v.name;
        m_order.push_back(v.name);
        const QString name = QString::fromStdString(v.name);
        r.label = new QLabel(m_rowsHost);
        r.label->setObjectName(objectNameFor("trafficLabel_", v.name));
        r.isDefault = new QRadioButton(tr("Default"), m_rowsHost);
        r.isDefault->setObjectName(objectNameFor("trafficDefault_", v.name));
        r.isDefault->setAccessibleName(tr("Make %1 the default").arg(name));
        r.isDefault->setToolTip(tr("The default version also gets whatever the percentiles leave over."));
        m_defaultGroup->addButton(r.isDefault);
        r.slider = new QSlider(Qt::Horizontal, m_rowsHost);
        r.slider->setObjectName(objectNameFor("trafficSlider_", v.name));
        r.slider->setRange(0, 100);
        r.slider->setPageStep(5);
        r.slider->setMinimumWidth(160);
        r.slider->setAccessibleName(tr("Traffic for %1").arg(name));
        r.spin = new QSpinBox(m_rowsHost);
        r.spin->setObjectName(objectNameFor("trafficSpin_", v.name));
        r.spin->setRange(0, 100);
        r.spin->setSuffix(tr(" %"));
        r.spin->setAccessibleName(tr("Traffic for %1").arg(name));
        r.effective = new QLabel(m_rowsHost);
        r.effective->setObjectName(objectNameFor("trafficEffective_", v.name));
        r.effective->setMinimumWidth(
            r.effective->fontMetrics().horizontalAdvance(tr("effective 100 % (+100)")));
        m_grid->addWidget(r.label, line, 0);
        m_grid->addWidget(r.isDefault, line, 1);
        m_grid->addWidget(r.slider, line, 2);
        m_grid->addWidget(r.spin, line, 3);
        m_grid->addWidget(r.effective, line, 4);
        const std::string key = v.name;
        connect(r.slider, &QSlider::valueChanged, this,
                [this, key](int value) { onValueEdited(key, value); });
        connect(r.spin, &QSpinBox::valueChanged, this, [this, key](int value) { onValueEdited(key, value); });
        connect(r.isDefault, &QRadioButton::toggled, this, [this, key](bool on) {
            if (on)
                onDefaultChosen(key);
        });
        m_rows.push_back(r);
        ++line;
    }
    orderTabs();
    refillCanaryTargets();
    refresh();
}

void TrafficEditor::orderTabs()
{
    // Tab goes the way the page reads: the banner's buttons, each version's row (default, slider, spin
    // box), the presets, then Revert and Apply. Without this the rows, built whenever the versions change,
    // would come last in the window's whole focus chain, after every other page and pane.
    QList<QWidget*> order = {m_rebase, m_discard};
    for (const auto& r : m_rows)
        order << r.isDefault << r.slider << r.spin;
    order << m_allToControl << m_evenSplit << m_canaryPercent << m_canaryTarget << m_canary << m_revert
          << m_apply;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void TrafficEditor::refillCanaryTargets()
{
    const QString current = m_canaryTarget->currentText();
    m_canaryTarget->clear();
    for (const auto& v : m_model.pending().versions())
        if (!v.isDefault)
            m_canaryTarget->addItem(QString::fromStdString(v.name));
    const int index = m_canaryTarget->findText(current);
    if (index >= 0)
        m_canaryTarget->setCurrentIndex(index);
}

void TrafficEditor::refresh()
{
    const auto& pending = m_model.pending();
    const auto effective = m_model.effectivePending();
    const auto live = m_model.effectiveLive();
    const bool hasPlan = !pending.versions().empty();
    const bool isPending = m_model.isPending();
    m_title->setText(m_endpoint.isEmpty() ? tr("<b>Traffic</b>")
                                          : tr("<b>Traffic of %1</b>").arg(m_endpoint));
    for (auto& r : m_rows) {
        const auto* role = pending.find(r.name);
        if (!role)
            continue;
        const QString name = QString::fromStdString(r.name);
        QStringList marks;
        if (role->isDefault)
            marks << tr("default");
        if (role->isControl)
            marks << tr("control");
        r.label->setText(marks.isEmpty() ? name : tr("%1 (%2)").arg(name, marks.join(tr(", "))));
        {
            const QSignalBlocker a(r.slider), b(r.spin), c(r.isDefault);
            r.slider->setValue(role->trafficPercentile);
            r.spin->setValue(role->trafficPercentile);
            r.isDefault->setChecked(role->isDefault);
        }
        const auto eff = effective.count(r.name) ? effective.at(r.name) : 0;
        const auto was = live.count(r.name) ? live.at(r.name) : 0;
        r.effective->setText(
            eff == was ? tr("effective %1 %").arg(eff)
                       : tr("effective %1 % (%2%3)").arg(eff).arg(eff > was ? "+" : "").arg(eff - was));
        const QFont font = r.effective->font();
        QFont bold = font;
        bold.setBold(eff != was);
        r.effective->setFont(bold);
        r.slider->setEnabled(!m_busy);
        r.spin->setEnabled(!m_busy);
        r.isDefault->setEnabled(!m_busy);
    }
    const std::string def = pending.defaultVersion().value_or("");
    m_liveBar->setSplit(live, m_order, m_model.base().defaultVersion().value_or(""));
    m_pendingBar->setSplit(effective, m_order, def);
    m_pendingCaption->setText(isPending ? tr("Pending") : tr("Effective"));
    m_liveBar->setVisible(isPending);
    m_liveCaption->setVisible(isPending);
    m_liveChanged->setVisible(m_model.liveChangedWhilePending());
    if (!m_busy)
        m_status->setText(
            !hasPlan    ? tr("No versions")
            : isPending ? tr("Pending changes, not applied (%1 % configured)").arg(pending.configuredSum())
                        : tr("Live"));
    m_apply->setEnabled(isPending && !m_busy && m_refusal.isEmpty());
    m_apply->setToolTip(m_refusal.isEmpty() ? tr("Make the pending split live in one change.") : m_refusal);
    m_revert->setEnabled(isPending && !m_busy);
    m_allToControl->setEnabled(hasPlan && pending.controlVersion().has_value() && !m_busy);
    m_evenSplit->setEnabled(hasPlan && !m_busy);
    m_canary->setEnabled(m_canaryTarget->count() > 0 && !m_busy);
}

void TrafficEditor::setApplyRefusal(const QString& refusal)
{
    m_refusal = refusal;
    refresh();
}

void TrafficEditor::onValueEdited(const std::string& version, int value)
{
    const auto edit = m_model.setPercentile(version, value);
    if (edit.limited) {
        m_limit->setText(
            tr("%1 stops at %2 %: the percentiles of all versions may add up to 100 at most, and "
               "the others already have %3 %. Lower another version first.")
                .arg(QString::fromStdString(version))
                .arg(edit.maximum)
                .arg(100 - edit.maximum));
    } else {
        m_limit->clear();
    }
    refresh();
}

void TrafficEditor::onDefaultChosen(const std::string& version)
{
    m_model.setDefault(version);
    // The canary list excludes the default. (No rebuild here: the sender is one of the rows.)
    refillCanaryTargets();
    refresh();
}

void TrafficEditor::applyPreset(bool ok, const QString& failure)
{
    m_limit->setText(ok ? QString() : failure);
    refresh();
}

} // namespace switchyard::widgets
