#include "ConsoleActions.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QComboBox>
#include <QPushButton>
#include <QRegularExpression>

#include "ClusterListModel.h"
#include "ClusterSession.h"
#include "MainWindow.h"
#include "common/DialogSeam.h"
#include "connectivity/ConnectivityDialog.h"
#include "operators/OperatorsDialog.h"
#include "dialogs/CreateEndpointDialog.h"
#include "dialogs/VersionDialog.h"
#include "dialogs/VersionSpecForm.h"
#include "panes/EndpointsPane.h"
#include "panes/VersionsPane.h"

namespace switchyard::app {

using models::ClusterSession;
using widgets::DialogSeam;

ConsoleActions::ConsoleActions(MainWindow* window) : QObject(window), m_window(window) {}

void ConsoleActions::prepareForm(widgets::VersionSpecForm* form)
{
    ClusterSession* session = m_window->currentSession();
    form->setModelChoices(session->modelReferences());
    connect(session, &ClusterSession::modelsChanged, form,
            [form, session] { form->setModelChoices(session->modelReferences()); });
    session->refreshModels();
    if (const auto& cluster = session->cluster())
        form->setFreeCapacity(cluster->capacity - cluster->allocated);
    connect(form, &widgets::VersionSpecForm::registerModelRequested, this,
            [this, form] { registerModel(form); });
}

void ConsoleActions::createEndpoint()
{
    ClusterSession* session = m_window->currentSession();
    if (!session)
        return;
    auto* dialog = new widgets::CreateEndpointDialog(m_window);
    prepareForm(dialog->versionForm());
    connect(dialog, &widgets::SubmitDialog::submitRequested, dialog, [this, dialog, session] {
        auto spec = dialog->spec();
        if (!spec)
            return dialog->fail(spec.error());
        const QString name = QString::fromStdString(spec->name);
        session->createEndpoint(
            spec.value(), dialog, [this, dialog, name](const client::ApiResult<EndpointInfo>& r) {
                if (!r)
                    return dialog->fail(r.error());
                dialog->succeed();
                m_window->showStatus(tr("Endpoint %1 created; its first version is starting.").arg(name));
                m_window->endpointsPane()->selectWhenListed(name);
            });
    });
    DialogSeam::show(dialog);
}

void ConsoleActions::confirm(const QString& objectName, const QString& title, const QString& text,
                             const QString& action, std::function<void()> onConfirmed)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
    box->setObjectName(objectName);
    auto* yes = box->addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [yes, onConfirmed = std::move(onConfirmed)](QAbstractButton* b) {
                if (b == yes)
                    onConfirmed();
            });
    DialogSeam::show(box);
}

void ConsoleActions::deleteEndpoint(const QString& endpoint)
{
    ClusterSession* session = m_window->currentSession();
    if (!session || endpoint.isEmpty())
        return;
    int versions = 0;
    if (session->focusedEndpoint() && QString::fromStdString(session->focusedEndpoint()->name) == endpoint)
        versions = static_cast<int>(session->focusedEndpoint()->versions.size());
    const QString text = tr("Delete the endpoint %1?\n\nAll its versions stop (%n version(s) and their "
                            "replicas), its scoring URI "
                            "answers 404 and its keys stop working. This cannot be undone.",
                            nullptr, versions)
                             .arg(endpoint);
    confirm(QStringLiteral("confirmDeleteEndpoint"), tr("Delete endpoint"), text, tr("Delete endpoint"),
            [this, session = QPointer<ClusterSession>(session), endpoint] {
                if (!session)
                    return;
                m_window->showStatus(tr("Deleting %1…").arg(endpoint), 0);
                session->deleteEndpoint(
                    endpoint, m_window, [this, endpoint](const client::ApiResult<client::Nothing>& r) {
                        m_window->showStatus(
                            r ? tr("Endpoint %1 deleted.").arg(endpoint)
                              : tr("Could not delete %1: %2")
                                    .arg(endpoint, QString::fromStdString(client::describe(r))));
                    });
            });
}

void ConsoleActions::createVersion()
{
    ClusterSession* session = m_window->currentSession();
    if (!session || session->focusEndpoint().isEmpty())
        return;
    const QString endpoint = session->focusEndpoint();
    auto* dialog = new widgets::VersionDialog(endpoint, m_window);
    prepareForm(dialog->form());
    connect(dialog, &widgets::SubmitDialog::submitRequested, dialog, [this, dialog, session, endpoint] {
        auto spec = dialog->spec();
        if (!spec)
            return dialog->fail(spec.error());
        const QString name = QString::fromStdString(spec->versionName);
        session->createVersion(endpoint, spec.value(), dialog,
                               [this, dialog, name, endpoint](const client::ApiResult<VersionInfo>& r) {
                                   if (!r)
                                       return dialog->fail(r.error());
                                   dialog->succeed();
                                   m_window->showStatus(tr("Version %1 of %2 created.").arg(name, endpoint));
                               });
    });
    DialogSeam::show(dialog);
}

