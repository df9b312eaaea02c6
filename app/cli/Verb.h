#pragma once

#include <functional>
#include <string>
#include <vector>

namespace switchyard::cli {

class CliContext;

// One "group verb" of switchyard-cli, with the text its --help prints.
struct Verb
{
    std::string group; // "endpoint"
    std::string name;  // "create"; empty for single-word commands ("logs", "score")
    std::string synopsis;
    std::string description;
    std::vector<std::pair<std::string, std::string>> flags; // "--tail N", "what it does"
    std::function<int(CliContext&)> run;
};

// The verbs of `group`, "a, b, c", for error messages.
std::string knownVerbs(const std::vector<Verb>& verbs, const std::string& group);

// Each file registers its verb group.
void addClusterVerbs(std::vector<Verb>& verbs);
void addModelVerbs(std::vector<Verb>& verbs);
void addEndpointVerbs(std::vector<Verb>& verbs);
void addVersionVerbs(std::vector<Verb>& verbs);
void addTrafficVerbs(std::vector<Verb>& verbs);
void addKeyVerbs(std::vector<Verb>& verbs);
void addLogVerbs(std::vector<Verb>& verbs);
void addEventVerbs(std::vector<Verb>& verbs);
void addScoreVerbs(std::vector<Verb>& verbs);
void addLoadVerbs(std::vector<Verb>& verbs);
void addOperatorVerbs(std::vector<Verb>& verbs);

} // namespace switchyard::cli
