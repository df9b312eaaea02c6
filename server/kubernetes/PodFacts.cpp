#include "PodFacts.h"

#include <array>
#include <string_view>

#include <nlohmann/json.hpp>

#include "JsonField.h"

#include "KubernetesNames.h"

namespace switchyard {
namespace {

using nlohmann::json;

// Waiting reasons that mean the container will not start without someone changing something.
bool isStuck(std::string_view reason)
{
    static constexpr std::array<std::string_view, 7> stuck{
        "CrashLoopBackOff",           "ImagePullBackOff",     "ErrImagePull",     "InvalidImageName",
        "CreateContainerConfigError", "CreateContainerError", "RunContainerError"};
    for (const auto s : stuck)
        if (reason == s)
            return true;
    return false;
}

std::string containerProblem(const json& status)
{
    const json& statuses = JsonField::member(status, "containerStatuses");
    if (!statuses.is_array())
        return {};
    for (const auto& container : statuses) {
        const json& waiting = JsonField::member(JsonField::member(container, "state"), "waiting");
        const std::string reason = JsonField::text(waiting, "reason");
        if (!isStuck(reason))
            continue;
        std::string problem = reason;
        if (const auto message = JsonField::text(waiting, "message"); !message.empty())
            problem += ": " + message;
        // A crash loop says little by itself; the last exit says why.
        const json& last = JsonField::member(JsonField::member(container, "lastState"), "terminated");
        if (last.is_object()) {
            problem += " (last exit";
            if (const auto code = JsonField::member(last, "exitCode"); code.is_number_integer())
                problem += " code " + std::to_string(code.get<long long>());
            if (const auto why = JsonField::text(last, "reason"); !why.empty())
                problem += ", " + why;
            problem += ")";
        }
        return problem;
    }
    return {};
}

} // namespace

std::optional<PodFacts> PodFacts::read(const json& pod)
{
    const json& metadata = JsonField::member(pod, "metadata");
    const json& annotations = JsonField::member(metadata, "annotations");
    PodFacts facts;
    facts.name = JsonField::text(metadata, "name");
    facts.endpoint = JsonField::text(annotations, KubernetesNames::kEndpointNameAnnotation);
    facts.version = JsonField::text(annotations, KubernetesNames::kVersionNameAnnotation);
    if (facts.name.empty() || facts.endpoint.empty() || facts.version.empty())
        return std::nullopt;
    facts.terminating = JsonField::member(metadata, "deletionTimestamp").is_string();
    const json& status = JsonField::member(pod, "status");
    facts.ip = JsonField::text(status, "podIP");
    const json& conditions = JsonField::member(status, "conditions");
    if (conditions.is_array())
        for (const auto& condition : conditions)
            if (JsonField::text(condition, "type") == "Ready")
                facts.ready = JsonField::text(condition, "status") == "True";
    const std::string phase = JsonField::text(status, "phase");
    if (phase == "Failed" || phase == "Succeeded") {
        facts.ready = false;
        facts.problem = "the pod " + (phase == "Failed" ? std::string("failed") : std::string("exited"));
        if (const auto reason = JsonField::text(status, "reason"); !reason.empty())
            facts.problem +=
                " (" + reason +
                (JsonField::text(status, "message").empty() ? ""
                                                            : ": " + JsonField::text(status, "message")) +
                ")";
    } else {
        facts.problem = containerProblem(status);
    }
    return facts;
}

} // namespace switchyard
