#include "Verb.h"

namespace switchyard::cli {

std::string knownVerbs(const std::vector<Verb>& verbs, const std::string& group)
{
    std::string known;
    for (const auto& v : verbs) {
        if (v.group == group)
            known += (known.empty() ? "" : ", ") + v.name;
    }
    return known;
}

} // namespace switchyard::cli
