#include "MonitorModel.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "StateText.h"

namespace switchyard::models {
namespace {

// Sorting puts "no value" below every real one.
QVariant sortValue(double x)
{
    return std::isfinite(x) ? x : -1.0;
}

QString dash()
{
    return QStringLiteral("–");
}

// In the user's locale (a decimal comma in Italian).
QString number(double x, int decimals = 1)
{
    return std::isfinite(x) ? QLocale().toString(x, 'f', decimals) : dash();
}

double percentOf(double part, double whole)
{
    if (!(whole > 0))
        return part > 0 ? 100.0 : std::nan("");
    return std::min(100.0, part / whole * 100.0);
}

QString percentText(double percent, int decimals = 1)
{
    return std::isfinite(percent) ? MonitorModel::tr("%1 %").arg(number(percent, decimals)) : dash();
}

QString latencyText(double ms)
{
    return std::isfinite(ms) ? MonitorModel::tr("%1 ms").arg(number(ms, ms < 100 ? 1 : 0)) : dash();
}

QString utilizationText(double utilization, double target)
{
    return MonitorModel::tr("%1 % of %2 %").arg(number(utilization, 0), number(target, 0));
}

QString replicasText(double ready, double desired)
{
    return MonitorModel::tr("%1/%2").arg(number(ready, 0), number(desired, 0));
}

QString splitText(const MonitorEndpointRow& row)
{
    QStringList parts;
    for (const auto& v : row.versions)
        parts << MonitorModel::tr("%1 %2 %").arg(QString::fromStdString(v.figures.name),
                                                 number(v.figures.effectivePercent, 0));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

MonitorModel::MonitorModel(QObject* parent) : QAbstractItemModel(parent) {}

MonitorModel::~MonitorModel() = default;

std::pair<int, int> MonitorModel::clusterRange(const QString& cluster) const
{
    const auto first =
        std::find_if(m_rows.begin(), m_rows.end(), [&](const auto& r) { return r->cluster == cluster; });
    auto last = first;
    while (last != m_rows.end() && (*last)->cluster == cluster)
        ++last;
    if (first == m_rows.end())
        return {static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size())};
    return {static_cast<int>(first - m_rows.begin()), static_cast<int>(last - m_rows.begin())};
}

void MonitorModel::applySnapshot(const QString& cluster, const QString& displayName,
                                 const MonitorSnapshot& snapshot, const QDateTime& answeredAt)
{
    apply(cluster, displayName, snapshot, nullptr, answeredAt);
}

void MonitorModel::applySnapshot(const QString& cluster, const QString& displayName,
                                 const PreparedMonitorSnapshot& prepared, const QDateTime& answeredAt)
{
    // A prepared value whose series do not match its snapshot (not made by prepareMonitorSnapshot) is
    // applied as a plain one.
    bool matches = prepared.series.size() == prepared.snapshot.endpoints.size();
    for (std::size_t e = 0; matches && e < prepared.series.size(); ++e)
        matches = prepared.series[e].size() == prepared.snapshot.endpoints[e].versions.size();
    apply(cluster, displayName, prepared.snapshot, matches ? &prepared.series : nullptr, answeredAt);
}

const MonitorVersionSeries* MonitorModel::seriesOf(const MonitorSnapshot& snapshot,
                                                   const PreparedSeries* series,
                                                   const MonitorSnapshot::Endpoint& endpoint,
                                                   const MonitorSnapshot::Version& version)
{
    if (!series)
        return nullptr;
    const auto e = static_cast<std::size_t>(&endpoint - snapshot.endpoints.data());
    const auto v = static_cast<std::size_t>(&version - endpoint.versions.data());
    return &(*series)[e][v];
}

void MonitorModel::apply(const QString& cluster, const QString& displayName, const MonitorSnapshot& snapshot,
                         const PreparedSeries* series, const QDateTime& answeredAt)
{
    auto& state = m_clusters[cluster];
    const bool newSecond = snapshot.time.empty() || snapshot.time != state.lastTime;
    state.displayName = displayName;
    state.answeredAt = answeredAt;
    state.lastTime = snapshot.time;
    state.stale = false;

    // The server sorts endpoints by name; sorting again costs little and keeps the merge below right.
    std::vector<const MonitorSnapshot::Endpoint*> endpoints;
    endpoints.reserve(snapshot.endpoints.size());
    for (const auto& e : snapshot.endpoints)
        endpoints.push_back(&e);
    std::sort(endpoints.begin(), endpoints.end(),
              [](const auto* a, const auto* b) { return a->name < b->name; });

    auto [first, end] = clusterRange(cluster);
    int row = first;
    for (std::size_t i = 0; i < endpoints.size(); ++i) {
        const auto* endpoint = endpoints[i];
        while (row < end && m_rows[static_cast<std::size_t>(row)]->name < endpoint->name) {
            removeEndpoint(row);
            --end;
        }
        if (row < end && m_rows[static_cast<std::size_t>(row)]->name == endpoint->name) {
            auto& r = *m_rows[static_cast<std::size_t>(row)];
            r.state = endpoint->state;
            r.defaultVersion = endpoint->defaultVersion;
            updateVersions(r, snapshot, series, *endpoint, newSecond);
            r.changed();
            ++row;
            continue;
        }
        // New endpoints that sort before the next existing row go in with one insert (a cluster's first
        // answer is 200 of them: one signal for the proxy and the view, not 200).
        std::vector<const MonitorSnapshot::Endpoint*> added{endpoint};
        while (i + 1 < endpoints.size() &&
               (row >= end || endpoints[i + 1]->name < m_rows[static_cast<std::size_t>(row)]->name))
            added.push_back(endpoints[++i]);
        insertEndpoints(row, cluster, snapshot, series, added);
        row += static_cast<int>(added.size());
        end += static_cast<int>(added.size());
    }
    while (row < end) {
        removeEndpoint(row);
        --end;
    }
    // One signal for the cluster's endpoint rows (their children sent their own in updateVersions).
    if (first < end)
        emit dataChanged(index(first, 0), index(end - 1, ColumnCount - 1));
    updateProblemCount();
    emit snapshotApplied(cluster);
}

void MonitorModel::updateVersions(MonitorEndpointRow& row, const MonitorSnapshot& snapshot,
                                  const PreparedSeries* series, const MonitorSnapshot::Endpoint& endpoint,
                                  bool newSecond)
{
    const QModelIndex parentIndex = createIndex(row.row, 0, nullptr);
    std::vector<const MonitorSnapshot::Version*> versions;
    for (const auto& v : endpoint.versions)
        versions.push_back(&v);
    std::sort(versions.begin(), versions.end(),
              [](const auto* a, const auto* b) { return a->name < b->name; });
    int at = 0;
    bool added = false;
    for (const auto* v : versions) {
        while (at < static_cast<int>(row.versions.size()) &&
               row.versions[static_cast<std::size_t>(at)].figures.name < v->name) {
            beginRemoveRows(parentIndex, at, at);
            row.versions.erase(row.versions.begin() + at);
            endRemoveRows();
        }
        if (at < static_cast<int>(row.versions.size()) &&
            row.versions[static_cast<std::size_t>(at)].figures.name == v->name) {
            row.versions[static_cast<std::size_t>(at)].update(*v, newSecond,
                                                              seriesOf(snapshot, series, endpoint, *v));
        } else {
            beginInsertRows(parentIndex, at, at);
            MonitorVersionRow version;
            version.update(*v, true, seriesOf(snapshot, series, endpoint, *v));
            row.versions.insert(row.versions.begin() + at, std::move(version));
            endInsertRows();
            added = true;
        }
        ++at;
    }
    if (at < static_cast<int>(row.versions.size())) {
        beginRemoveRows(parentIndex, at, static_cast<int>(row.versions.size()) - 1);
        row.versions.erase(row.versions.begin() + at, row.versions.end());
        endRemoveRows();
    }
    if (added)
        attachAlerts(row);
    if (!row.versions.empty())
        emit dataChanged(index(0, 0, parentIndex),
                         index(static_cast<int>(row.versions.size()) - 1, ColumnCount - 1, parentIndex));
}

void MonitorModel::insertEndpoints(int at, const QString& cluster, const MonitorSnapshot& snapshot,
                                   const PreparedSeries* series,
                                   const std::vector<const MonitorSnapshot::Endpoint*>& endpoints)
{
    beginInsertRows({}, at, at + static_cast<int>(endpoints.size()) - 1);
    std::vector<std::unique_ptr<MonitorEndpointRow>> rows;
    for (const auto* endpoint : endpoints) {
        auto row = std::make_unique<MonitorEndpointRow>();
        row->cluster = cluster;
        row->name = endpoint->name;
        row->state = endpoint->state;
        row->defaultVersion = endpoint->defaultVersion;
        std::vector<const MonitorSnapshot::Version*> versions;
        for (const auto& v : endpoint->versions)
            versions.push_back(&v);
        std::sort(versions.begin(), versions.end(),
                  [](const auto* a, const auto* b) { return a->name < b->name; });
        for (const auto* v : versions) {
            MonitorVersionRow added;
            added.update(*v, true, seriesOf(snapshot, series, *endpoint, *v));
            row->versions.push_back(std::move(added));
        }
        row->changed();
        attachAlerts(*row);
        rows.push_back(std::move(row));
    }
    m_rows.insert(m_rows.begin() + at, std::make_move_iterator(rows.begin()),
                  std::make_move_iterator(rows.end()));
    renumber(at);
    endInsertRows();
}

void MonitorModel::removeEndpoint(int at)
{
    beginRemoveRows({}, at, at);
    m_rows.erase(m_rows.begin() + at);
    renumber(at);
    endRemoveRows();
}

void MonitorModel::renumber(int from)
{
    for (std::size_t i = static_cast<std::size_t>(from); i < m_rows.size(); ++i)
        m_rows[i]->row = static_cast<int>(i);
}

void MonitorModel::setClusterStale(const QString& cluster, bool stale)
{
    const auto it = m_clusters.find(cluster);
    if (it == m_clusters.end() || it->second.stale == stale)
        return;
    it->second.stale = stale;
    const auto [first, end] = clusterRange(cluster);
    if (first >= end)
        return;
    emit dataChanged(index(first, 0), index(end - 1, ColumnCount - 1));
    for (int r = first; r < end; ++r) {
        const auto& row = *m_rows[static_cast<std::size_t>(r)];
        if (!row.versions.empty()) {
            const QModelIndex parentIndex = index(r, 0);
            emit dataChanged(index(0, 0, parentIndex),
                             index(static_cast<int>(row.versions.size()) - 1, ColumnCount - 1, parentIndex));
        }
    }
}

bool MonitorModel::isClusterStale(const QString& cluster) const
{
    const auto it = m_clusters.find(cluster);
    return it != m_clusters.end() && it->second.stale;
}

void MonitorModel::removeCluster(const QString& cluster)
{
    const auto [first, end] = clusterRange(cluster);
    if (first < end) {
        beginRemoveRows({}, first, end - 1);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + end);
        renumber(first);
        endRemoveRows();
    }
    m_clusters.erase(cluster);
    m_alerts.erase(cluster);
    m_changes.erase(cluster);
    updateProblemCount();
}

void MonitorModel::noteEvents(const QString& cluster, const std::vector<EventRecord>& events)
{
    const auto changed = m_changes[cluster].note(events);
    if (changed.empty())
        return;
    // Only the rows whose last change is new repaint: a busy feed must not touch 200 rows.
    const auto [first, end] = clusterRange(cluster);
    for (int r = first; r < end; ++r)
        if (changed.contains(m_rows[static_cast<std::size_t>(r)]->name))
            emit dataChanged(index(r, LastChangeColumn), index(r, LastChangeColumn));
}

void MonitorModel::clearChanges(const QString& cluster)
{
    const auto it = m_changes.find(cluster);
    if (it == m_changes.end())
        return;
    it->second.clear();
    const auto [first, end] = clusterRange(cluster);
    if (first < end)
        emit dataChanged(index(first, LastChangeColumn), index(end - 1, LastChangeColumn));
}

const LastChanges::Change* MonitorModel::lastChangeOf(const MonitorEndpointRow& row) const
{
    const auto it = m_changes.find(row.cluster);
    return it == m_changes.end() ? nullptr : it->second.of(row.name);
}

QVariant MonitorModel::lastChangeData(const MonitorEndpointRow& row, int role) const
{
    const auto* change = lastChangeOf(row);
    switch (role) {
    case Qt::DisplayRole:
        return change ? LastChanges::brief(*change) : dash();
    case Qt::ToolTipRole:
        return change ? LastChanges::sentence(*change) : tr("No change among the cluster's recent events.");
    case SortRole:
        return change ? change->when.toMSecsSinceEpoch() : qint64(0);
    default:
        return {};
    }
}

void MonitorModel::updateProblemCount()
{
    const int count = static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [this](const auto& r) { return isProblem(*r); }));
    if (count == m_problemCount)
        return;
    m_problemCount = count;
    emit problemCountChanged(count);
}

