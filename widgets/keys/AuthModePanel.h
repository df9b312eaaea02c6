#pragma once

#include <QWidget>

#include "EndpointSpec.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace switchyard::widgets {

// Changes an endpoint's auth mode (key, token, none) after a warning of what breaks.
class AuthModePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthModePanel)

public:
    explicit AuthModePanel(QWidget* parent = nullptr);

    void setEndpoint(const QString& endpoint, AuthMode mode);
    AuthMode mode() const { return m_mode; }
    void setRequestFinished(bool ok, const QString& error = {});
    // What switching from `from` to `to` breaks, in words.
    static QString consequences(AuthMode from, AuthMode to);

signals:
    // As a PATCH: key auth and token auth flags (they are exclusive).
    void authModeChangeRequested(const QString& endpoint, const EndpointPatch& patch);

private:
    void updateButton();

    QString m_endpoint;
    AuthMode m_mode = AuthMode::Key;
    bool m_busy = false;
    QComboBox* m_choice = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace switchyard::widgets
