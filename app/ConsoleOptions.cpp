#include "ConsoleOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace switchyard::app {

ConsoleOptions ConsoleOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ConsoleOptions", "Switchyard console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connect(
        QStringLiteral("connect"),
        QCoreApplication::translate("ConsoleOptions", "Attach the cluster at URL."), QStringLiteral("URL"));
    const QCommandLineOption tokenFile(
        QStringLiteral("admin-token-file"),
        QCoreApplication::translate("ConsoleOptions", "Read the admin token from FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("ConsoleOptions", "Trust the CA certificate in FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption local(
        QStringLiteral("local"),
        QCoreApplication::translate("ConsoleOptions", "Start a local demo cluster and attach it."));
    const QCommandLineOption keep(
        QStringLiteral("keep-local"),
        QCoreApplication::translate("ConsoleOptions", "Keep the local cluster running after exit."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("ConsoleOptions", "User interface language: it or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("ConsoleOptions",
                                    "Print start-up time and memory once N endpoints show, then quit."),
        QStringLiteral("N"));
    parser.addOptions({connect, tokenFile, caFile, local, keep, lang, measure});
    parser.process(arguments);

    ConsoleOptions options;
    options.connectUrl = parser.value(connect);
    options.adminTokenFile = parser.value(tokenFile);
    options.caFile = parser.value(caFile);
    options.local = parser.isSet(local);
    options.keepLocal = parser.isSet(keep);
    options.language = parser.value(lang);
    if (parser.isSet(measure)) {
        bool ok = false;
        options.measureStartup = parser.value(measure).toInt(&ok);
        if (!ok || options.measureStartup < 1)
            options.error =
                QCoreApplication::translate("ConsoleOptions", "--measure-startup takes a number.");
    }
    if (!options.language.isEmpty() && options.language != QLatin1String("it") &&
        options.language != QLatin1String("en"))
        options.error = QCoreApplication::translate("ConsoleOptions", "--lang takes 'it' or 'en'.");
    if (!options.connectUrl.isEmpty() && options.adminTokenFile.isEmpty())
        options.error = QCoreApplication::translate("ConsoleOptions", "--connect needs --admin-token-file.");
    return options;
}

} // namespace switchyard::app
