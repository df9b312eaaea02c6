// The JSON -> spec parsers of core, as the server runs them on a request body: JsonReader::parseObject,
// then VersionSpec, EndpointSpec, EndpointPatch, VersionPatch, TrafficRequest and InferenceConfig.
// Beyond "no crash": an accepted spec writes JSON that dumps, parses back to an accepted spec and writes
// the same JSON again; a refused one names a code and a message, in UTF-8 when the input was.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "EndpointSpec.h"
#include "FuzzCheck.h"
#include "InferenceConfig.h"
#include "JsonReader.h"
#include "Names.h"
#include "TrafficRequest.h"
#include "VersionPatch.h"
#include "VersionSpec.h"

using namespace switchyard;

namespace {

template <class T>
void roundTrip(const nlohmann::json& body, bool inputUtf8, const char* what)
{
    auto parsed = T::fromJson(body);
    if (!parsed) {
        fuzz::checkError(parsed.error(), inputUtf8, what);
        return;
    }
    const nlohmann::json written = parsed->toJson();
    const std::string text = fuzz::dumpStrict(written, what);
    const auto reread = nlohmann::json::parse(text, nullptr, false);
    fuzz::check(!reread.is_discarded(), std::string(what) + ": toJson() is not JSON: " + text);
    auto again = T::fromJson(reread);
    if (!again)
        fuzz::fail(std::string(what) + ": refuses its own toJson() (" + again.error().message + "): " + text);
    fuzz::check(again->toJson() == written, std::string(what) + ": toJson() changes on a second round: " +
                                                text + " then " + again->toJson().dump());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const bool utf8 = fuzz::validUtf8(text);
    auto body = JsonReader::parseObject(text);
    if (!body) {
        fuzz::checkError(body.error(), utf8, "parseObject");
        return 0;
    }
    roundTrip<VersionSpec>(*body, utf8, "VersionSpec");
    roundTrip<EndpointSpec>(*body, utf8, "EndpointSpec");
    roundTrip<EndpointPatch>(*body, utf8, "EndpointPatch");
    roundTrip<VersionPatch>(*body, utf8, "VersionPatch");
    roundTrip<TrafficRequest>(*body, utf8, "TrafficRequest");
    roundTrip<InferenceConfig>(*body, utf8, "InferenceConfig");

    // A patch that applies gives a spec that passes its own rules.
    if (auto patch = VersionPatch::fromJson(*body); patch) {
        VersionSpec base;
        base.versionName = "blue";
        base.model = "churn:1";
        if (auto patched = patch->applyTo(base); patched) {
            const auto valid = patched->validate();
            fuzz::check(valid.ok(), "VersionPatch::applyTo gave a spec that validate() refuses: " +
                                        (valid ? std::string() : valid.error().message));
            fuzz::check(VersionSpec::fromJson(patched->toJson()).ok(),
                        "VersionPatch::applyTo gave a spec whose JSON is refused");
        } else {
            fuzz::checkError(patched.error(), utf8, "VersionPatch::applyTo");
        }
    }

    // Names and model references as they come in paths and fields.
    for (const auto& [key, value] : body->items()) {
        if (!value.is_string())
            continue;
        const auto& s = value.get_ref<const std::string&>();
        if (auto ref = parseModelRef(s); ref) {
            auto again = parseModelRef(ref->toString());
            fuzz::check(again && *again == *ref, "ModelRef: toString() does not parse back to itself: " + s);
        } else {
            fuzz::checkError(ref.error(), true, "parseModelRef");
        }
        if (auto s1 = validateResourceName(s, key); !s1)
            fuzz::checkError(s1.error(), true, "validateResourceName");
        if (auto s2 = validateModelName(s, key); !s2)
            fuzz::checkError(s2.error(), true, "validateModelName");
    }
    return 0;
}
