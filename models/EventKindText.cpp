#include "EventKindText.h"

namespace switchyard::models {
namespace {

// What a sentence's %2 names.
enum class Subject
{
    None,
    Endpoint,
    Version,
};

struct KindWords
{
    const char* kind;
    const char* what;     // %1: the version; null where no change of that kind is named alone
    const char* sentence; // %1: who, %2: the subject; null where the sentence needs the detail
    Subject subject;
};

// Translated in the context "EventKindText" (translations/switchyard_it.ts).
constexpr KindWords kWords[] = {
    {"TrafficChanged", QT_TRANSLATE_NOOP("EventKindText", "Split changed"), nullptr, Subject::None},
    {"DefaultChanged", QT_TRANSLATE_NOOP("EventKindText", "Default version changed"), nullptr, Subject::None},
    {"ControlChanged", QT_TRANSLATE_NOOP("EventKindText", "Control version changed"), nullptr, Subject::None},
    {"EndpointCreated", QT_TRANSLATE_NOOP("EventKindText", "Endpoint created"),
     QT_TRANSLATE_NOOP("EventKindText", "%1 created the endpoint %2."), Subject::Endpoint},
    {"EndpointUpdated", QT_TRANSLATE_NOOP("EventKindText", "Endpoint settings changed"), nullptr,
     Subject::None},
    {"EndpointDeleted", nullptr, QT_TRANSLATE_NOOP("EventKindText", "%1 deleted the endpoint %2."),
     Subject::Endpoint},
    {"VersionCreated", QT_TRANSLATE_NOOP("EventKindText", "Version %1 created"),
     QT_TRANSLATE_NOOP("EventKindText", "%1 created the version %2."), Subject::Version},
    {"VersionUpdated", QT_TRANSLATE_NOOP("EventKindText", "Version %1 changed"),
     QT_TRANSLATE_NOOP("EventKindText", "%1 changed the version %2."), Subject::Version},
    {"VersionDeleted", QT_TRANSLATE_NOOP("EventKindText", "Version %1 deleted"),
     QT_TRANSLATE_NOOP("EventKindText", "%1 deleted the version %2."), Subject::Version},
    {"KeyRegenerated", QT_TRANSLATE_NOOP("EventKindText", "Key regenerated"), nullptr, Subject::None},
    {"TokensRevoked", QT_TRANSLATE_NOOP("EventKindText", "Tokens revoked"), nullptr, Subject::None},
};

const KindWords* wordsOf(const std::string& kind)
{
    for (const auto& words : kWords)
        if (kind == words.kind)
            return &words;
    return nullptr;
}

} // namespace

QString EventKindText::what(const std::string& kind, const QString& version)
{
    const KindWords* words = wordsOf(kind);
    if (!words || !words->what)
        return QString::fromStdString(kind);
    const QString text = tr(words->what);
    return text.contains(QLatin1String("%1")) ? text.arg(version) : text;
}

QString EventKindText::sentence(const std::string& kind, const QString& who, const QString& endpoint,
                                const QString& version)
{
    const KindWords* words = wordsOf(kind);
    if (!words || !words->sentence)
        return {};
    return tr(words->sentence).arg(who, words->subject == Subject::Version ? version : endpoint);
}

} // namespace switchyard::models
