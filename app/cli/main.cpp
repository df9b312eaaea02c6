// switchyard-cli: the operator's command line for a Switchyard cluster (scripts and demos).
#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "CliContext.h"
#include "CliParser.h"
#include "Verb.h"

using namespace switchyard;
using namespace switchyard::cli;

namespace {

const char* kGlobalHelp = R"(Global options:
  --server URL             the cluster (default $SWITCHYARD_SERVER or http://127.0.0.1:8480)
  --admin-token-file PATH  the admin token (default $SWITCHYARD_ADMIN_TOKEN_FILE)
  --token-file PATH        an operator credential (from operator create) instead of the
                           admin token
  --ca-file PATH           trust this CA certificate for https:// (verification is always on
                           unless --insecure)
  --insecure               do not verify the server's TLS certificate (testing only)
  --output table|json      tables for people (default) or JSON for scripts
  --help                   help for any command: switchyard-cli endpoint create --help

Exit codes:
  0  success
  1  the server answered with an error (the message is printed on stderr)
  2  usage error: bad arguments, options or input files
  3  connection failure: no answer (refused, TLS failure, timeout)
)";

std::string title(const Verb& v)
{
    return v.name.empty() ? v.group : v.group + " " + v.name;
}

// The first sentence of a command's description, on one line: what the overview shows of it.
std::string summary(const std::string& description)
{
    std::string text = description;
    std::replace(text.begin(), text.end(), '\n', ' ');
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        if (text[i] == '.' && depth == 0 && (i + 1 == text.size() || text[i + 1] == ' '))
            return text.substr(0, i + 1);
    }
    return text;
}

// Words of `text` on lines of at most `width` characters, every line after the first indented by `indent`.
std::string wrap(const std::string& text, std::size_t indent, std::size_t width)
{
    std::string out;
    std::size_t column = indent;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find(' ', start), text.size());
        const std::string word = text.substr(start, end - start);
        if (column > indent && column + 1 + word.size() > width) {
            out += '\n' + std::string(indent, ' ');
            column = indent;
        } else if (column > indent) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        start = end + 1;
    }
    return out;
}

void printOverview(const std::vector<Verb>& verbs)
{
    std::cout
        << "usage: switchyard-cli [global options] COMMAND [arguments]\n\n"
           "Steer a Switchyard cluster: endpoints, versions, traffic, keys, logs, scoring.\n\nCommands:\n";
    // Titles and summaries in two columns at least two spaces apart (the bash completion reads them so).
    std::size_t column = 20;
    for (const auto& v : verbs)
        column = std::max(column, 2 + title(v).size() + 2);
    for (const auto& v : verbs) {
        std::string line = "  " + title(v);
        line += std::string(column - line.size(), ' ');
        std::cout << line << wrap(summary(v.description), column, 100) << '\n';
    }
    std::cout << '\n' << kGlobalHelp;
}

void printVerbHelp(const Verb& v)
{
    std::cout << "usage: switchyard-cli " << v.synopsis << "\n\n" << v.description << "\n";
    if (!v.flags.empty()) {
        std::cout << "\nOptions:\n";
        for (const auto& [flag, what] : v.flags) {
            std::string line = "  " + flag;
            line += std::string(line.size() < 40 ? 40 - line.size() : 1, ' ');
            std::cout << line << what << '\n';
        }
    }
    std::cout << '\n' << kGlobalHelp;
}

std::string trim(std::string text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<Verb> verbs;
    addClusterVerbs(verbs);
    addModelVerbs(verbs);
    addEndpointVerbs(verbs);
    addVersionVerbs(verbs);
    addTrafficVerbs(verbs);
    addKeyVerbs(verbs);
    addLogVerbs(verbs);
    addEventVerbs(verbs);
    addScoreVerbs(verbs);
    addLoadVerbs(verbs);
    addOperatorVerbs(verbs);

    auto parsed = CliParser::parse(argc, argv, verbs);
    if (!parsed) {
        std::cerr << "usage error: " << parsed.error().message << std::endl;
        return ExitUsage;
    }
    CommandLine line = std::move(parsed).value();
    if (line.group.empty()) {
        if (!line.help) {
            std::cerr << "usage error: no command given; see switchyard-cli --help" << std::endl;
            return ExitUsage;
        }
        printOverview(verbs);
        return ExitOk;
    }
    if (!line.verb) {
        std::cout << "usage: switchyard-cli " << line.group << " {" << knownVerbs(verbs, line.group)
                  << "} …\n"
                  << "Run with a verb and --help for details.\n";
        return ExitOk;
    }
    const Verb* verb = line.verb;
    if (line.help) {
        printVerbHelp(*verb);
        return ExitOk;
    }
    CliArgs args = std::move(line.args);
    client::ClientOptions options;
    const char* envServer = std::getenv("SWITCHYARD_SERVER");
    options.baseUrl =
        args.take("server").value_or(envServer && *envServer ? envServer : "http://127.0.0.1:8480");
    const char* envToken = std::getenv("SWITCHYARD_ADMIN_TOKEN_FILE");
    auto tokenFile = args.take("token-file");
    if (auto adminFile = args.take("admin-token-file"); adminFile && !tokenFile)
        tokenFile = adminFile;
    if (!tokenFile && envToken && *envToken)
        tokenFile = envToken;
    if (tokenFile) {
        auto token = CliContext::readFile(*tokenFile);
        if (!token) {
            std::cerr << "usage error: cannot read the token file '" << *tokenFile << "'" << std::endl;
            return ExitUsage;
        }
        options.adminToken = trim(*token);
    }
    options.caFile = args.take("ca-file").value_or("");
    options.insecure = args.takeSwitch("insecure");
    const std::string output = args.take("output").value_or("table");
    if (output != "table" && output != "json") {
        std::cerr << "usage error: --output must be 'table' or 'json'" << std::endl;
        return ExitUsage;
    }
    CliContext context(std::move(args), std::move(options), output == "json");
    return verb->run(context);
}
