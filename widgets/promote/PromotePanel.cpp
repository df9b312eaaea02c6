#include "PromotePanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace switchyard::widgets {

using models::PromotionRequests;

PromotePanel::PromotePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("promotePanel"));
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("promoteVersion"));
    m_version->setAccessibleName(tr("Version"));
    m_role = new QLabel(this);
    m_role->setObjectName(QStringLiteral("promoteRole"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("promoteScope"));
    m_scope->setAccessibleName(tr("What the promotion moves"));
    m_scope->addItem(tr("Control only"), int(PromotionRequests::Scope::ControlOnly));
    m_scope->addItem(tr("Control and default"), int(PromotionRequests::Scope::ControlAndDefault));
    m_scope->addItem(tr("Control, default and all traffic"),
                     int(PromotionRequests::Scope::ControlDefaultAndTraffic));
    m_promote = new QPushButton(tr("Promote to control"), this);
    m_promote->setObjectName(QStringLiteral("promoteToControl"));
    m_promote->setAccessibleName(tr("Promote to control"));
    m_setDefault = new QPushButton(tr("Set as default"), this);
    m_setDefault->setObjectName(QStringLiteral("promoteSetDefault"));
    m_setDefault->setToolTip(tr("The default version gets whatever the percentiles leave over."));
    m_makeTreatment = new QPushButton(tr("Make treatment"), this);
    m_makeTreatment->setObjectName(QStringLiteral("promoteMakeTreatment"));
    m_makeTreatment->setToolTip(tr("The control becomes a treatment; the endpoint then has no control."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("promoteMessage"));
    m_message->setWordWrap(true);

    connect(m_version, &QComboBox::currentIndexChanged, this, &PromotePanel::updateButtons);
    connect(m_promote, &QPushButton::clicked, this, [this] {
        const auto scope = static_cast<PromotionRequests::Scope>(m_scope->currentData().toInt());
        request(PromotionRequests::promoteToControl(m_live, selectedVersion().toStdString(), scope));
    });
    connect(m_setDefault, &QPushButton::clicked, this,
            [this] { request(PromotionRequests::setAsDefault(m_live, selectedVersion().toStdString())); });
    connect(m_makeTreatment, &QPushButton::clicked, this,
            [this] { request(PromotionRequests::makeTreatment(m_live)); });

    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Role:"), m_role);
    auto* promoteRow = new QHBoxLayout;
    promoteRow->addWidget(m_scope, 1);
    promoteRow->addWidget(m_promote);
    form->addRow(tr("Promote:"), promoteRow);
    auto* others = new QHBoxLayout;
    others->addWidget(m_setDefault);
    others->addWidget(m_makeTreatment);
    others->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(others);
    layout->addWidget(m_message);
    updateButtons();
}

void PromotePanel::setPlan(const QString& endpoint, const TrafficPlan& live)
{
    const QString keep = endpoint == m_endpoint ? selectedVersion() : QString();
    m_endpoint = endpoint;
    m_live = live;
    {
        const QSignalBlocker blocker(m_version);
        m_version->clear();
        for (const auto& v : live.versions())
            m_version->addItem(QString::fromStdString(v.name));
        // Treatments are what one promotes: select the first one unless the user had chosen.
        int index = m_version->findText(keep);
        if (index < 0)
            for (int i = 0; i < m_version->count() && index < 0; ++i)
                if (!live.versions()[std::size_t(i)].isControl)
                    index = i;
        m_version->setCurrentIndex(std::max(index, 0));
    }
    updateButtons();
}

void PromotePanel::selectVersion(const QString& version)
{
    const int index = m_version->findText(version);
    if (index >= 0)
        m_version->setCurrentIndex(index);
}

QString PromotePanel::selectedVersion() const
{
    return m_version->currentText();
}

bool PromotePanel::canPromote(const QString& version) const
{
    const auto* role = m_live.find(version.toStdString());
    return isEnabled() && !m_endpoint.isEmpty() && role && !role->isControl && !m_busy;
}

void PromotePanel::setRequestFinished(bool ok, const QString& error)
{
    m_busy = false;
    m_message->setText(ok ? tr("Done.") : error);
    updateButtons();
}

void PromotePanel::request(const TrafficRequest& request)
{
    if (m_busy || m_endpoint.isEmpty())
        return;
    m_busy = true;
    m_message->setText(tr("Changing…"));
    updateButtons();
    emit trafficChangeRequested(m_endpoint, request);
}

void PromotePanel::updateButtons()
{
    const auto* role = m_live.find(selectedVersion().toStdString());
    if (!role) {
        m_role->setText(tr("No version"));
    } else {
        QString text = role->isControl ? tr("control") : tr("treatment");
        if (role->isDefault)
            text = tr("%1, default").arg(text);
        m_role->setText(tr("%1; effective traffic %2 %").arg(text).arg(m_live.effectiveFor(role->name)));
    }
    m_promote->setEnabled(role && !m_busy && !role->isControl);
    m_scope->setEnabled(role && !m_busy && !role->isControl);
    m_setDefault->setEnabled(role && !m_busy && !role->isDefault);
    m_makeTreatment->setEnabled(role && !m_busy && role->isControl);
    emit promotableChanged();
}

} // namespace switchyard::widgets
