#pragma once

#include <QString>
#include <QStringList>

namespace switchyard::app {

// The console's command line: --connect URL --admin-token-file F [--ca-file F], --local [--keep-local],
// --lang it|en, --measure-startup N (bench/).
struct ConsoleOptions
{
    QString connectUrl;
    QString adminTokenFile;
    QString caFile;
    bool local = false;
    bool keepLocal = false;
    QString language;       // empty: the system's
    int measureStartup = 0; // --measure-startup N: report start-up time and memory once N endpoints show
    QString error;          // set when the command line is wrong

    static ConsoleOptions parse(const QStringList& arguments);
};

} // namespace switchyard::app
