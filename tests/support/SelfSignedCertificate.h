#pragma once

#include <QString>

namespace switchyard::test {

// A fresh self-signed certificate (RSA 2048, one day) for 127.0.0.1 and localhost, written as PEM to
// `keyPath` and `certPath` by the openssl command; false when openssl failed.
bool makeSelfSignedCertificate(const QString& keyPath, const QString& certPath);

} // namespace switchyard::test
