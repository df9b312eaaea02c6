#include "SelfSignedCertificate.h"

#include <QProcess>
#include <QStringList>

namespace switchyard::test {

bool makeSelfSignedCertificate(const QString& keyPath, const QString& certPath)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                   "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", keyPath, "-out",
                   certPath});
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

} // namespace switchyard::test
