#include "EventDescription.h"

#include "EventKindText.h"
#include "ScaleReasonText.h"
#include "StateText.h"
#include "api/HealthState.h"

namespace switchyard::widgets {

namespace {
QString text(const nlohmann::json& detail, const char* key)
{
    if (!detail.is_object() || !detail.contains(key))
        return {};
    const auto& v = detail.at(key);
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (v.is_null())
        return {};
    return QString::fromStdString(v.dump());
}
} // namespace

QString EventDescription::actor(const EventRecord& event)
{
    // Servers with operators name who caused each event; older ones say nothing, and the kind tells.
    if (!event.operatorName.empty())
        return QString::fromStdString(event.operatorName);
    if (event.causedBy == "autoscaler")
        return tr("The autoscaler");
    if (event.causedBy == "health" || event.causedBy == "server")
        return tr("The cluster");
    if (event.kind == "ScaledUp" || event.kind == "ScaledDown")
        return tr("The autoscaler");
    if (event.kind == "StateChanged")
        return tr("The cluster");
    return tr("An operator");
}

QString EventDescription::splitText(const nlohmann::json& split)
{
    if (!split.is_object())
        return {};
    QStringList parts;
    for (auto it = split.begin(); it != split.end(); ++it)
        if (it.value().is_number_integer())
            parts << tr("%1 %2 %").arg(QString::fromStdString(it.key())).arg(it.value().get<int>());
    return parts.join(QStringLiteral(", "));
}

QString EventDescription::describe(const EventRecord& e)
{
    const QString who = actor(e);
    const QString ep = QString::fromStdString(e.endpoint);
    const QString v = QString::fromStdString(e.version);
    const auto& d = e.detail;
    if (e.kind == "TrafficChanged") {
        const QString from = splitText(d.value("from", nlohmann::json()));
        const QString to = splitText(d.value("to", nlohmann::json()));
        return from.isEmpty() ? tr("%1 changed the split to %2.").arg(who, to)
                              : tr("%1 changed the split from %2 to %3.").arg(who, from, to);
    }
    if (e.kind == "DefaultChanged")
        return tr("%1 made %2 the default (was %3).").arg(who, text(d, "to"), text(d, "from"));
    if (e.kind == "ControlChanged") {
        const QString to = text(d, "to");
        const QString from = text(d, "from");
        if (to.isEmpty())
            return tr("%1 made the control %2 a treatment; there is no control now.").arg(who, from);
        return from.isEmpty() ? tr("%1 made %2 the control.").arg(who, to)
                              : tr("%1 made %2 the control (was %3).").arg(who, to, from);
    }
    // The kinds told without their detail, in the words of models/EventKindText's table.
    if (const QString sentence = models::EventKindText::sentence(e.kind, who, ep, v); !sentence.isEmpty())
        return sentence;
    if (e.kind == "KeyRegenerated")
        return tr("%1 regenerated the %2 key.").arg(who, text(d, "key_type").toLower());
    if (e.kind == "ScaledUp" || e.kind == "ScaledDown") {
        const QString reason = models::ScaleReasonText::localized(text(d, "reason"));
        const QString base =
            e.kind == "ScaledUp"
                ? tr("%1 scaled %2 up from %3 to %4 replicas").arg(who, v, text(d, "from"), text(d, "to"))
                : tr("%1 scaled %2 down from %3 to %4 replicas").arg(who, v, text(d, "from"), text(d, "to"));
        return reason.isEmpty() ? base + QLatin1Char('.') : tr("%1: %2.").arg(base, reason);
    }
    if (e.kind == "StateChanged") {
        const QString to = text(d, "to").isEmpty() ? text(d, "state") : text(d, "to");
        // The state in the reader's language when it is one the console knows.
        const auto state = healthStateFromString(to.toStdString());
        return tr("%1 is now %2.")
            .arg(v.isEmpty() ? ep : v, state == HealthState::Unknown ? to : models::StateText::health(state));
    }
    return tr("%1: %2").arg(QString::fromStdString(e.kind), QString::fromStdString(d.dump()));
}

std::optional<TrafficRequest> EventDescription::restoreRequest(const EventRecord& event)
{
    if (event.kind != "TrafficChanged" || !event.detail.is_object() || !event.detail.contains("to"))
        return std::nullopt;
    const auto& to = event.detail.at("to");
    if (!to.is_object() || to.empty())
        return std::nullopt;
    TrafficRequest request;
    for (auto it = to.begin(); it != to.end(); ++it) {
        if (!it.value().is_number_integer())
            return std::nullopt;
        request.traffic[it.key()] = it.value().get<int>();
    }
    return request;
}

} // namespace switchyard::widgets
