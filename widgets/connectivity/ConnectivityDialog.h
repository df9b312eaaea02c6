#pragma once

#include <QDialog>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "ClusterProfile.h"

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace switchyard::widgets {

// The console's answer to "why can't I reach my cluster": name resolution, TCP connect, TLS handshake and
// certificate, API auth — each step with its result. Every step is asynchronous Qt networking, so the
// GUI never waits on it; a step that fails stops the ones that depend on it.
class ConnectivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectivityDialog)

public:
    enum Step
    {
        Resolve,
        Connect,
        Tls,
        Auth,
        StepCount
    };

    explicit ConnectivityDialog(models::ClusterProfile profile, QWidget* parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    // The text of a step's result (for tests): empty while it runs.
    QString resultOf(Step step) const;
    bool passed(Step step) const;

private:
    void resolve();
    void connectTcp();
    void handshake();
    void checkAuth();
    void report(Step step, bool ok, const QString& text);
    void skipFrom(Step step, const QString& reason);
    void finish();
    int port() const;

    models::ClusterProfile m_profile;
    QUrl m_url;
    QHostAddress m_address;
    QTreeWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_again = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    QTimer m_timeout;
    bool m_finished = false;
    bool m_passed[StepCount] = {};
    int m_run = 0;
};

} // namespace switchyard::widgets
