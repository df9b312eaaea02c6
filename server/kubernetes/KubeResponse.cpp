#include "KubeResponse.h"

namespace switchyard {

nlohmann::json KubeResponse::json() const
{
    return nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
}

std::string KubeResponse::message() const
{
    if (!error.empty())
        return error;
    if (status >= 200 && status < 300)
        return {};
    const nlohmann::json parsed = json();
    if (parsed.is_object()) {
        const auto found = parsed.find("message");
        if (found != parsed.end() && found->is_string() && !found->get_ref<const std::string&>().empty())
            return found->get<std::string>();
    }
    // Not a Status (a proxy's HTML page, say): a bounded excerpt is enough to recognise it.
    constexpr std::size_t kExcerpt = 200;
    std::string text = "HTTP " + std::to_string(status);
    if (!body.empty())
        text += ": " + body.substr(0, kExcerpt) + (body.size() > kExcerpt ? "…" : "");
    return text;
}

} // namespace switchyard
