#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include <QAbstractTableModel>

#include "AlertEpisode.h"

namespace switchyard::models {

// The alert log: one row an episode, the newest first, with when it started, fired and ended, where, the
// rule and the measured value. An episode that ends updates its row in place. Holds the last kMaxEpisodes,
// of this console session and of earlier ones (AlertCenter keeps them in a file: AlertLogStore).
class AlertLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogModel)

public:
    static constexpr int kMaxEpisodes = 1000;

    enum Column
    {
        StartedColumn,
        EndedColumn,
        ClusterColumn,
        EndpointColumn,
        VersionColumn,
        KindColumn,
        RuleColumn,
        ValueColumn,
        PeakColumn,
        ColumnCount
    };
    enum Role
    {
        FiringRole = Qt::UserRole + 1, // bool
        EpisodeIdRole,                 // qulonglong
        KindRole,                      // AlertKind as int
    };

    explicit AlertLogModel(QObject* parent = nullptr);

    // Adds the episode, or updates its row if it is there already.
    void record(const AlertEpisode& episode);
    // Adds episodes older than every row (an earlier console's, the oldest first) below the rows.
    void restore(const std::vector<AlertEpisode>& oldestFirst);
    // Every row, the oldest first (the order of the file).
    std::vector<AlertEpisode> episodes() const;
    // The highest episode id in the log, 0 if it is empty.
    std::uint64_t lastId() const;
    const AlertEpisode& episodeAt(int row) const { return m_episodes[static_cast<std::size_t>(row)]; }
    // "2026-12-01 09:14:03"
    static QString timeText(const QDateTime& time);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<AlertEpisode> m_episodes; // newest first
};

} // namespace switchyard::models
