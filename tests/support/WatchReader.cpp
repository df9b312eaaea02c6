#include "WatchReader.h"

#include <QSslConfiguration>

#include "FakeKubernetes.h"

namespace switchyard::test {

using nlohmann::json;

WatchReader::WatchReader(const FakeKubernetes& fake, const QString& path)
{
    QNetworkRequest request(fake.url().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + fake.token().toUtf8());
    auto ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(fake.caCertificates());
    request.setSslConfiguration(ssl);
    m_reply = m_manager.get(request);
    QObject::connect(m_reply, &QNetworkReply::readyRead, [this] { read(); });
}

WatchReader::~WatchReader()
{
    m_reply->abort();
}

int WatchReader::status() const
{
    return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int WatchReader::waitFor(const std::function<bool(const json&)>& match, std::size_t from, int timeoutMs) const
{
    int found = -1;
    FakeKubernetes::waitFor(
        [&] {
            for (std::size_t i = from; i < m_events.size(); ++i) {
                if (match(m_events[i])) {
                    found = static_cast<int>(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

void WatchReader::read()
{
    m_buffer += m_reply->readAll();
    for (auto end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        m_events.push_back(json::parse(m_buffer.left(end).toStdString(), nullptr, false));
        m_buffer.remove(0, end + 1);
    }
}

} // namespace switchyard::test
