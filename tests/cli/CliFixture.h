#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include "ServerProcess.h"
#include "TestPaths.h"

namespace switchyard::test {

// switchyard-cli end to end: the real switchyard-server (ServerProcess), a folder for the files the
// commands read, and the CLI run as a process with the server's address and a credential file. What
// the CLI tests start from.
class CliFixture
{
public:
    struct Run
    {
        int exitCode = -1; // -1: it did not finish in time
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    // `credentialFlag` names the admin token's file on every run: --token-file, or its older name
    // --admin-token-file.
    explicit CliFixture(QString credentialFlag = QStringLiteral("--token-file"))
        : m_credentialFlag(std::move(credentialFlag))
    {}

    // False, with the reason in `why`, when the server did not come up.
    bool start(QString* why)
    {
        if (!m_files.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        if (!m_server.start()) {
            *why = m_server.errorString();
            return false;
        }
        m_adminFile = writeFile(QStringLiteral("admin-token"), m_server.adminToken().toUtf8());
        return true;
    }
    void stop() { m_server.stop(); }

    // The global options before a verb: the server and `credentialFile` (the admin token's when empty).
    QStringList globals(const QString& credentialFile = {}) const
    {
        return {QStringLiteral("--server"), m_server.url().toString(), m_credentialFlag,
                credentialFile.isEmpty() ? m_adminFile : credentialFile};
    }

    // Runs switchyard-cli with globals(credentialFile) and `args` to its end (killed after `timeoutMs`).
    Run cli(const QStringList& args, const QString& credentialFile = {}, int timeoutMs = 60000) const
    {
        QProcess p;
        p.start(cliBinary(), globals(credentialFile) + args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A file in the fixture's folder with exactly `content`; its path.
    QString writeFile(const QString& name, const QByteArray& content) const
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }
    QString filePath(const QString& name) const { return m_files.filePath(name); }

    static QString cliBinary() { return binaryPath(QStringLiteral("app/cli/switchyard-cli")); }
    ServerProcess& server() { return m_server; }

private:
    QString m_credentialFlag;
    ServerProcess m_server;
    QTemporaryDir m_files;
    QString m_adminFile;
};

} // namespace switchyard::test

// The run ended with exit code 0; else fails, showing what the CLI wrote.
#define CLI_OK(run) QVERIFY2((run).exitCode == 0, qPrintable((run).err + (run).out))
