#include <cstdio>
#include <memory>

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "ConsoleApp.h"
#include "ConsoleOptions.h"
#include "StartupProbe.h"

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Switchyard"));
    QApplication::setApplicationName(QStringLiteral("switchyard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchyard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));

    auto options = switchyard::app::ConsoleOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "switchyard: %s\n", qPrintable(options.error));
        return 2;
    }
    const QLocale locale = options.language.isEmpty() ? QLocale() : QLocale(options.language);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("switchyard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    switchyard::app::ConsoleApp console(options);
    console.start();
    std::unique_ptr<switchyard::app::StartupProbe> probe;
    if (options.measureStartup > 0)
        probe = std::make_unique<switchyard::app::StartupProbe>(console.window(), options.measureStartup,
                                                                sinceMain);
    return QApplication::exec();
}
