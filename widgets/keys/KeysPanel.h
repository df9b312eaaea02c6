#pragma once

#include <optional>

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include "KeyType.h"
#include "api/KeySet.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace switchyard::widgets {

class ClipboardGuard;
class RotationWizard;

// The keys of a key-auth endpoint: masked, reveal and copy (the clipboard is cleared after 30 s), when
// each was rotated with an age warning, regenerate with a confirmation naming who stops working, and the
// zero-downtime rotation wizard.
class KeysPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysPanel)

public:
    static constexpr int kMaxKeyAgeDays = 90;

    explicit KeysPanel(QWidget* parent = nullptr);

    void setEndpoint(const QString& endpoint);
    QString endpoint() const { return m_endpoint; }
    void setKeys(const KeySet& keys);
    void clearKeys();
    // Why the credential in use may not see or change keys ("Needs the operator role…"); empty when it
    // may. While refused, no key is asked for or shown and every key control is disabled, its tooltip
    // saying why.
    void setRefusal(const QString& refusal);
    QString refusal() const { return m_refusal; }
    // The answer to regenerateKeyRequested / keysRequested when it failed.
    void setRequestFailed(const QString& error);
    // For the age warning; tests pin it.
    void setNow(const QDateTime& now);
    ClipboardGuard* clipboard() const { return m_clipboard; }
    RotationWizard* wizard() const;

signals:
    void keysRequested(const QString& endpoint);
    void regenerateKeyRequested(const QString& endpoint, client::KeyType type);

private:
    struct KeyRow
    {
        QLineEdit* field = nullptr;
        QToolButton* reveal = nullptr;
        QPushButton* copy = nullptr;
        QPushButton* regenerate = nullptr;
        QLabel* rotated = nullptr;
    };
    KeyRow makeRow(client::KeyType type);
    void confirmRegenerate(client::KeyType type);
    void updateAges();
    QString ageText(const std::string& rotatedAt, bool* old) const;

    QString m_endpoint;
    QString m_refusal;
    std::optional<KeySet> m_keys;
    std::optional<QDateTime> m_now;
    bool m_busy = false;
    KeyRow m_primary;
    KeyRow m_secondary;
    QLabel* m_warning = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_rotate = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    QPointer<RotationWizard> m_wizard;
};

} // namespace switchyard::widgets
