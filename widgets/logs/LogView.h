#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace switchyard::models {
class ClusterSession;
}

namespace switchyard::widgets {

// A version's logs (its replicas and the supervisor): tail N lines, follow, search, copy.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget* parent = nullptr);

    void setTarget(models::ClusterSession* session, const QString& endpoint, const QString& version);
    QString text() const;

public slots:
    void reload();
    void findNext();

private:
    void showLines(const QString& text);

    QPointer<models::ClusterSession> m_session;
    QString m_endpoint;
    QString m_version;
    QSpinBox* m_tail = nullptr;
    QCheckBox* m_follow = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QTimer m_followTimer;
    bool m_inFlight = false;
    int m_generation = 0;
};

} // namespace switchyard::widgets
