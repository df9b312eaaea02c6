#include "ScoreTester.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "ClusterSession.h"
#include "StateText.h"
#include <QLocale>

namespace switchyard::widgets {

ScoreTester::ScoreTester(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreTester"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("scoreBody"));
    m_body->setFont(mono);
    m_body->setPlainText(QStringLiteral("{\"data\": [[1.0, 2.0]]}"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("scoreTarget"));
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("scoreSend"));
    m_send->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scoreStatus"));
    m_status->setWordWrap(true);
    m_servedBy = new QLabel(this);
    m_servedBy->setObjectName(QStringLiteral("scoreServedBy"));
    m_latency = new QLabel(this);
    m_latency->setObjectName(QStringLiteral("scoreLatency"));
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("scoreAnswer"));
    m_answer->setReadOnly(true);
    m_answer->setFont(mono);

    auto* request = new QWidget(this);
    auto* requestLayout = new QVBoxLayout(request);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Send to:"), request));
    bar->addWidget(m_target, 1);
    bar->addWidget(m_send);
    requestLayout->addWidget(new QLabel(tr("Request body (JSON):"), request));
    requestLayout->addWidget(m_body, 1);
    requestLayout->addLayout(bar);

    auto* answer = new QWidget(this);
    auto* form = new QFormLayout(answer);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Served by:"), m_servedBy);
    form->addRow(tr("Latency:"), m_latency);
    form->addRow(m_answer);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("scoreSplitter"));
    split->addWidget(request);
    split->addWidget(answer);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_send, &QPushButton::clicked, this, &ScoreTester::send);
    setTarget(nullptr, {});
}

void ScoreTester::setTarget(models::ClusterSession* session, const QString& endpoint)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_endpoint = endpoint;
    ++m_generation;
    if (session)
        connect(session, &models::ClusterSession::focusedEndpointChanged, this, &ScoreTester::updateVersions);
    m_send->setEnabled(session && !endpoint.isEmpty());
    m_status->setText(endpoint.isEmpty() ? tr("Select an endpoint to test it.") : QString());
    updateVersions();
}

void ScoreTester::updateVersions()
{
    const QString chosen = m_target->currentData().toString();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(tr("By the traffic split"), QString());
    if (m_session && m_session->focusedEndpoint()) {
        for (const auto& v : m_session->focusedEndpoint()->versions) {
            const QString name = QString::fromStdString(v.name());
            m_target->addItem(tr("Version %1").arg(name), name);
        }
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(chosen)));
}

void ScoreTester::setVersion(const QString& version)
{
    m_target->setCurrentIndex(std::max(0, m_target->findData(version)));
}

void ScoreTester::send()
{
    if (!m_session || m_endpoint.isEmpty())
        return;
    QJsonParseError parseError;
    QJsonDocument::fromJson(m_body->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("The body is not valid JSON: %1 (at character %2).")
                 .arg(parseError.errorString())
                 .arg(parseError.offset));
        return;
    }
    m_send->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_status->setStyleSheet({});
    m_servedBy->clear();
    m_latency->clear();
    m_answer->clear();
    const auto& info = m_session->focusedEndpoint();
    const AuthMode mode = info ? info->authMode : AuthMode::None;
    const int generation = m_generation;
    // The scoring credential is the endpoint's, not the admin token: fetch it as a client would use it.
    if (mode == AuthMode::Key) {
        m_session->getKeys(m_endpoint, this, [this, generation](const client::ApiResult<KeySet>& keys) {
            if (generation != m_generation)
                return;
            if (!keys)
                return fail(tr("Could not read the endpoint's keys: %1")
                                .arg(QString::fromStdString(client::describe(keys))));
            sendWithCredential(keys->primaryKey);
        });
    } else if (mode == AuthMode::Token) {
        m_session->getToken(
            m_endpoint, this, [this, generation](const client::ApiResult<AccessToken>& token) {
                if (generation != m_generation)
                    return;
                if (!token)
                    return fail(
                        tr("Could not get a token: %1").arg(QString::fromStdString(client::describe(token))));
                sendWithCredential(token->accessToken);
            });
    } else {
        sendWithCredential({});
    }
}

void ScoreTester::sendWithCredential(const std::string& credential)
{
    client::ScoreRequest request;
    request.body = m_body->toPlainText().toStdString();
    request.credential = credential;
    const QString version = m_target->currentData().toString();
    if (!version.isEmpty())
        request.version = version.toStdString();
    const int generation = m_generation;
    m_session->score(m_endpoint, request, this,
                     [this, generation](const client::ApiResult<client::ScoreResult>& result) {
                         if (generation == m_generation)
                             showResult(result);
                     });
}

void ScoreTester::showResult(const client::ApiResult<client::ScoreResult>& result)
{
    m_send->setEnabled(true);
    if (!result)
        return fail(tr("No answer: %1").arg(QString::fromStdString(client::describe(result))));
    const auto& r = result.value();
    m_status->setText(QString::number(r.status));
    m_status->setStyleSheet(
        r.ok() ? QStringLiteral("color: %1;").arg(models::StateText::healthColor(HealthState::Healthy).name())
               : QStringLiteral("color: %1;").arg(models::StateText::errorColor().name()));
    m_servedBy->setText(QString::fromStdString(r.servedBy));
    m_latency->setText(tr("%1 ms").arg(QLocale().toString(r.latency.count() / 1000.0, 'f', 1)));
    const auto pretty = QJsonDocument::fromJson(QByteArray::fromStdString(r.body));
    m_answer->setPlainText(pretty.isNull() ? QString::fromStdString(r.body)
                                           : QString::fromUtf8(pretty.toJson(QJsonDocument::Indented)));
}

void ScoreTester::fail(const QString& message)
{
    m_send->setEnabled(m_session && !m_endpoint.isEmpty());
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(models::StateText::errorColor().name()));
}

} // namespace switchyard::widgets
