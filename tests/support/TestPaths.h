#pragma once

#include <QString>

namespace switchyard::test {

// Where the build put a program of ours, e.g. binaryPath("server/switchyard-server").
inline QString binaryPath(const QString& relative)
{
    return QStringLiteral(SWITCHYARD_BINARY_DIR "/") + relative;
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(SWITCHYARD_SOURCE_DIR "/") + relative;
}

} // namespace switchyard::test