QModelIndex MonitorModel::endpointIndex(const QString& cluster, const QString& endpoint) const
{
    const std::string name = endpoint.toStdString();
    for (const auto& r : m_rows)
        if (r->cluster == cluster && r->name == name)
            return createIndex(r->row, 0, nullptr);
    return {};
}

QModelIndex MonitorModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_rows.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= static_cast<int>(m_rows.size()))
        return {}; // versions have no children
    auto* endpoint = m_rows[static_cast<std::size_t>(parent.row())].get();
    if (row >= static_cast<int>(endpoint->versions.size()))
        return {};
    return createIndex(row, column, endpoint);
}

QModelIndex MonitorModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto* endpoint = static_cast<const MonitorEndpointRow*>(child.internalPointer());
    return createIndex(endpoint->row, 0, nullptr);
}

int MonitorModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return static_cast<int>(m_rows[static_cast<std::size_t>(parent.row())]->versions.size());
}

int MonitorModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

void MonitorModel::setAlerts(const QString& cluster,
                             std::map<std::pair<QString, QString>, QStringList> alerts)
{
    auto& current = m_alerts[cluster];
    if (current == alerts)
        return;
    // Only the endpoints whose alerts changed repaint (and make the proxy look again): one episode that
    // starts must not cost a signal for each of 200 rows.
    std::set<QString> changed;
    for (const auto* side : {&current, &alerts})
        for (const auto& [key, texts] : *side) {
            const auto* other = side == &current ? &alerts : &current;
            const auto it = other->find(key);
            if (it == other->end() || it->second != texts)
                changed.insert(key.first);
        }
    current = std::move(alerts);
    const auto [first, end] = clusterRange(cluster);
    for (int r = first; r < end; ++r) {
        auto& row = *m_rows[static_cast<std::size_t>(r)];
        if (!changed.contains(QString::fromStdString(row.name)))
            continue;
        attachAlerts(row);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        if (!row.versions.empty()) {
            const QModelIndex parentIndex = index(r, 0);
            emit dataChanged(index(0, 0, parentIndex),
                             index(static_cast<int>(row.versions.size()) - 1, ColumnCount - 1, parentIndex));
        }
    }
    updateProblemCount();
}

