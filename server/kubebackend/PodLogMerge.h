#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace switchyard::server {

// One version's log on Kubernetes: the backend's own lines and each pod's log (fetched with
// timestamps=true), merged in time order, each pod line prefixed with its pod as the local backend
// prefixes each replica's, and cut to the newest `tail` lines.
class PodLogMerge
{
public:
    explicit PodLogMerge(int tail);

    // Lines already in the "<stamp> [source] text" form.
    void addStamped(std::string_view text);
    // A pod's log as the API server sends it: "<RFC 3339 stamp with nanoseconds> text" per line.
    void addPod(const std::string& pod, std::string_view text);
    // A line about a pod whose log could not be had.
    void note(const std::string& pod, const std::string& line);

    std::string text() const;

private:
    struct Line
    {
        std::string stamp; // "YYYY-MM-DDTHH:MM:SS.mmmZ", comparable as text
        std::string text;
    };
    std::vector<Line> m_lines;
    int m_tail;
};

} // namespace switchyard::server
