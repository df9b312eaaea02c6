#pragma once

#include <map>
#include <vector>

#include <QAbstractScrollArea>
#include <QDateTime>

#include "dashboard/DashboardTile.h"

namespace switchyard::widgets {

// Every endpoint of a cluster as a painted tile (state, effective split, replicas, a utilization
// sparkline, coloured by how close the busiest version runs to its target). Painting the tiles directly
// (no widget or chart per tile) keeps 200 endpoints smooth: an update repaints only that tile.
class DashboardView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    static constexpr int kTileWidth = 230;
    static constexpr int kTileHeight = 140;
    static constexpr int kGap = 8;

    explicit DashboardView(QWidget* parent = nullptr);

    void setTiles(std::vector<DashboardTile> tiles);
    // Replaces one tile (its sparkline too) and repaints only it; a tile not there yet is added.
    void updateTile(const DashboardTile& tile);
    int tileCount() const { return int(m_tiles.size()); }
    const DashboardTile* tile(const QString& endpoint) const;
    QRect tileRect(int index) const; // viewport coordinates
    int tileAt(const QPoint& viewportPos) const;
    static QColor loadColor(std::optional<double> load);
    // The tiles show the cluster's answer of `since`, not confirmed since (invalid: current): they are
    // greyed and say so.
    void setStaleSince(const QDateTime& since);
    QDateTime staleSince() const { return m_staleSince; }

signals:
    void endpointActivated(const QString& endpoint);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    int columns() const;
    void updateScrollBars();
    void paintTile(QPainter& p, const DashboardTile& tile, const QRect& r, bool hovered, bool current) const;
    void updateAccessibleText();

    std::vector<DashboardTile> m_tiles;
    std::map<QString, int> m_index;
    int m_hovered = -1;
    int m_current = -1;
    QDateTime m_staleSince;
};

} // namespace switchyard::widgets