bool MonitorModel::isProblem(const MonitorEndpointRow& row) const
{
    return row.isProblem() || !alertsOf(row, nullptr).isEmpty();
}

void MonitorModel::attachAlerts(MonitorEndpointRow& row) const
{
    row.alerts.clear();
    for (auto& version : row.versions)
        version.alerts.clear();
    const auto cluster = m_alerts.find(row.cluster);
    if (cluster == m_alerts.end() || cluster->second.empty())
        return;
    const QString endpoint = QString::fromStdString(row.name);
    for (auto it = cluster->second.lower_bound({endpoint, QString()});
         it != cluster->second.end() && it->first.first == endpoint; ++it)
        row.alerts << it->second;
    if (row.alerts.isEmpty())
        return;
    for (auto& version : row.versions) {
        const auto it = cluster->second.find({endpoint, QString::fromStdString(version.figures.name)});
        if (it != cluster->second.end())
            version.alerts = it->second;
    }
}

const QStringList& MonitorModel::alertsOf(const MonitorEndpointRow& row, const MonitorVersionRow* version)
{
    return version ? version->alerts : row.alerts;
}

QVariant MonitorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == ProblemRole) {
        // A firing alert makes a row a problem too, so "only problems" and the count show it.
        const auto* parent = static_cast<const MonitorEndpointRow*>(index.internalPointer());
        if (!parent)
            return isProblem(*m_rows[static_cast<std::size_t>(index.row())]);
        const auto& version = parent->versions[static_cast<std::size_t>(index.row())];
        return version.isProblem() || !alertsOf(*parent, &version).isEmpty();
    }
    if (role == AlertRole || role == Qt::BackgroundRole ||
        (role == Qt::ToolTipRole && index.column() == NameColumn)) {
        const auto* parent = static_cast<const MonitorEndpointRow*>(index.internalPointer());
        const auto& row = parent ? *parent : *m_rows[static_cast<std::size_t>(index.row())];
        const QStringList& alerts =
            alertsOf(row, parent ? &parent->versions[static_cast<std::size_t>(index.row())] : nullptr);
        if (role == AlertRole)
            return alerts;
        if (!alerts.isEmpty()) {
            if (role == Qt::BackgroundRole)
                // a light red under dark text, a dark red under light text
                return QBrush(StateText::darkPalette() ? QColor(0x6d, 0x1b, 0x1b) : QColor(0xff, 0xcd, 0xd2));
            if (role == Qt::ToolTipRole)
                return alerts.join(QLatin1Char('\n'));
        }
        if (role == Qt::BackgroundRole)
            return {};
    }
    if (const auto* parent = static_cast<const MonitorEndpointRow*>(index.internalPointer()))
        return versionData(*parent, parent->versions[static_cast<std::size_t>(index.row())], index.column(),
                           role);
    return endpointData(*m_rows[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant MonitorModel::commonData(const MonitorEndpointRow& row, int column, int role) const
{
    const auto cluster = m_clusters.find(row.cluster);
    const bool stale = cluster != m_clusters.end() && cluster->second.stale;
    switch (role) {
    case StaleRole:
        return stale;
    case ClusterKeyRole:
        return row.cluster;
    case EndpointRole:
        return QString::fromStdString(row.name);
    case Qt::ForegroundRole:
        if (stale)
            return QBrush(QColor(0x9e, 0x9e, 0x9e));
        return {};
    case Qt::ToolTipRole:
        if (stale && cluster != m_clusters.end())
            return tr("%1 does not answer: these figures are as of %2.")
                .arg(cluster->second.displayName,
                     QLocale().toString(cluster->second.answeredAt.time(), QLocale::LongFormat));
        return {};
    case Qt::DisplayRole:
    case SortRole:
        if (column == ClusterColumn && cluster != m_clusters.end()) {
            if (stale && role == Qt::DisplayRole)
                return tr("%1 (as of %2)")
                    .arg(cluster->second.displayName,
                         cluster->second.answeredAt.time().toString(QStringLiteral("HH:mm:ss")));
            return cluster->second.displayName;
        }
        return {};
    default:
        return {};
    }
}

QVariant MonitorModel::endpointData(const MonitorEndpointRow& row, int column, int role) const
{
    if (role == VersionRole)
        return QString();
    if (role == ProblemRole)
        return row.isProblem();
    if (role == StateRole)
        return static_cast<int>(row.healthState());
    if (role == Qt::ForegroundRole && column == StateColumn && !isClusterStale(row.cluster))
        return QBrush(StateText::healthColor(row.healthState()));
    if (role == Qt::TextAlignmentRole && column >= RequestsColumn && column <= ReplicasColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SeriesRole) {
        if (column == RequestsTrendColumn)
            return QVariant::fromValue(row.requestsSeries());
        if (column == P99TrendColumn)
            return QVariant::fromValue(row.p99Series());
        return {};
    }
    if (column == LastChangeColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole))
        return lastChangeData(row, role);
    if (role != Qt::DisplayRole && role != SortRole)
        return commonData(row, column, role);
    const bool text = role == Qt::DisplayRole;
    const double rps = row.requestsPerSecond();
    switch (column) {
    case ClusterColumn:
        return commonData(row, column, role);
    case NameColumn:
        return QString::fromStdString(row.name);
    case StateColumn:
        return text ? QVariant(StateText::health(row.healthState()))
                    : QVariant(static_cast<int>(row.healthState()));
    case SplitColumn: {
        if (text)
            return splitText(row);
        for (const auto& v : row.versions)
            if (v.figures.name == row.defaultVersion)
                return v.figures.effectivePercent;
        return 0.0;
    }
    case RequestsColumn:
    case RequestsTrendColumn:
        if (column == RequestsTrendColumn && text)
            return {};
        return text ? QVariant(number(rps)) : sortValue(rps);
    case ClientErrorsColumn: {
        const double p = percentOf(row.clientErrorsPerSecond(), rps);
        return text ? QVariant(percentText(p)) : sortValue(p);
    }
    case ServerErrorsColumn: {
        const double p = percentOf(row.serverErrorsPerSecond(), rps);
        return text ? QVariant(percentText(p)) : sortValue(p);
    }
    case P50Column:
        return text ? QVariant(latencyText(row.latencyMsP50())) : sortValue(row.latencyMsP50());
    case P99Column:
    case P99TrendColumn:
        if (column == P99TrendColumn && text)
            return {};
        return text ? QVariant(latencyText(row.latencyMsP99())) : sortValue(row.latencyMsP99());
    case UtilizationColumn:
        return text ? QVariant(utilizationText(row.utilization(), row.targetUtilization()))
                    : sortValue(row.utilization() / std::max(1.0, row.targetUtilization()));
    case ReplicasColumn:
        return text ? QVariant(replicasText(row.readyReplicas(), row.desiredReplicas()))
                    : sortValue(row.readyReplicas());
    default:
        return {};
    }
}

QVariant MonitorModel::versionData(const MonitorEndpointRow& row, const MonitorVersionRow& version,
                                   int column, int role) const
{
    const auto& f = version.figures;
    if (role == VersionRole)
        return QString::fromStdString(f.name);
    if (role == ProblemRole)
        return version.isProblem();
    if (role == StateRole)
        return static_cast<int>(version.state());
    if (role == Qt::ForegroundRole && column == StateColumn && !isClusterStale(row.cluster))
        return QBrush(StateText::healthColor(version.state()));
    if (role == Qt::ToolTipRole && column == StateColumn && f.error && !isClusterStale(row.cluster))
        return QString::fromStdString(*f.error);
    if (role == Qt::TextAlignmentRole && column >= RequestsColumn && column <= ReplicasColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SeriesRole) {
        if (column == RequestsTrendColumn)
            return QVariant::fromValue(version.requests.toList());
        if (column == P99TrendColumn)
            return QVariant::fromValue(version.p99.toList());
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return commonData(row, column, role);
    const bool text = role == Qt::DisplayRole;
    switch (column) {
    case ClusterColumn:
        return text ? QVariant() : commonData(row, column, role);
    case NameColumn: {
        const QString name = QString::fromStdString(f.name);
        if (!text)
            return name;
        QStringList marks;
        if (f.isDefault)
            marks << tr("default");
        if (f.isControl)
            marks << tr("control");
        return marks.isEmpty() ? name : tr("%1 (%2)").arg(name, marks.join(QStringLiteral(", ")));
    }
    case StateColumn:
        return text ? QVariant(StateText::health(version.state()))
                    : QVariant(static_cast<int>(version.state()));
    case SplitColumn:
        return text ? QVariant(percentText(f.effectivePercent, 0)) : sortValue(f.effectivePercent);
    case RequestsColumn:
    case RequestsTrendColumn:
        if (column == RequestsTrendColumn && text)
            return {};
        return text ? QVariant(number(f.requestsPerSecond)) : sortValue(f.requestsPerSecond);
    case ClientErrorsColumn: {
        const double p = percentOf(f.clientErrorsPerSecond, f.requestsPerSecond);
        return text ? QVariant(percentText(p)) : sortValue(p);
    }
    case ServerErrorsColumn: {
        const double p = percentOf(f.serverErrorsPerSecond, f.requestsPerSecond);
        return text ? QVariant(percentText(p)) : sortValue(p);
    }
    case P50Column:
        return text ? QVariant(latencyText(f.latencyMsP50)) : sortValue(f.latencyMsP50);
    case P99Column:
    case P99TrendColumn:
        if (column == P99TrendColumn && text)
            return {};
        return text ? QVariant(latencyText(f.latencyMsP99)) : sortValue(f.latencyMsP99);
    case UtilizationColumn:
        return text ? QVariant(utilizationText(f.utilization, f.targetUtilization))
                    : sortValue(f.utilization / std::max(1.0, f.targetUtilization));
    case ReplicasColumn:
        return text ? QVariant(replicasText(f.readyReplicas, f.desiredReplicas)) : sortValue(f.readyReplicas);
    default:
        return {};
    }
}

QVariant MonitorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClientErrorsColumn:
            return tr("Answers with a 4xx status in the last second, as a share of all requests");
        case ServerErrorsColumn:
            return tr(
                "Answers with a 5xx status in the last second (including the router's 502, 503 and 504)");
        case UtilizationColumn:
            return tr("Busy replica slots against the autoscaling target");
        case RequestsTrendColumn:
            return tr("Requests per second over the last five minutes");
        case P99TrendColumn:
            return tr("99th percentile latency over the last five minutes");
        case LastChangeColumn:
            return tr("Who made the endpoint's last change (traffic, versions, keys), and when");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClusterColumn:
        return tr("Cluster");
    case NameColumn:
        return tr("Endpoint / version");
    case StateColumn:
        return tr("State");
    case SplitColumn:
        return tr("Split");
    case RequestsColumn:
        return tr("Requests/s");
    case ClientErrorsColumn:
        return tr("4xx");
    case ServerErrorsColumn:
        return tr("5xx");
    case P50Column:
        return tr("p50");
    case P99Column:
        return tr("p99");
    case UtilizationColumn:
        return tr("Utilization");
    case ReplicasColumn:
        return tr("Replicas");
    case RequestsTrendColumn:
        return tr("Requests/s trend");
    case P99TrendColumn:
        return tr("p99 trend");
    case LastChangeColumn:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace switchyard::models
