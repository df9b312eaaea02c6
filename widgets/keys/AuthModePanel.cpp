#include "AuthModePanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "keys/Confirmation.h"

namespace switchyard::widgets {

AuthModePanel::AuthModePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("authModePanel"));
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("authModeChoice"));
    m_choice->setAccessibleName(tr("Authentication"));
    m_choice->addItem(tr("Keys"), int(AuthMode::Key));
    m_choice->addItem(tr("Tokens"), int(AuthMode::Token));
    m_choice->addItem(tr("None (anyone may score)"), int(AuthMode::None));
    m_apply = new QPushButton(tr("Change…"), this);
    m_apply->setObjectName(QStringLiteral("authModeApply"));
    m_apply->setAccessibleName(tr("Change authentication"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("authModeMessage"));
    m_message->setWordWrap(true);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &AuthModePanel::updateButton);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const auto to = static_cast<AuthMode>(m_choice->currentData().toInt());
        Confirmation::ask(this, tr("Change authentication"), consequences(m_mode, to), tr("Change"),
                          [this, to] {
                              EndpointPatch patch;
                              patch.authEnabled = to == AuthMode::Key;
                              patch.tokenAuthEnabled = to == AuthMode::Token;
                              m_busy = true;
                              m_message->setText(tr("Changing…"));
                              updateButton();
                              emit authModeChangeRequested(m_endpoint, patch);
                          });
    });
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Authentication:"), this));
    row->addWidget(m_choice, 1);
    row->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    updateButton();
}

void AuthModePanel::setEndpoint(const QString& endpoint, AuthMode mode)
{
    const bool same = endpoint == m_endpoint && mode == m_mode;
    m_endpoint = endpoint;
    m_mode = mode;
    if (!same) {
        const QSignalBlocker blocker(m_choice);
        m_choice->setCurrentIndex(m_choice->findData(int(mode)));
    }
    updateButton();
}

void AuthModePanel::setRequestFinished(bool ok, const QString& error)
{
    m_busy = false;
    m_message->setText(ok ? tr("Authentication changed.") : error);
    updateButton();
}

QString AuthModePanel::consequences(AuthMode from, AuthMode to)
{
    QString text;
    if (from == AuthMode::Key)
        text = tr("Both keys stop working at once: clients that send a key get 401.");
    else if (from == AuthMode::Token)
        text = tr("Tokens stop working at once: clients that send a token get 401.");
    if (to == AuthMode::Key)
        text += QLatin1Char(' ') + tr("Clients must then send the primary or secondary key.");
    else if (to == AuthMode::Token)
        text += QLatin1Char(' ') + tr("Clients must then get a token and refresh it before it expires.");
    else
        text += QLatin1Char(' ') +
                tr("Afterwards anyone who can reach the scoring address can use the endpoint.");
    return text.trimmed();
}

void AuthModePanel::updateButton()
{
    const auto to = static_cast<AuthMode>(m_choice->currentData().toInt());
    m_apply->setEnabled(!m_busy && !m_endpoint.isEmpty() && to != m_mode);
    m_choice->setEnabled(!m_busy && !m_endpoint.isEmpty());
}

} // namespace switchyard::widgets
