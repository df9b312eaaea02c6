#include "MetricHistory.h"

#include <algorithm>
#include <cmath>

namespace switchyard::models {

void SampleRing::setCapacity(std::size_t capacity)
{
    capacity = std::max<std::size_t>(capacity, 1);
    if (capacity == m_capacity)
        return;
    // Keep the newest samples that fit, in order.
    std::vector<MetricSample> ordered;
    const std::size_t keep = std::min(size(), capacity);
    ordered.reserve(keep);
    for (std::size_t i = size() - keep; i < size(); ++i)
        ordered.push_back(at(i));
    m_data = std::move(ordered);
    m_data.shrink_to_fit();
    m_capacity = capacity;
    m_head = 0;
}

void SampleRing::push(const MetricSample& sample)
{
    if (m_data.size() < m_capacity) {
        m_data.push_back(sample);
        return;
    }
    m_data[m_head] = sample;
    m_head = (m_head + 1) % m_capacity;
}

const MetricSample& SampleRing::at(std::size_t i) const
{
    return m_data[(m_head + i) % m_data.size()];
}

void SampleRing::clear()
{
    m_data.clear();
    m_data.shrink_to_fit();
    m_head = 0;
}

MetricHistory::MetricHistory(QObject* parent) : QObject(parent) {}

void MetricHistory::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::clamp(seconds, 10, 3600);
    for (auto& [name, r] : m_rings)
        r.setCapacity(static_cast<std::size_t>(m_windowSeconds));
}

SampleRing& MetricHistory::ring(const std::string& version)
{
    auto it = m_rings.find(version);
    if (it == m_rings.end())
        it = m_rings.emplace(version, SampleRing(static_cast<std::size_t>(m_windowSeconds))).first;
    return it->second;
}

void MetricHistory::append(const MetricsPage& page)
{
    for (const auto& [version, series] : page.versions) {
        m_targets[version] = series.targetUtilization;
        auto& r = ring(version);
        const std::int64_t after = r.empty() ? 0 : r.last().t;
        const auto value = [](const std::vector<double>& v, std::size_t i) {
            return i < v.size() ? v[i] : std::nan("");
        };
        int added = 0;
        for (std::size_t i = 0; i < series.size(); ++i) {
            if (series.t[i] <= after)
                continue;
            r.push({series.t[i], value(series.replicas, i), value(series.readyReplicas, i),
                    value(series.busyReplicas, i), value(series.queuedRequests, i),
                    value(series.utilization, i), value(series.requestsPerSecond, i),
                    value(series.errorsPerSecond, i), value(series.latencyMsP50, i),
                    value(series.latencyMsP99, i)});
            ++added;
        }
        if (added > 0)
            emit samplesAppended(QString::fromStdString(version), std::min<int>(added, int(r.size())));
    }
    for (const auto& event : page.events)
        appendEvent(event);
}

void MetricHistory::appendSample(const std::string& version, const MetricSample& sample)
{
    auto& r = ring(version);
    if (!r.empty() && sample.t <= r.last().t)
        return;
    r.push(sample);
    emit samplesAppended(QString::fromStdString(version), 1);
}

void MetricHistory::appendEvent(const MetricsPage::Event& event)
{
    // Each page repeats the events of its window: keep each once.
    if (std::find(m_events.begin(), m_events.end(), event) != m_events.end())
        return;
    if (m_events.size() >= kMaxEvents)
        m_events.erase(m_events.begin());
    m_events.push_back(event);
    emit eventAppended(int(m_events.size()) - 1);
}

void MetricHistory::clear()
{
    m_rings.clear();
    m_targets.clear();
    m_events.clear();
    emit cleared();
}

std::vector<std::string> MetricHistory::versions() const
{
    std::vector<std::string> names;
    for (const auto& [name, r] : m_rings)
        names.push_back(name);
    return names;
}

const SampleRing* MetricHistory::samples(const std::string& version) const
{
    const auto it = m_rings.find(version);
    return it == m_rings.end() ? nullptr : &it->second;
}

int MetricHistory::targetUtilization(const std::string& version) const
{
    const auto it = m_targets.find(version);
    return it == m_targets.end() ? 70 : it->second;
}

void MetricHistory::setTargetUtilization(const std::string& version, int target)
{
    m_targets[version] = target;
}

std::int64_t MetricHistory::latestTime() const
{
    std::int64_t latest = 0;
    for (const auto& [name, r] : m_rings)
        if (!r.empty())
            latest = std::max(latest, r.last().t);
    return latest;
}

std::size_t MetricHistory::sampleCount() const
{
    std::size_t n = 0;
    for (const auto& [name, r] : m_rings)
        n += r.size();
    return n;
}

} // namespace switchyard::models
