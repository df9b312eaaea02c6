#include "TokenStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace switchyard::app {
namespace {
const QString kService = QStringLiteral("switchyard");
}

TokenStore::TokenStore(QObject* parent) : QObject(parent) {}

bool TokenStore::keychainDisabled()
{
    return qEnvironmentVariable("SWITCHYARD_TOKEN_STORE") == QLatin1String("file");
}

QString TokenStore::fallbackPath(const QString& profile)
{
    // The profile name may hold any character; a hash makes a safe file name.
    const auto hash = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokens/") +
           QString::fromLatin1(hash) + QStringLiteral(".token");
}

QString TokenStore::fallbackWarning(const QString& path)
{
    return tr("No keychain service is running: the admin token is kept in %1, readable only by you.")
        .arg(path);
}

QString TokenStore::readFile(const QString& profile)
{
    QFile file(fallbackPath(profile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString TokenStore::writeFile(const QString& profile, const QString& token)
{
    const QString path = fallbackPath(profile);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    // Restrict before writing, so the secret is never readable by others even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("The admin token could not be saved (%1); you will be asked for it again.")
            .arg(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8());
    return fallbackWarning(path);
}

void TokenStore::read(const QString& profile, QObject* context, ReadDone done)
{
    if (keychainDisabled()) {
        const QString path = fallbackPath(profile);
        done(readFile(profile), fallbackWarning(path));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(profile);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [guard, profile, done = std::move(done)](QKeychain::Job* j) {
                if (!guard)
                    return;
                auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
                if (j->error() == QKeychain::NoError)
                    done(read->textData(), QString());
                else
                    done(readFile(profile), fallbackWarning(fallbackPath(profile)));
            });
    job->start();
}

void TokenStore::write(const QString& profile, const QString& token, QObject* context, WriteDone done)
{
    if (keychainDisabled()) {
        done(writeFile(profile, token));
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(profile);
    job->setTextData(token);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [guard, profile, token, done = std::move(done)](QKeychain::Job* j) {
                const QString warning =
                    j->error() == QKeychain::NoError ? QString() : writeFile(profile, token);
                if (guard)
                    done(warning);
            });
    job->start();
}

void TokenStore::remove(const QString& profile)
{
    QFile::remove(fallbackPath(profile));
    if (keychainDisabled())
        return;
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(profile);
    job->start();
}

} // namespace switchyard::app
