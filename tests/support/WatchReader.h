#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace switchyard::test {

class FakeKubernetes;

// A Kubernetes watch read as it streams from the fake API server: one event per line, kept in order.
class WatchReader
{
public:
    // `path` is the watch's path and query, e.g. /api/v1/namespaces/ns/pods?watch=1&resourceVersion=0.
    WatchReader(const FakeKubernetes& fake, const QString& path);
    ~WatchReader();
    WatchReader(const WatchReader&) = delete;
    WatchReader& operator=(const WatchReader&) = delete;

    const std::vector<nlohmann::json>& events() const { return m_events; }
    bool finished() const { return m_reply->isFinished(); }
    // NoError after a clean end of the stream; an error after a cut.
    QNetworkReply::NetworkError error() const { return m_reply->error(); }
    int status() const;
    // Waits for an event that `match` accepts, past the first `from` events; its index, or -1.
    int waitFor(const std::function<bool(const nlohmann::json&)>& match, std::size_t from = 0,
                int timeoutMs = 30000) const;

private:
    void read();

    QNetworkAccessManager m_manager;
    QNetworkReply* m_reply = nullptr;
    QByteArray m_buffer;
    std::vector<nlohmann::json> m_events;
};

} // namespace switchyard::test
