#include "WatchStream.h"

#include "KubeStatus.h"

namespace fakekube {

using nlohmann::json;

WatchStream::WatchStream(ObjectStore& store, HttpConnection* connection, WatchOptions options)
    : QObject(connection), m_store(store), m_connection(connection), m_options(std::move(options))
{
    connect(connection, &HttpConnection::closed, this, [this] {
        m_connection = nullptr;
        deleteLater();
    });
}

void WatchStream::start()
{
    m_connection->beginStream(200, "application/json");
    const std::string& from = m_options.resourceVersion;
    if (from.empty() || from == "0") {
        for (const auto& object :
             m_store.list(m_options.resource, m_options.namespaceName, m_options.selector)) {
            if (m_options.fields.matches(LabelSelector::fieldsOf(object)))
                send("ADDED", object);
        }
        m_lastSent = m_store.currentVersion();
    } else {
        long long since = 0;
        try {
            since = std::stoll(from);
        } catch (const std::exception&) {
            since = -1;
        }
        const auto events = since < 0 ? std::nullopt : m_store.eventsAfter(since);
        if (!events) {
            send("ERROR", KubeStatus::expired(since, m_store.oldestResumable()));
            finish();
            return;
        }
        m_lastSent = since;
        for (const auto& event : *events)
            onChanged(event);
    }
    connect(&m_store, &ObjectStore::changed, this, &WatchStream::onChanged);
    if (m_options.bookmarks) {
        connect(&m_bookmarkTimer, &QTimer::timeout, this, [this] {
            json object{{"kind", m_options.kind},
                        {"apiVersion", m_options.apiVersion},
                        {"metadata", {{"resourceVersion", std::to_string(m_store.currentVersion())}}}};
            send("BOOKMARK", object);
        });
        m_bookmarkTimer.start(kBookmarkMs);
    }
    if (m_options.timeoutSeconds > 0) {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, &WatchStream::finish);
        m_timeout.start(m_options.timeoutSeconds * 1000);
    }
}

void WatchStream::onChanged(const WatchEvent& event)
{
    if (event.resource != m_options.resource || event.resourceVersion <= m_lastSent)
        return;
    if (!m_options.namespaceName.empty() && ObjectStore::namespaceOf(event.object) != m_options.namespaceName)
        return;
    if (!m_options.selector.matches(event.object.value("/metadata/labels"_json_pointer, json::object())) ||
        !m_options.fields.matches(LabelSelector::fieldsOf(event.object)))
        return;
    m_lastSent = event.resourceVersion;
    send(event.type, event.object);
}

void WatchStream::send(const std::string& type, const json& object)
{
    if (!m_connection)
        return;
    const json line{{"type", type}, {"object", object}};
    m_connection->writeChunk(QByteArray::fromStdString(line.dump() + "\n"));
}

void WatchStream::finish()
{
    m_bookmarkTimer.stop();
    m_timeout.stop();
    disconnect(&m_store, nullptr, this, nullptr);
    if (m_connection)
        m_connection->endStream();
    deleteLater();
}

void WatchStream::cut()
{
    m_bookmarkTimer.stop();
    disconnect(&m_store, nullptr, this, nullptr);
    if (m_connection)
        m_connection->abort();
    deleteLater();
}

} // namespace fakekube
