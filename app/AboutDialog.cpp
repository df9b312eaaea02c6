#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ClusterSession.h"

namespace switchyard::app {

namespace {

struct Library
{
    const char* name;
    const char* licence;
};

// What the console and its packages link or bundle (installer/ names the same in the packages' copyright).
constexpr Library kLibraries[] = {
    {"Qt 6", "GNU LGPL v3"},
    {"QtKeychain", "BSD-3-Clause"},
    {"libcurl", "curl licence (MIT/X derivative)"},
    {"nlohmann/json", "MIT"},
    {"OpenSSL", "Apache-2.0"},
    {"SQLite", "Public domain"},
    {"Boost", "BSL-1.0"},
    {"yaml-cpp", "MIT"},
    {"CLI11", "BSD-3-Clause"},
};

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Switchyard"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/switchyard.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("<b>Switchyard</b> %1").arg(QStringLiteral(SWITCHYARD_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutConsoleVersion"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* blurb = new QLabel(tr("The console of Switchyard: endpoints, versions, traffic and keys of your "
                                "clusters."),
                             this);
    blurb->setWordWrap(true);
    m_serverVersion = new QLabel(this);
    m_serverVersion->setObjectName(QStringLiteral("aboutServerVersion"));
    m_serverVersion->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QString rows;
    for (const auto& library : kLibraries)
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(QLatin1String(library.name), QLatin1String(library.licence));
    auto* licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("aboutLicences"));
    licences->setHtml(tr("<p>Switchyard ships with these libraries, under their own licences:</p>") +
                      QStringLiteral("<table>") + rows + QStringLiteral("</table>"));

    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    auto* words = new QVBoxLayout;
    words->addWidget(title);
    words->addWidget(blurb);
    words->addWidget(m_serverVersion);
    header->addLayout(words, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(480, 420);
    updateServerVersion();
}

void AboutDialog::setSession(models::ClusterSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session)
        connect(session, &models::ClusterSession::clusterChanged, this, &AboutDialog::updateServerVersion);
    updateServerVersion();
}

QString AboutDialog::consoleVersionText() const
{
    return findChild<QLabel*>(QStringLiteral("aboutConsoleVersion"))->text();
}

QString AboutDialog::serverVersionText() const
{
    return m_serverVersion->text();
}

void AboutDialog::updateServerVersion()
{
    if (!m_session) {
        m_serverVersion->setText(tr("No cluster selected."));
        return;
    }
    const auto& cluster = m_session->cluster();
    if (!cluster || cluster->serverVersion.empty()) {
        m_serverVersion->setText(tr("Server of %1: version not known yet.").arg(m_session->displayName()));
        return;
    }
    m_serverVersion->setText(
        tr("Server of %1: switchyard-server %2")
            .arg(m_session->displayName(), QString::fromStdString(cluster->serverVersion)));
}

} // namespace switchyard::app
