#pragma once

#include <QCoreApplication>
#include <QString>

#include "Error.h"

namespace switchyard::models {

// What the console says when it cannot use a cluster: a sentence an operator can act on ("… does not
// accept connections: is switchyard-server running?"), chosen by the kind of failure, never libcurl's own
// words; those stay available as the detail (client::describe) one click away.
class ConnectionErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionErrorText)

public:
    // For an error of a call to the cluster at `url` (the profile's URL).
    static QString sentence(const Error& error, int httpStatus, const QString& url);
    // For a cluster whose calls have been waiting `seconds` without an answer.
    static QString notResponding(const QString& url, int seconds);
    // "127.0.0.1:18486": where the cluster is, as an operator would type it.
    static QString where(const QString& url);
};

} // namespace switchyard::models
