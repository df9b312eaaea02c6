#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "HttpConnection.h"
#include "LabelSelector.h"
#include "ObjectStore.h"

namespace fakekube {

struct WatchOptions
{
    std::string resource; // pods, deployments, secrets
    std::string kind;     // Pod: for the BOOKMARK object
    std::string apiVersion;
    std::string namespaceName;
    LabelSelector selector;
    LabelSelector fields;        // fieldSelector
    std::string resourceVersion; // empty or "0": every existing object as ADDED first
    bool bookmarks = false;
    int timeoutSeconds = 0; // 0: until cut or the client leaves
};

// One watch: `{"type":…,"object":…}` lines in chunks on a connection, from the store's history after the
// asked resourceVersion and then live. A resume point the store forgot gets one ERROR event with a 410
// Status, then the stream ends, as kube-apiserver does.
class WatchStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchStream)

public:
    // Bookmarks come this often when asked for (kube-apiserver sends one about every minute; the fake is
    // faster so tests see them).
    static constexpr int kBookmarkMs = 2000;

    WatchStream(ObjectStore& store, HttpConnection* connection, WatchOptions options);
    // Starts streaming; the stream deletes itself when it ends or its connection closes.
    void start();
    // Ends the stream without its final chunk, as a dropped connection would.
    void cut();

private:
    void onChanged(const WatchEvent& event);
    void send(const std::string& type, const nlohmann::json& object);
    void finish();

    ObjectStore& m_store;
    QPointer<HttpConnection> m_connection;
    WatchOptions m_options;
    QTimer m_bookmarkTimer;
    QTimer m_timeout;
    long long m_lastSent = 0;
};

} // namespace fakekube
