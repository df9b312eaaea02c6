#include "AlertRulesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "AlertText.h"

namespace switchyard::widgets {

using models::AlertKind;
using models::AlertRule;
using models::AlertText;

namespace {

std::size_t indexOf(AlertKind kind)
{
    return static_cast<std::size_t>(kind);
}

QString named(const char* what, AlertKind kind)
{
    return QLatin1String(what) + models::alertKindKey(kind);
}

} // namespace

AlertRulesDialog::AlertRulesDialog(const models::AlertRuleBook& rules, bool muted, QList<Cluster> clusters,
                                   QWidget* parent)
    : QDialog(parent), m_book(rules), m_clusters(std::move(clusters))
{
    setObjectName(QStringLiteral("alertRulesDialog"));
    setWindowTitle(tr("Alert rules"));

    m_cluster = new QComboBox(this);
    m_cluster->setObjectName(QStringLiteral("alertScopeCluster"));
    for (const auto& c : m_clusters)
        m_cluster->addItem(c.name == c.id ? c.id : tr("%1 (%2)").arg(c.name, c.id), c.id);
    m_endpoint = new QComboBox(this);
    m_endpoint->setObjectName(QStringLiteral("alertScopeEndpoint"));
    m_scopeNote = new QLabel(this);
    m_scopeNote->setObjectName(QStringLiteral("alertScopeNote"));
    m_scopeNote->setWordWrap(true);
    auto* scope = new QFormLayout;
    scope->addRow(tr("&Cluster:"), m_cluster);
    scope->addRow(tr("&Applies to:"), m_endpoint);

    auto* rulesBox = new QGroupBox(tr("Rules"), this);
    auto* grid = new QGridLayout(rulesBox);
    grid->addWidget(new QLabel(tr("<b>Alert when</b>"), rulesBox), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Threshold</b>"), rulesBox), 0, 1);
    grid->addWidget(new QLabel(tr("<b>For at least</b>"), rulesBox), 0, 2);
    int line = 1;
    for (const AlertKind kind : models::kAlertKinds) {
        Row& row = m_rows[indexOf(kind)];
        QString label;
        switch (kind) {
        case AlertKind::VersionUnhealthy:
            label = tr("A version is Unhealthy or Failed");
            break;
        case AlertKind::ErrorRate:
            label = tr("Errors are above");
            break;
        case AlertKind::LatencyP99:
            label = tr("p99 latency is above");
            break;
        case AlertKind::ReplicasAtMaximum:
            label = tr("Replicas are pinned at the maximum");
            break;
        case AlertKind::ClusterUnreachable:
            label = tr("The cluster is unreachable or not responding");
            break;
        }
        row.enabled = new QCheckBox(label, rulesBox);
        row.enabled->setObjectName(named("alertEnabled_", kind));
        grid->addWidget(row.enabled, line, 0);
        if (AlertRule::hasThreshold(kind)) {
            row.threshold = new QDoubleSpinBox(rulesBox);
            row.threshold->setObjectName(named("alertThreshold_", kind));
            if (kind == AlertKind::ErrorRate) {
                row.threshold->setRange(0, 100);
                row.threshold->setDecimals(1);
                row.threshold->setSuffix(tr(" %"));
            } else {
                row.threshold->setRange(1, 600000);
                row.threshold->setDecimals(0);
                row.threshold->setSuffix(tr(" ms"));
            }
            grid->addWidget(row.threshold, line, 1);
        }
        row.forSeconds = new QSpinBox(rulesBox);
        row.forSeconds->setObjectName(named("alertFor_", kind));
        row.forSeconds->setRange(0, 24 * 3600);
        row.forSeconds->setSuffix(tr(" s"));
        row.forSeconds->setToolTip(tr("How long the condition must hold, without a break, before the alert "
                                      "fires (0: at once)"));
        grid->addWidget(row.forSeconds, line, 2);
        row.inherit = new QCheckBox(tr("Same as the cluster"), rulesBox);
        row.inherit->setObjectName(named("alertInherit_", kind));
        grid->addWidget(row.inherit, line, 3);
        ++line;
        if (kind == AlertKind::ErrorRate) {
            row.countClientErrors =
                new QCheckBox(tr("Count client errors (4xx) too, not only server errors (5xx)"), rulesBox);
            row.countClientErrors->setObjectName(QStringLiteral("alertCountClientErrors"));
            grid->addWidget(row.countClientErrors, line++, 0, 1, 3, Qt::AlignRight);
        }
        for (QWidget* w :
             {static_cast<QWidget*>(row.enabled), static_cast<QWidget*>(row.forSeconds),
              static_cast<QWidget*>(row.threshold), static_cast<QWidget*>(row.countClientErrors)})
            if (w)
                w->setProperty("alertKind", static_cast<int>(kind));
        connect(row.enabled, &QCheckBox::toggled, this, &AlertRulesDialog::updateEnabled);
        connect(row.inherit, &QCheckBox::toggled, this, [this, kind](bool inherit) {
            if (m_loading)
                return;
            if (inherit) // back to the cluster's rule, shown as it is
                showRule(kind, m_book.rule(clusterId(), {}, kind));
            updateEnabled();
        });
    }
    grid->setColumnStretch(0, 1);

    auto* defaults = new QPushButton(tr("&Restore defaults"), this);
    defaults->setObjectName(QStringLiteral("alertRestoreDefaults"));
    defaults->setToolTip(tr("Forget this cluster's or endpoint's own rules"));
    connect(defaults, &QPushButton::clicked, this, &AlertRulesDialog::restoreDefaults);

    m_mute =
        new QCheckBox(tr("&Mute desktop notifications (alerts still show in the Monitor and the log)"), this);
    m_mute->setObjectName(QStringLiteral("alertMute"));
    m_mute->setChecked(muted);

    auto* note = new QLabel(tr("An alert fires once when its condition has held for the time given, and "
                               "clears when the condition ends; every episode goes to the alert log. Rules "
                               "are kept in the console's settings."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(defaults, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(scope);
    layout->addWidget(m_scopeNote);
    layout->addWidget(rulesBox);
    layout->addWidget(note);
    layout->addWidget(m_mute);
    layout->addWidget(buttons);

    connect(m_cluster, &QComboBox::currentIndexChanged, this, &AlertRulesDialog::onClusterChanged);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &AlertRulesDialog::onScopeChanged);
    onClusterChanged();
}

bool AlertRulesDialog::muted() const
{
    return m_mute->isChecked();
}

QString AlertRulesDialog::clusterId() const
{
    return m_cluster->currentData().toString();
}

QString AlertRulesDialog::endpoint() const
{
    return m_endpoint->currentData().toString();
}

void AlertRulesDialog::selectScope(const QString& clusterId, const QString& endpoint)
{
    const int c = m_cluster->findData(clusterId);
    if (c >= 0)
        m_cluster->setCurrentIndex(c);
    const int e = m_endpoint->findData(endpoint);
    if (e >= 0)
        m_endpoint->setCurrentIndex(e);
}

void AlertRulesDialog::onClusterChanged()
{
    storeScope();
    m_loading = true;
    m_endpoint->clear();
    m_endpoint->addItem(tr("All endpoints of the cluster"), QString());
    if (m_cluster->currentIndex() >= 0)
        for (const QString& e : m_clusters[m_cluster->currentIndex()].endpoints)
            m_endpoint->addItem(tr("Endpoint %1").arg(e), e);
    m_loading = false;
    loadScope();
}

void AlertRulesDialog::onScopeChanged()
{
    if (m_loading)
        return;
    storeScope();
    loadScope();
}

void AlertRulesDialog::showRule(AlertKind kind, const AlertRule& rule)
{
    Row& row = m_rows[indexOf(kind)];
    row.enabled->setChecked(rule.enabled);
    if (row.threshold)
        row.threshold->setValue(rule.threshold);
    row.forSeconds->setValue(rule.forSeconds);
    if (row.countClientErrors)
        row.countClientErrors->setChecked(rule.countClientErrors);
}

AlertRule AlertRulesDialog::editedRule(AlertKind kind) const
{
    const Row& row = m_rows[indexOf(kind)];
    AlertRule rule = AlertRule::defaults(kind);
    rule.enabled = row.enabled->isChecked();
    if (row.threshold)
        rule.threshold = row.threshold->value();
    rule.forSeconds = row.forSeconds->value();
    if (row.countClientErrors)
        rule.countClientErrors = row.countClientErrors->isChecked();
    return rule;
}

void AlertRulesDialog::loadScope()
{
    m_loading = true;
    m_shownCluster = clusterId();
    m_shownEndpoint = endpoint();
    const bool forEndpoint = !m_shownEndpoint.isEmpty();
    for (const AlertKind kind : models::kAlertKinds) {
        Row& row = m_rows[indexOf(kind)];
        const bool clusterOnly = kind == AlertKind::ClusterUnreachable;
        showRule(kind, m_book.rule(m_shownCluster, forEndpoint && !clusterOnly ? m_shownEndpoint : QString(),
                                   kind));
        row.inherit->setVisible(forEndpoint);
        row.inherit->setEnabled(!clusterOnly);
        row.inherit->setChecked(forEndpoint &&
                                (clusterOnly || !m_book.own(m_shownCluster, m_shownEndpoint, kind)));
    }
    if (m_shownCluster.isEmpty())
        m_scopeNote->setText(tr("Attach a cluster to set its alert rules."));
    else if (forEndpoint)
        m_scopeNote->setText(tr("Rules of endpoint %1 only; those marked “Same as the cluster” follow the "
                                "cluster's rules. Whether the cluster is reachable is the cluster's rule.")
                                 .arg(m_shownEndpoint));
    else
        m_scopeNote->setText(tr("Rules of every endpoint of this cluster, unless an endpoint sets its own."));
    m_loading = false;
    updateEnabled();
}

void AlertRulesDialog::storeScope()
{
    if (m_loading || m_shownCluster.isEmpty())
        return;
    const bool forEndpoint = !m_shownEndpoint.isEmpty();
    for (const AlertKind kind : models::kAlertKinds) {
        if (forEndpoint &&
            (kind == AlertKind::ClusterUnreachable || m_rows[indexOf(kind)].inherit->isChecked())) {
            m_book.unset(m_shownCluster, m_shownEndpoint, kind);
            continue;
        }
        const AlertRule rule = editedRule(kind);
        // A cluster's rule equal to the default is not kept: it follows the defaults if they change.
        if (!forEndpoint && rule == AlertRule::defaults(kind))
            m_book.unset(m_shownCluster, {}, kind);
        else
            m_book.set(m_shownCluster, m_shownEndpoint, kind, rule);
    }
}

void AlertRulesDialog::updateEnabled()
{
    const bool any = !m_shownCluster.isEmpty();
    m_endpoint->setEnabled(any);
    for (const AlertKind kind : models::kAlertKinds) {
        Row& row = m_rows[indexOf(kind)];
        const bool editable = any && !(!m_shownEndpoint.isEmpty() && row.inherit->isChecked()) &&
                              !(kind == AlertKind::ClusterUnreachable && !m_shownEndpoint.isEmpty());
        row.enabled->setEnabled(editable);
        const bool on = editable && row.enabled->isChecked();
        row.forSeconds->setEnabled(on);
        if (row.threshold)
            row.threshold->setEnabled(on);
        if (row.countClientErrors)
            row.countClientErrors->setEnabled(on);
    }
}

void AlertRulesDialog::restoreDefaults()
{
    if (m_shownCluster.isEmpty())
        return;
    for (const AlertKind kind : models::kAlertKinds)
        m_book.unset(m_shownCluster, m_shownEndpoint, kind);
    loadScope();
}

void AlertRulesDialog::accept()
{
    storeScope();
    QDialog::accept();
}

} // namespace switchyard::widgets
