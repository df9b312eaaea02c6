#pragma once

#include <memory>

#include <QObject>

#include "ClusterProfile.h"
#include "ConsoleOptions.h"

namespace switchyard::app {

class LocalCluster;
class MainWindow;
class TokenStore;

// The console's top level: the window, remembered clusters and their tokens, the local cluster, and
// the command line's wishes.
class ConsoleApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleApp)

public:
    explicit ConsoleApp(ConsoleOptions options, QObject* parent = nullptr);
    ~ConsoleApp() override;

    // Restores remembered clusters and does what the command line asked; shows the window.
    void start();
    MainWindow* window() const { return m_window.get(); }
    LocalCluster* localCluster() const { return m_local; }

public slots:
    void openAttachDialog();
    void startLocalCluster();

private:
    void attachAndRemember(const models::ClusterProfile& profile);

    ConsoleOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    LocalCluster* m_local = nullptr;
    TokenStore* m_tokens = nullptr;
};

} // namespace switchyard::app
