#include "ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace switchyard::widgets {

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultClearMs);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

void ClipboardGuard::copy(const QString& secret)
{
    m_secret = secret;
    QGuiApplication::clipboard()->setText(secret);
    m_timer.start();
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    auto* clipboard = QGuiApplication::clipboard();
    if (!m_secret.isEmpty() && clipboard->text() == m_secret)
        clipboard->clear();
    m_secret.clear();
    emit cleared();
}

} // namespace switchyard::widgets
