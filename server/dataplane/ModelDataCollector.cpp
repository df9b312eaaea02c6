#include "ModelDataCollector.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>

#include "BackgroundWriter.h"

namespace switchyard::server {

ModelDataCollector::ModelDataCollector(std::string directory, std::shared_ptr<BackgroundWriter> writer)
    : m_directory(std::move(directory)), m_writer(std::move(writer))
{}

void ModelDataCollector::record(std::string_view requestId, int status, double latencyMs,
                                std::string_view requestBody, std::string_view responseBody)
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto seconds = system_clock::to_time_t(now);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char day[32];
    char stamp[64];
    std::snprintf(day, sizeof day, "%04d-%02d-%02d", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
    std::snprintf(stamp, sizeof stamp, "%sT%02d:%02d:%02dZ", day, utc.tm_hour, utc.tm_min, utc.tm_sec);
    auto cut = [](std::string_view body) {
        return std::string(body.substr(0, std::min(body.size(), kMaxBodyBytes)));
    };
    nlohmann::json line{
        {"time", stamp},
        {"request_id", requestId},
        {"status", status},
        {"latency_ms", std::round(latencyMs * 1000.0) / 1000.0},
        {"request", cut(requestBody)},
        {"response", cut(responseBody)},
        {"truncated", requestBody.size() > kMaxBodyBytes || responseBody.size() > kMaxBodyBytes}};
    // Bodies are arbitrary bytes; replace what is not UTF-8 rather than fail.
    m_writer->append(m_directory + "/" + day + ".jsonl",
                     line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", 0);
}

nlohmann::json ModelDataCollector::newest(int limit) const
{
    namespace fs = std::filesystem;
    m_writer->flush();
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(m_directory, ec))
        if (entry.path().extension() == ".jsonl")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::deque<nlohmann::json> records;
    for (auto it = files.rbegin(); it != files.rend() && static_cast<int>(records.size()) < limit; ++it) {
        std::ifstream in(*it);
        std::deque<std::string> lines;
        for (std::string line; std::getline(in, line);) {
            lines.push_back(std::move(line));
            if (static_cast<int>(lines.size()) > limit)
                lines.pop_front();
        }
        for (auto l = lines.rbegin(); l != lines.rend() && static_cast<int>(records.size()) < limit; ++l) {
            auto json = nlohmann::json::parse(*l, nullptr, false);
            if (!json.is_discarded())
                records.push_front(std::move(json));
        }
    }
    nlohmann::json out = nlohmann::json::array();
    for (auto& r : records)
        out.push_back(std::move(r));
    return {{"records", std::move(out)}};
}

} // namespace switchyard::server
