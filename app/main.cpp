#include <cstdio>
#include <memory>
#include <string_view>

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "ConsoleApp.h"
#include "ConsoleOptions.h"
#include "StartupProbe.h"

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Switchyard"));
    QCoreApplication::setApplicationName(QStringLiteral("switchyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));
}

// Qt's own strings and the console's, in `locale`.
void installTranslators(const QLocale& locale, QTranslator& qt, QTranslator& own)
{
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (own.load(locale, QStringLiteral("switchyard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&own);
}

// --help and --version are answered without a GUI: they work without a display (over ssh, in a
// package's build, for help2man).
bool asksOnlyForText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QTranslator qtTranslator;
        QTranslator translator;
        installTranslators(QLocale(), qtTranslator, translator);
        // Prints the help or the version and exits, unless the word was an option's value
        // (--admin-token-file -v): then the options are checked here and the console starts below.
        const auto options = switchyard::app::ConsoleOptions::parse(QCoreApplication::arguments());
        if (!options.error.isEmpty()) {
            std::fprintf(stderr, "switchyard: %s\n", qPrintable(options.error));
            return 2;
        }
    }
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Switchyard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/switchyard.svg")));

    auto options = switchyard::app::ConsoleOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "switchyard: %s\n", qPrintable(options.error));
        return 2;
    }
    const QLocale locale = options.language.isEmpty() ? QLocale() : QLocale(options.language);
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslators(locale, qtTranslator, translator);

    switchyard::app::ConsoleApp console(options);
    console.start();
    std::unique_ptr<switchyard::app::StartupProbe> probe;
    if (options.measureStartup > 0)
        probe = std::make_unique<switchyard::app::StartupProbe>(console.window(), options.measureStartup,
                                                                sinceMain);
    return QApplication::exec();
}
