#include "PodFacts.h"

#include <array>
#include <cstdio>
#include <ctime>
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

int restartCount(const json& status)
{
    int restarts = 0;
    const json& statuses = JsonField::member(status, "containerStatuses");
    if (statuses.is_array())
        for (const auto& container : statuses)
            if (const auto& count = JsonField::member(container, "restartCount");
                count.is_number_integer() && count.get<long long>() > 0 && count.get<long long>() < 1000000)
                restarts += static_cast<int>(count.get<long long>());
    return restarts;
}

// "2026-12-01T04:30:00Z" (what the API server writes; fractions and offsets are tolerated) as unix
// milliseconds; 0 when it is not such a time.
std::int64_t unixMillis(const std::string& text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, used = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &year, &month, &day, &hour, &minute, &second,
                    &used) != 6 ||
        year < 1970 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 60)
        return 0;
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    std::int64_t millis = static_cast<std::int64_t>(timegm(&tm)) * 1000;
    std::string_view rest = std::string_view(text).substr(static_cast<size_t>(used));
    if (!rest.empty() && rest.front() == '.') {
        std::int64_t scale = 100;
        for (rest.remove_prefix(1); !rest.empty() && rest.front() >= '0' && rest.front() <= '9';
             rest.remove_prefix(1), scale /= 10)
            millis += (rest.front() - '0') * scale;
    }
    if (rest.size() >= 6 && (rest.front() == '+' || rest.front() == '-')) {
        const int hours = (rest[1] - '0') * 10 + (rest[2] - '0');
        const int minutes = (rest[4] - '0') * 10 + (rest[5] - '0');
        const std::int64_t offset = (hours * 60 + minutes) * 60000LL;
        millis += rest.front() == '+' ? -offset : offset;
    }
    return millis;
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
    facts.restarts = restartCount(status);
    facts.startedAtUnixMs = unixMillis(JsonField::text(status, "startTime"));
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
