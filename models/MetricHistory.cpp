#include "MetricHistory.h"

#include <algorithm>
#include <cmath>
#include <map>

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

MetricSample MetricHistory::sampleAt(const MetricsSeries& series, std::size_t i)
{
    const auto value = [i](const std::vector<double>& v) { return i < v.size() ? v[i] : std::nan(""); };
    return {series.t[i],
            value(series.replicas),
            value(series.readyReplicas),
            value(series.busyReplicas),
            value(series.queuedRequests),
            value(series.utilization),
            value(series.requestsPerSecond),
            value(series.errorsPerSecond),
            value(series.latencyMsP50),
            value(series.latencyMsP99)};
}

void MetricHistory::merge(SampleRing& r, const MetricsSeries& series)
{
    std::map<std::int64_t, MetricSample> byTime;
    for (std::size_t i = 0; i < series.size(); ++i)
        byTime[series.t[i]] = sampleAt(series, i);
    for (std::size_t i = 0; i < r.size(); ++i)
        byTime[r.at(i).t] = r.at(i); // what is held wins over the page for the same second
    r.clear();
    for (const auto& [t, sample] : byTime)
        r.push(sample); // the ring keeps the newest that fit
}

void MetricHistory::append(const MetricsPage& page)
{
    bool backfill = false;
    for (const auto& [version, series] : page.versions) {
        m_targets[version] = series.targetUtilization;
        auto& r = ring(version);
        if (!r.empty() && series.size() > 0 && series.t.front() < r.at(0).t && r.size() < r.capacity()) {
            merge(r, series);
            backfill = true;
            continue;
        }
        const std::int64_t after = r.empty() ? 0 : r.last().t;
        int added = 0;
        for (std::size_t i = 0; i < series.size(); ++i) {
            if (series.t[i] <= after)
                continue;
            r.push(sampleAt(series, i));
            ++added;
        }
        if (added > 0 && !backfill)
            emit samplesAppended(QString::fromStdString(version), std::min<int>(added, int(r.size())));
    }
    for (const auto& event : page.events)
        appendEvent(event);
    if (backfill)
        emit backfilled();
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
