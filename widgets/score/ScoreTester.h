#pragma once

#include <QPointer>
#include <QWidget>

#include "ApiResult.h"
#include "ScoreTypes.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace switchyard::models {
class ClusterSession;
}

namespace switchyard::widgets {

// Sends one scoring request to an endpoint — through the split or to a chosen version — with the
// endpoint's own credential (fetched with the admin token), and shows the answer, its status, the
// version that served it and the latency.
class ScoreTester final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreTester)

public:
    explicit ScoreTester(QWidget* parent = nullptr);

    void setTarget(models::ClusterSession* session, const QString& endpoint);
    // Preselects a version; empty means "by the split".
    void setVersion(const QString& version);

public slots:
    void send();

private:
    void sendWithCredential(const std::string& credential);
    void showResult(const client::ApiResult<client::ScoreResult>& result);
    void fail(const QString& message);
    void updateVersions();

    QPointer<models::ClusterSession> m_session;
    QString m_endpoint;
    QPlainTextEdit* m_body = nullptr;
    QComboBox* m_target = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_servedBy = nullptr;
    QLabel* m_latency = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    int m_generation = 0;
};

} // namespace switchyard::widgets
