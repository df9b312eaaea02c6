#include "CredentialsView.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "keys/AuthModePanel.h"
#include "keys/KeysPanel.h"
#include "keys/TokenPanel.h"

namespace switchyard::widgets {

CredentialsView::CredentialsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("credentialsView"));
    m_authMode = new AuthModePanel(this);
    m_keys = new KeysPanel(this);
    m_token = new TokenPanel(this);
    m_none = new QLabel(tr("This endpoint needs no credential: anyone who can reach it can score."), this);
    m_none->setObjectName(QStringLiteral("credentialsNone"));
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_keys);
    m_stack->addWidget(m_token);
    m_stack->addWidget(m_none);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_authMode);
    layout->addWidget(m_stack, 1);
}

void CredentialsView::setEndpoint(const QString& endpoint, AuthMode mode)
{
    m_authMode->setEndpoint(endpoint, mode);
    // Only the panel the mode calls for asks the server (keys of a token endpoint are a 409).
    m_keys->setEndpoint(mode == AuthMode::Key ? endpoint : QString());
    m_token->setEndpoint(mode == AuthMode::Token ? endpoint : QString());
    m_stack->setCurrentWidget(mode == AuthMode::Key     ? static_cast<QWidget*>(m_keys)
                              : mode == AuthMode::Token ? static_cast<QWidget*>(m_token)
                                                        : m_none);
}

} // namespace switchyard::widgets
