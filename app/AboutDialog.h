#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;

namespace switchyard::models {
class ClusterSession;
}

namespace switchyard::app {

// Help ▸ About: the console's version, the version the selected cluster's server reports
// (GET /api/v1/cluster, server_version) and the licences of the libraries the console ships with.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent);

    // The cluster whose server version is shown (follows its answers); null for none.
    void setSession(models::ClusterSession* session);
    QString consoleVersionText() const;
    QString serverVersionText() const;

private:
    void updateServerVersion();

    QPointer<models::ClusterSession> m_session;
    QLabel* m_serverVersion = nullptr;
};

} // namespace switchyard::app
