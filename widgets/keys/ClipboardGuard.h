#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace switchyard::widgets {

// Copies a secret to the clipboard and clears it after a while, but only if the clipboard still holds
// that secret (so something the user copied since is left alone).
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    static constexpr int kDefaultClearMs = 30000;

    explicit ClipboardGuard(QObject* parent = nullptr);

    void copy(const QString& secret);
    void setClearAfter(int msecs) { m_timer.setInterval(msecs); }
    bool isArmed() const { return m_timer.isActive(); }
    void clearNow();

signals:
    void cleared();

private:
    QString m_secret;
    QTimer m_timer;
};

} // namespace switchyard::widgets
