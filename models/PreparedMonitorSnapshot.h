#pragma once

#include <vector>

#include <QList>

#include "api/MonitorSnapshot.h"

namespace switchyard::models {

// The sparkline series of one version's history, as MonitorSeries keeps them (its last kCapacity samples).
struct MonitorVersionSeries
{
    QList<double> requests;
    QList<double> p99;
};

// A GET /api/v1/monitor answer with its history already turned into the series the model keeps. A
// cluster's first answer carries five minutes for every version (1,200 series of 300 samples for 200
// endpoints × 3 versions, 2.9 MB): allocating and first touching them held the GUI thread 13–18 ms
// (bench/README.md, "The Monitor under load"). prepareMonitorSnapshot() does that on the client's thread,
// before the queued delivery (ClusterSession::fetchPreparedMonitor); MonitorModel::applySnapshot then only
// shares the ready lists.
//
// Ownership across threads: the preparing thread creates every QList here and keeps no reference; the
// whole value is moved into the queued call, so the GUI thread is its only user once the call is posted
// (the post orders the writes before it). The model shares the lists (implicit sharing, an atomic count);
// the value is destroyed on the GUI thread after the model took its references. No QObject is touched.
struct PreparedMonitorSnapshot
{
    MonitorSnapshot snapshot;
    // series[e][v] is snapshot.endpoints[e].versions[v]'s; both empty for a version without history.
    std::vector<std::vector<MonitorVersionSeries>> series;
};

// Pure: no QObject, no shared state; safe on any thread.
PreparedMonitorSnapshot prepareMonitorSnapshot(MonitorSnapshot snapshot);

} // namespace switchyard::models
