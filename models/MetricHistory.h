#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <QObject>

#include "api/MetricsPage.h"

namespace switchyard::models {

// One second of one version, as GET …/metrics reports it. NaN where the server had no value.
struct MetricSample
{
    std::int64_t t = 0; // unix seconds
    double replicas = 0;
    double readyReplicas = 0;
    double busyReplicas = 0;
    double queuedRequests = 0;
    double utilization = 0;
    double requestsPerSecond = 0;
    double errorsPerSecond = 0;
    double latencyMsP50 = 0;
    double latencyMsP99 = 0;
};

// A fixed-capacity ring of samples: the oldest is overwritten, so memory is bounded by the capacity.
class SampleRing
{
public:
    explicit SampleRing(std::size_t capacity = 300) : m_capacity(capacity ? capacity : 1) {}
    void setCapacity(std::size_t capacity);
    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_data.size(); }
    bool empty() const { return m_data.empty(); }
    void push(const MetricSample& sample);
    const MetricSample& at(std::size_t i) const; // 0 = oldest
    const MetricSample& last() const { return at(size() - 1); }
    void clear();

private:
    std::vector<MetricSample> m_data;
    std::size_t m_capacity;
    std::size_t m_head = 0; // index of the oldest once full
};

// The console's memory of an endpoint's metrics: a ring per version sized by the chart window, the
// autoscaling target per version and the scale events, fed a page at a time (one a second). Only
// samples newer than what is held are appended, so overlapping pages cost nothing; a page that reaches
// further back than what is held (a wider chart window asked for the server's history) is merged in.
class MetricHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricHistory)

public:
    static constexpr std::size_t kMaxEvents = 200;

    explicit MetricHistory(QObject* parent = nullptr);

    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }

    // Appends what is new in `page`; emits samplesAppended once per version that grew, or backfilled
    // once when the page held samples older than the ones kept.
    void append(const MetricsPage& page);
    void appendSample(const std::string& version, const MetricSample& sample);
    void appendEvent(const MetricsPage::Event& event);
    void clear();

    std::vector<std::string> versions() const;
    const SampleRing* samples(const std::string& version) const;
    int targetUtilization(const std::string& version) const;
    void setTargetUtilization(const std::string& version, int target);
    const std::vector<MetricsPage::Event>& events() const { return m_events; }
    std::int64_t latestTime() const;
    // Samples held over all versions (what memory is bounded by).
    std::size_t sampleCount() const;

signals:
    void samplesAppended(const QString& version, int count);
    void eventAppended(int index);
    void cleared();
    void backfilled(); // older samples were merged in: draw everything again

private:
    SampleRing& ring(const std::string& version);
    static MetricSample sampleAt(const MetricsSeries& series, std::size_t i);
    // Rebuilds `r` from its samples and the page's, in time order, each time once.
    static void merge(SampleRing& r, const MetricsSeries& series);

    int m_windowSeconds = 300;
    std::map<std::string, SampleRing> m_rings;
    std::map<std::string, int> m_targets;
    std::vector<MetricsPage::Event> m_events;
};

} // namespace switchyard::models
