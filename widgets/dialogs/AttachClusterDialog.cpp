#include "AttachClusterDialog.h"
#include "StateText.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace switchyard::widgets {

AttachClusterDialog::AttachClusterDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("attachClusterDialog"));
    setWindowTitle(tr("Attach cluster"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("optional; the cluster's own name is used otherwise"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("clusterUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8480"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("adminToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("the content of <data-dir>/admin-token"));
    auto* tokenFile = new QPushButton(tr("From file…"), this);
    tokenFile->setObjectName(QStringLiteral("adminTokenFromFile"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("only for a certificate your system does not trust"));
    auto* caBrowse = new QPushButton(tr("Browse…"), this);
    caBrowse->setObjectName(QStringLiteral("caFileBrowse"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("attachError"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(models::StateText::errorColor().name()));
    m_error->setWordWrap(true);
    m_storage = new QLabel(this);
    m_storage->setObjectName(QStringLiteral("tokenStorageNote"));
    m_storage->setWordWrap(true);
    m_storage->setVisible(false);

    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(tokenFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Admin token or operator credential:"), tokenRow);
    form->addRow(tr("CA file:"), caRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Attach"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    auto* check = m_buttons->addButton(tr("Check connectivity…"), QDialogButtonBox::ActionRole);
    check->setObjectName(QStringLiteral("checkConnectivityButton"));
    connect(check, &QPushButton::clicked, this, [this] { emit checkConnectivityRequested(profile()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_storage);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(tokenFile, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Admin token file"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                m_token->setText(QString::fromUtf8(file.readAll()).trimmed());
            else
                m_error->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        });
        dialog->open();
    });
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("CA certificate (PEM)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });
    for (auto* edit : {m_url, m_token, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &AttachClusterDialog::validate);
    resize(640, 260);
    validate();
}

models::ClusterProfile AttachClusterDialog::profile() const
{
    models::ClusterProfile p;
    p.name = m_name->text().trimmed();
    p.url = m_url->text().trimmed();
    while (p.url.endsWith(QLatin1Char('/')))
        p.url.chop(1);
    p.adminToken = m_token->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    return p;
}

void AttachClusterDialog::setProfile(const models::ClusterProfile& profile)
{
    m_name->setText(profile.name);
    m_url->setText(profile.url);
    m_token->setText(profile.adminToken);
    m_caFile->setText(profile.caFile);
}

void AttachClusterDialog::setStorageNote(const QString& note)
{
    m_storage->setText(note);
    m_storage->setVisible(!note.isEmpty());
}

void AttachClusterDialog::validate()
{
    const QUrl url(m_url->text().trimmed());
    QString error;
    if (m_url->text().trimmed().isEmpty())
        error = tr("Enter the cluster's URL, e.g. http://127.0.0.1:8480.");
    else if (!url.isValid() ||
             (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
             url.host().isEmpty())
        error = tr("The URL must start with http:// or https:// and name a host.");
    else if (m_token->text().trimmed().isEmpty())
        error = tr("Enter the admin token (the server writes it to <data-dir>/admin-token) or an operator "
                   "credential.");
    else if (!m_caFile->text().trimmed().isEmpty() && !QFile::exists(m_caFile->text().trimmed()))
        error = tr("The CA file does not exist.");
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace switchyard::widgets
