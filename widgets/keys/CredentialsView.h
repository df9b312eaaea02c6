#pragma once

#include <QWidget>

#include "EndpointSpec.h"

class QLabel;
class QStackedWidget;

namespace switchyard::widgets {

class AuthModePanel;
class KeysPanel;
class TokenPanel;

// The endpoint's credentials: its auth mode, and the keys or the token panel that mode calls for.
class CredentialsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsView)

public:
    explicit CredentialsView(QWidget* parent = nullptr);

    void setEndpoint(const QString& endpoint, AuthMode mode);
    AuthModePanel* authMode() const { return m_authMode; }
    KeysPanel* keys() const { return m_keys; }
    TokenPanel* token() const { return m_token; }

private:
    AuthModePanel* m_authMode = nullptr;
    KeysPanel* m_keys = nullptr;
    TokenPanel* m_token = nullptr;
    QLabel* m_none = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace switchyard::widgets
