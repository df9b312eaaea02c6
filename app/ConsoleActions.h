#pragma once

#include <functional>

#include <QObject>

namespace switchyard::widgets {
class VersionSpecForm;
}

namespace switchyard::app {

class MainWindow;

// The dialog flows of the window: create, edit and delete endpoints and versions, register a model,
// check connectivity. Each opens its dialog through DialogSeam (open(), never exec()), sends the request
// through the selected ClusterSession and shows the result; nothing waits on the network.
class ConsoleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleActions)

public:
    explicit ConsoleActions(MainWindow* window);

public slots:
    void createEndpoint();
    void deleteEndpoint(const QString& endpoint);
    void createVersion();
    void editVersion(const QString& version);
    void deleteVersion(const QString& version);
    // Picks a model file and registers it; `form` (may be null) gets the new reference selected.
    void registerModel(widgets::VersionSpecForm* form);
    void checkConnectivity();
    // The Operators page of the current cluster (admins).
    void manageOperators();
    // Closes the selected cluster's session; the console then forgets its profile and token (detached).
    void detachCluster();

signals:
    void detached(const QString& url);

private:
    void prepareForm(widgets::VersionSpecForm* form);
    void confirm(const QString& objectName, const QString& title, const QString& text, const QString& action,
                 std::function<void()> onConfirmed);

    MainWindow* m_window = nullptr;
};

} // namespace switchyard::app
