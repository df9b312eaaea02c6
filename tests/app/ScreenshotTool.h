#pragma once

#include <QApplication>
#include <QString>
#include <QTranslator>

namespace switchyard::test {

// What the screenshot tools (console_screenshots, console_monitor_screenshot) share: an offscreen
// application with tokens in a file rather than a keychain, settings of its own organisation, its
// arguments `OUT [it|en] …`, and the console's translation of that language from this build.
class ScreenshotTool
{
public:
    ScreenshotTool(int& argc, char** argv, const char* organisation)
        // The environment is set before QApplication reads it (the comma keeps argc the reference it needs).
        : m_argc(argc), m_argv(argv), m_app((prepareEnvironment(), argc), argv)
    {
        QApplication::setOrganizationName(QLatin1String(organisation));
        if (m_translator.load(QStringLiteral(SWITCHYARD_BINARY_DIR "/app/switchyard_") + language() +
                              QStringLiteral(".qm")))
            QApplication::installTranslator(&m_translator);
    }

    // The i-th argument (1 is the output), or `fallback` when there is none.
    QString arg(int i, const QString& fallback) const
    {
        return m_argc > i ? QString::fromLocal8Bit(m_argv[i]) : fallback;
    }
    QString language() const { return arg(2, QStringLiteral("en")); }

private:
    static void prepareEnvironment()
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("SWITCHYARD_TOKEN_STORE", "file");
    }

    int m_argc;
    char** m_argv;
    QApplication m_app;
    QTranslator m_translator;
};

} // namespace switchyard::test
