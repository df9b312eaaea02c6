#include "ConsoleApp.h"

#include <QFile>
#include <QMessageBox>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "ConsoleActions.h"
#include "LocalCluster.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "TokenStore.h"
#include "common/DialogSeam.h"
#include "connectivity/ConnectivityDialog.h"
#include "dialogs/AttachClusterDialog.h"
#include "panes/EndpointsPane.h"

namespace switchyard::app {

ConsoleApp::ConsoleApp(ConsoleOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_window(std::make_unique<MainWindow>()),
      m_local(new LocalCluster(this)), m_tokens(new TokenStore(this))
{
    m_local->setKeepRunning(m_options.keepLocal);
    connect(m_window.get(), &MainWindow::attachRequested, this, &ConsoleApp::openAttachDialog);
    connect(m_window.get(), &MainWindow::startLocalRequested, this, &ConsoleApp::startLocalCluster);
    connect(m_local, &LocalCluster::ready, this, [this](const QString& url, const QString& token) {
        models::ClusterProfile profile;
        profile.name = tr("local");
        profile.url = url;
        profile.adminToken = token;
        // The local cluster's port changes each start: attach it, but do not remember it as a profile.
        m_window->attach(profile);
        // Open on the demo endpoint, so the first thing the user sees is its versions and their split.
        m_window->endpointsPane()->selectWhenListed(QStringLiteral("demo"));
        m_window->showStatus(
            tr("Local cluster running at %1 (data in %2).").arg(url, LocalCluster::dataDir()));
    });
    // A detached cluster is not attached again at the next start, and its token leaves the keychain.
    connect(m_window->actions(), &ConsoleActions::detached, this, [this](const QString& url) {
        models::ClusterProfile profile;
        profile.url = url;
        ProfileStore::remove(url);
        m_tokens->remove(ProfileStore::tokenKey(profile));
    });
    connect(m_local, &LocalCluster::failed, this, [this](const QString& message) {
        m_window->showStatus(message, 0);
        auto* box = new QMessageBox(QMessageBox::Critical, tr("Local cluster"), message, QMessageBox::Ok,
                                    m_window.get());
        box->setObjectName(QStringLiteral("localClusterError"));
        widgets::DialogSeam::show(box);
    });
}

ConsoleApp::~ConsoleApp()
{
    // Sessions first (they cancel their calls), then the local server they talk to.
    m_window.reset();
    m_local->shutdown();
}

void ConsoleApp::start()
{
    for (const auto& saved : ProfileStore::load()) {
        if (saved.url == m_options.connectUrl)
            continue; // the command line's token wins
        m_tokens->read(ProfileStore::tokenKey(saved), this,
                       [this, saved](const QString& token, const QString& warning) {
                           auto profile = saved;
                           profile.adminToken = token;
                           m_window->attach(profile);
                           if (!warning.isEmpty())
                               m_window->showStatus(warning, 15000);
                       });
    }
    if (!m_options.connectUrl.isEmpty()) {
        models::ClusterProfile profile;
        profile.url = m_options.connectUrl;
        profile.caFile = m_options.caFile;
        QFile file(m_options.adminTokenFile);
        if (file.open(QIODevice::ReadOnly))
            profile.adminToken = QString::fromUtf8(file.readAll()).trimmed();
        else
            m_window->showStatus(tr("Cannot read the admin token file %1: %2")
                                     .arg(m_options.adminTokenFile, file.errorString()),
                                 0);
        m_window->attach(profile);
    }
    if (m_options.local)
        startLocalCluster();
    m_window->show();
}

void ConsoleApp::openAttachDialog()
{
    auto* dialog = new widgets::AttachClusterDialog(m_window.get());
    if (qEnvironmentVariable("SWITCHYARD_TOKEN_STORE") == QLatin1String("file"))
        dialog->setStorageNote(TokenStore::fallbackWarning(TokenStore::fallbackPath(QStringLiteral("…"))));
    connect(dialog, &widgets::AttachClusterDialog::checkConnectivityRequested, dialog,
            [dialog](const models::ClusterProfile& profile) {
                auto* check = new widgets::ConnectivityDialog(profile, dialog);
                widgets::DialogSeam::show(check);
                check->start();
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { attachAndRemember(dialog->profile()); });
    widgets::DialogSeam::show(dialog);
}

void ConsoleApp::attachAndRemember(const models::ClusterProfile& profile)
{
    m_window->attach(profile);
    ProfileStore::save(profile);
    m_tokens->write(ProfileStore::tokenKey(profile), profile.adminToken, this,
                    [this](const QString& warning) {
                        if (!warning.isEmpty())
                            m_window->showStatus(warning, 15000);
                    });
}

void ConsoleApp::startLocalCluster()
{
    if (m_local->isRunning()) {
        m_window->showStatus(tr("The local cluster is already running."));
        return;
    }
    m_window->showStatus(tr("Starting a local cluster with the demo endpoint…"), 0);
    m_local->start();
}

} // namespace switchyard::app
