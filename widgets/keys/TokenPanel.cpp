#include "TokenPanel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "keys/ClipboardGuard.h"
#include "StateText.h"

namespace switchyard::widgets {

TokenPanel::TokenPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tokenPanel"));
    m_clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    m_clipboard = new ClipboardGuard(this);
    m_get = new QPushButton(tr("Get token"), this);
    m_get->setObjectName(QStringLiteral("getTokenButton"));
    m_get->setAccessibleName(tr("Get token"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("tokenField"));
    m_field->setReadOnly(true);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("Access token"));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyTokenButton"));
    m_copy->setAccessibleName(tr("Copy token"));
    m_refreshAfter = new QLabel(this);
    m_refreshAfter->setObjectName(QStringLiteral("tokenRefreshAfter"));
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("tokenExpiry"));
    m_auto = new QCheckBox(tr("Get a new token automatically when it is due"), this);
    m_auto->setObjectName(QStringLiteral("tokenAutoRefresh"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tokenMessage"));
    m_message->setWordWrap(true);
    connect(m_get, &QPushButton::clicked, this, &TokenPanel::request);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_token)
            return;
        m_clipboard->copy(QString::fromStdString(m_token->accessToken));
        m_message->setText(tr("Token copied; the clipboard is cleared in 30 seconds."));
    });
    connect(m_auto, &QCheckBox::toggled, this, &TokenPanel::tick);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &TokenPanel::tick);

    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_field, 1);
    tokenRow->addWidget(m_copy);
    auto* form = new QFormLayout;
    form->addRow(tr("Token:"), tokenRow);
    form->addRow(tr("Refresh after:"), m_refreshAfter);
    form->addRow(tr("Expires:"), m_expiry);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Token</b>"), this), 1);
    top->addWidget(m_get);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_auto);
    layout->addWidget(m_message);
    layout->addStretch(1);
    tick();
}

void TokenPanel::setEndpoint(const QString& endpoint)
{
    if (endpoint == m_endpoint)
        return;
    m_endpoint = endpoint;
    m_token.reset();
    m_field->clear();
    m_message->clear();
    m_busy = false;
    m_timer.stop();
    tick();
}

void TokenPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

void TokenPanel::setAutoRefresh(bool on)
{
    m_auto->setChecked(on);
}

void TokenPanel::request()
{
    if (m_busy || m_endpoint.isEmpty())
        return;
    m_busy = true;
    m_message->setText(tr("Getting a token…"));
    tick();
    emit tokenRequested(m_endpoint);
}

void TokenPanel::setToken(const AccessToken& token)
{
    m_token = token;
    m_busy = false;
    m_field->setText(QString::fromStdString(token.accessToken));
    m_message->setText(tr("New token received."));
    m_timer.start();
    tick();
}

void TokenPanel::setRequestFailed(const QString& error)
{
    m_busy = false;
    m_message->setText(error);
    tick();
}

QString TokenPanel::countdown(std::int64_t seconds)
{
    if (seconds <= 0)
        return tr("now");
    const auto h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
    if (h > 0)
        return tr("in %1 h %2 min").arg(h).arg(m);
    if (m > 0)
        return tr("in %1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return tr("in %1 s").arg(s);
}

void TokenPanel::tick()
{
    m_get->setEnabled(!m_busy && !m_endpoint.isEmpty());
    m_copy->setEnabled(m_token.has_value());
    if (!m_token) {
        m_refreshAfter->setText(tr("–"));
        m_expiry->setText(tr("–"));
        return;
    }
    const std::int64_t now = m_clock();
    const auto at = [](std::int64_t t) {
        return QDateTime::fromSecsSinceEpoch(t).toString(QStringLiteral("HH:mm:ss"));
    };
    m_refreshAfter->setText(
        tr("%1 (%2)").arg(at(m_token->refreshAfter), countdown(m_token->refreshAfter - now)));
    if (now >= m_token->expiryOn) {
        m_expiry->setText(tr("%1 (expired: scoring with it fails)").arg(at(m_token->expiryOn)));
        m_expiry->setStyleSheet(QStringLiteral("color: %1;").arg(models::StateText::errorColor().name()));
    } else {
        m_expiry->setText(tr("%1 (%2)").arg(at(m_token->expiryOn), countdown(m_token->expiryOn - now)));
        m_expiry->setStyleSheet(QString());
    }
    if (m_auto->isChecked() && now >= m_token->refreshAfter && !m_busy)
        request();
}

} // namespace switchyard::widgets
