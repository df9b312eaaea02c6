#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include <QTimer>
#include <QWidget>

#include "api/AccessToken.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace switchyard::widgets {

class ClipboardGuard;

// The token of a token-auth endpoint: get one, copy it, watch refresh_after and the expiry count down,
// and (if asked) get a new one when refresh_after passes.
class TokenPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenPanel)

public:
    using Clock = std::function<std::int64_t()>; // unix seconds

    explicit TokenPanel(QWidget* parent = nullptr);

    void setEndpoint(const QString& endpoint);
    QString endpoint() const { return m_endpoint; }
    void setToken(const AccessToken& token);
    void setRequestFailed(const QString& error);
    void setClock(Clock clock);
    void setAutoRefresh(bool on);
    // Recomputes the countdowns (the panel's timer calls it once a second).
    void tick();
    static QString countdown(std::int64_t seconds);
    ClipboardGuard* clipboard() const { return m_clipboard; }

signals:
    void tokenRequested(const QString& endpoint);

private:
    void request();

    QString m_endpoint;
    std::optional<AccessToken> m_token;
    Clock m_clock;
    bool m_busy = false;
    QTimer m_timer;
    QPushButton* m_get = nullptr;
    QLineEdit* m_field = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_refreshAfter = nullptr;
    QLabel* m_expiry = nullptr;
    QCheckBox* m_auto = nullptr;
    QLabel* m_message = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
};

} // namespace switchyard::widgets