void ConsoleActions::editVersion(const QString& version)
{
    ClusterSession* session = m_window->currentSession();
    if (!session || !session->focusedEndpoint() || version.isEmpty())
        return;
    const VersionInfo* info = session->focusedEndpoint()->findVersion(version.toStdString());
    if (!info)
        return;
    const QString endpoint = session->focusEndpoint();
    auto* dialog = new widgets::VersionDialog(endpoint, info->spec, m_window);
    connect(dialog, &widgets::SubmitDialog::submitRequested, dialog,
            [this, dialog, session, endpoint, version] {
                auto patch = dialog->patch();
                if (!patch)
                    return dialog->fail(patch.error());
                session->updateVersion(
                    endpoint, version, patch.value(), dialog,
                    [this, dialog, endpoint, version](const client::ApiResult<VersionInfo>& r) {
                        if (!r)
                            return dialog->fail(r.error());
                        dialog->succeed();
                        m_window->showStatus(tr("Version %1 of %2 saved.").arg(version, endpoint));
                    });
            });
    DialogSeam::show(dialog);
}

void ConsoleActions::deleteVersion(const QString& version)
{
    ClusterSession* session = m_window->currentSession();
    if (!session || version.isEmpty())
        return;
    const QString endpoint = session->focusEndpoint();
    int replicas = 0;
    int traffic = 0;
    if (session->focusedEndpoint()) {
        if (const auto* info = session->focusedEndpoint()->findVersion(version.toStdString())) {
            replicas = info->replicas.desired;
            traffic = info->effectiveTraffic;
        }
    }
    const QString text =
        tr("Delete version %1 of %2?\n\nIts %n replica(s) stop; the %3 % of traffic it serves "
           "goes to the default version.",
           nullptr, replicas)
            .arg(version, endpoint)
            .arg(traffic);
    confirm(
        QStringLiteral("confirmDeleteVersion"), tr("Delete version"), text, tr("Delete version"),
        [this, session = QPointer<ClusterSession>(session), endpoint, version] {
            if (!session)
                return;
            session->deleteVersion(
                endpoint, version, m_window, [this, version](const client::ApiResult<client::Nothing>& r) {
                    m_window->showStatus(r ? tr("Version %1 deleted.").arg(version)
                                           : tr("Could not delete %1: %2")
                                                 .arg(version, QString::fromStdString(r.error().message)));
                });
        });
}

void ConsoleActions::registerModel(widgets::VersionSpecForm* form)
{
    ClusterSession* session = m_window->currentSession();
    if (!session)
        return;
    QWidget* parent = form ? form->window() : m_window;
    auto* dialog = new QFileDialog(parent, tr("Register model file"));
    dialog->setObjectName(QStringLiteral("registerModelFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    QPointer<widgets::VersionSpecForm> target(form);
    connect(dialog, &QFileDialog::fileSelected, this, [this, session, target, parent](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_window->showStatus(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        // Registry names allow letters, digits, '.', '_' and '-': derive one from the file name.
        QString name = QFileInfo(path).completeBaseName();
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
        m_window->showStatus(tr("Registering %1…").arg(name), 0);
        session->registerModel(
            name, file.readAll(), parent, [this, target](const client::ApiResult<ModelInfo>& r) {
                if (!r) {
                    m_window->showStatus(tr("Could not register the model: %1")
                                             .arg(QString::fromStdString(client::describe(r))));
                    return;
                }
                const QString reference = QString::fromStdString(r->reference());
                m_window->showStatus(tr("Model %1 registered.").arg(reference));
                if (target)
                    target->findChild<QComboBox*>(QStringLiteral("model"))->setCurrentText(reference);
            });
    });
    DialogSeam::show(dialog);
}

void ConsoleActions::checkConnectivity()
{
    ClusterSession* session = m_window->currentSession();
    if (!session)
        return;
    auto* dialog = new widgets::ConnectivityDialog(session->profile(), m_window);
    DialogSeam::show(dialog);
    dialog->start();
}

void ConsoleActions::manageOperators()
{
    ClusterSession* session = m_window->currentSession();
    if (!session)
        return;
    DialogSeam::show(new widgets::OperatorsDialog(session, m_window));
}

void ConsoleActions::detachCluster()
{
    ClusterSession* session = m_window->currentSession();
    if (!session)
        return;
    const QString url = session->profile().url;
    m_window->clusters()->removeSession(m_window->clusters()->rowOf(session));
    emit detached(url);
}

} // namespace switchyard::app
