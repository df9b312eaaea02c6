#include "MonitorEndpointRow.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace switchyard::models {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template <class Figure>
double sum(const std::vector<MonitorVersionRow>& versions, Figure figure)
{
    double total = 0;
    for (const auto& v : versions) {
        const double x = figure(v.figures);
        if (std::isfinite(x))
            total += x;
    }
    return total;
}

template <class Figure>
double worst(const std::vector<MonitorVersionRow>& versions, Figure figure)
{
    double out = kNaN;
    for (const auto& v : versions) {
        const double x = figure(v.figures);
        if (std::isfinite(x) && !(x <= out))
            out = x;
    }
    return out;
}

double nanMax(double a, double b)
{
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    return std::max(a, b);
}

} // namespace

void MonitorEndpointRow::changed()
{
    HealthState health = state.empty() ? HealthState::Healthy : healthStateFromString(state);
    for (const auto& v : versions)
        health = worseOf(health, v.state());
    m_health = health;
    m_requestsSeries.reset();
    m_p99Series.reset();
}

bool MonitorEndpointRow::isProblem() const
{
    return healthState() != HealthState::Healthy ||
           std::any_of(versions.begin(), versions.end(), [](const auto& v) { return v.isProblem(); });
}

double MonitorEndpointRow::requestsPerSecond() const
{
    return sum(versions, [](const auto& f) { return f.requestsPerSecond; });
}

double MonitorEndpointRow::clientErrorsPerSecond() const
{
    return sum(versions, [](const auto& f) { return f.clientErrorsPerSecond; });
}

double MonitorEndpointRow::serverErrorsPerSecond() const
{
    return sum(versions, [](const auto& f) { return f.serverErrorsPerSecond; });
}

double MonitorEndpointRow::latencyMsP50() const
{
    return worst(versions, [](const auto& f) { return f.latencyMsP50; });
}

double MonitorEndpointRow::latencyMsP99() const
{
    return worst(versions, [](const auto& f) { return f.latencyMsP99; });
}

const MonitorVersionRow* MonitorEndpointRow::busiest() const
{
    const auto load = [](const MonitorVersionRow& v) {
        return v.figures.utilization / std::max(1.0, v.figures.targetUtilization);
    };
    const MonitorVersionRow* out = nullptr;
    for (const auto& v : versions)
        if (!out || load(v) > load(*out))
            out = &v;
    return out;
}

double MonitorEndpointRow::utilization() const
{
    const auto* v = busiest();
    return v ? v->figures.utilization : 0;
}

double MonitorEndpointRow::targetUtilization() const
{
    const auto* v = busiest();
    return v ? v->figures.targetUtilization : 70;
}

double MonitorEndpointRow::readyReplicas() const
{
    return sum(versions, [](const auto& f) { return f.readyReplicas; });
}

double MonitorEndpointRow::desiredReplicas() const
{
    return sum(versions, [](const auto& f) { return f.desiredReplicas; });
}

const QList<double>& MonitorEndpointRow::requestsSeries() const
{
    if (m_requestsSeries)
        return *m_requestsSeries;
    std::size_t length = 0;
    for (const auto& v : versions)
        length = std::max(length, v.requests.size());
    QList<double> out(static_cast<qsizetype>(length), kNaN);
    for (std::size_t i = 0; i < length; ++i) {
        double& slot = out[static_cast<qsizetype>(length - 1 - i)];
        for (const auto& v : versions) {
            const double x = v.requests.fromNewest(i);
            if (std::isfinite(x))
                slot = std::isnan(slot) ? x : slot + x;
        }
    }
    m_requestsSeries = std::move(out);
    return *m_requestsSeries;
}

const QList<double>& MonitorEndpointRow::p99Series() const
{
    if (m_p99Series)
        return *m_p99Series;
    std::size_t length = 0;
    for (const auto& v : versions)
        length = std::max(length, v.p99.size());
    QList<double> out(static_cast<qsizetype>(length), kNaN);
    for (std::size_t i = 0; i < length; ++i) {
        double& slot = out[static_cast<qsizetype>(length - 1 - i)];
        for (const auto& v : versions)
            slot = nanMax(slot, v.p99.fromNewest(i));
    }
    m_p99Series = std::move(out);
    return *m_p99Series;
}

} // namespace switchyard::models
