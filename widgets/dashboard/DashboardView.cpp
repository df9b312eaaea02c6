#include "DashboardView.h"

#include <algorithm>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include "StateText.h"
#include "traffic/EffectiveSplitBar.h"

namespace switchyard::widgets {

DashboardView::DashboardView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    setAccessibleName(tr("Endpoints dashboard"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setEnabled(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(kTileHeight / 4);
}

QColor DashboardView::loadColor(std::optional<double> load)
{
    if (!load)
        return QColor(0xBB, 0xBB, 0xBB);
    if (*load < 0.5)
        return QColor(0x56, 0xB4, 0xE9); // well below target: room to spare
    if (*load < 0.9)
        return QColor(0x00, 0x9E, 0x73); // comfortably near target
    if (*load <= 1.1)
        return QColor(0xE6, 0x9F, 0x00); // at target: the autoscaler is about to act
    return QColor(0xD5, 0x5E, 0x00);     // above target
}

void DashboardView::setStaleSince(const QDateTime& since)
{
    if (since == m_staleSince)
        return;
    m_staleSince = since;
    updateAccessibleText();
    viewport()->update();
}

void DashboardView::setTiles(std::vector<DashboardTile> tiles)
{
    std::map<QString, int> index;
    for (int i = 0; i < int(tiles.size()); ++i)
        index[tiles[std::size_t(i)].endpoint] = i;
    m_tiles = std::move(tiles);
    m_index = std::move(index);
    m_hovered = -1;
    m_current = std::min(m_current, int(m_tiles.size()) - 1);
    updateScrollBars();
    updateAccessibleText();
    viewport()->update();
}

void DashboardView::updateTile(const DashboardTile& tile)
{
    const auto it = m_index.find(tile.endpoint);
    if (it == m_index.end()) {
        m_tiles.push_back(tile);
        m_index[tile.endpoint] = int(m_tiles.size()) - 1;
        updateScrollBars();
        viewport()->update();
        return;
    }
    m_tiles[std::size_t(it->second)] = tile;
    // Only this tile is repainted.
    viewport()->update(tileRect(it->second));
}

const DashboardTile* DashboardView::tile(const QString& endpoint) const
{
    const auto it = m_index.find(endpoint);
    return it == m_index.end() ? nullptr : &m_tiles[std::size_t(it->second)];
}

int DashboardView::columns() const
{
    return std::max(1, (viewport()->width() - kGap) / (kTileWidth + kGap));
}

QRect DashboardView::tileRect(int index) const
{
    const int c = columns();
    const int x = kGap + (index % c) * (kTileWidth + kGap);
    const int y = kGap + (index / c) * (kTileHeight + kGap) - verticalScrollBar()->value();
    return {x, y, kTileWidth, kTileHeight};
}

int DashboardView::tileAt(const QPoint& pos) const
{
    const int c = columns();
    const int y = pos.y() + verticalScrollBar()->value() - kGap;
    const int x = pos.x() - kGap;
    if (x < 0 || y < 0)
        return -1;
    const int col = x / (kTileWidth + kGap), row = y / (kTileHeight + kGap);
    if (col >= c || x % (kTileWidth + kGap) >= kTileWidth || y % (kTileHeight + kGap) >= kTileHeight)
        return -1;
    const int index = row * c + col;
    return index < int(m_tiles.size()) ? index : -1;
}

void DashboardView::updateScrollBars()
{
    const int rows = (int(m_tiles.size()) + columns() - 1) / columns();
    const int height = kGap + rows * (kTileHeight + kGap);
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, height - viewport()->height()));
}

void DashboardView::updateAccessibleText()
{
    QString text = tr("%n endpoint(s)", nullptr, int(m_tiles.size()));
    if (m_staleSince.isValid())
        text += QStringLiteral(", ") + models::StateText::asOf(m_staleSince);
    setAccessibleDescription(text);
}

void DashboardView::paintEvent(QPaintEvent* event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), palette().color(QPalette::Window));
    if (m_tiles.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No endpoints on this cluster yet."));
        return;
    }
    // Only the tiles that intersect the exposed area are painted.
    const int c = columns();
    const int top = verticalScrollBar()->value() + event->rect().top();
    const int first = std::max(0, (top - kGap) / (kTileHeight + kGap)) * c;
    for (int i = first; i < int(m_tiles.size()); ++i) {
        const QRect r = tileRect(i);
        if (r.top() > event->rect().bottom())
            break;
        if (r.intersects(event->rect()))
            paintTile(p, m_tiles[std::size_t(i)], r, i == m_hovered, i == m_current && hasFocus());
    }
}

void DashboardView::paintTile(QPainter& p, const DashboardTile& t, const QRect& r, bool hovered,
                              bool current) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const auto load = t.loadNow();
    const QColor accent = loadColor(load);
    QColor background = palette().color(QPalette::Base);
    if (hovered)
        background = background.darker(104);
    p.setPen(QPen(current ? palette().color(QPalette::Highlight) : accent, current ? 2.5 : 1.5));
    p.setBrush(background);
    p.drawRoundedRect(QRectF(r).adjusted(0.75, 0.75, -0.75, -0.75), 6, 6);
    p.fillRect(QRect(r.left() + 1, r.top() + 6, 5, r.height() - 12), accent);

    const QRect inner = r.adjusted(12, 6, -8, -6);
    const QFontMetrics fm = p.fontMetrics();
    const int line = fm.height();
    // Name and state.
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    const QString state = models::StateText::health(t.state);
    const int stateWidth = fm.horizontalAdvance(state) + 16;
    p.drawText(QRect(inner.left(), inner.top(), inner.width() - stateWidth, line),
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(t.endpoint, Qt::ElideRight, inner.width() - stateWidth));
    p.setFont(font());
    p.setBrush(models::StateText::healthColor(t.state));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(inner.right() - stateWidth + 4, inner.top() + line / 2.0 - 4, 8, 8));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(inner.right() - stateWidth + 14, inner.top(), stateWidth - 14, line),
               Qt::AlignLeft | Qt::AlignVCenter, state);

    // The effective split as a thin bar, then in words.
    const QRect bar(inner.left(), inner.top() + line + 4, inner.width(), 8);
    int x = bar.left(), acc = 0, colour = 0;
    QStringList words;
    for (const auto& v : t.versions) {
        const QColor c = EffectiveSplitBar::colorFor(colour++);
        acc += v.effectiveTraffic;
        const int right = acc >= 100 ? bar.right() + 1 : bar.left() + bar.width() * acc / 100;
        p.fillRect(QRect(x, bar.top(), right - x, bar.height()), c);
        x = right;
        words << tr("%1 %2 %").arg(QString::fromStdString(v.name)).arg(v.effectiveTraffic);
    }
    const QRect splitText(inner.left(), bar.bottom() + 3, inner.width(), line);
    p.drawText(splitText, Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(words.join(QStringLiteral(" · ")), Qt::ElideRight, inner.width()));
    const QString replicas = tr("Replicas: %1 of %2 ready").arg(t.readyReplicas).arg(t.desiredReplicas);
    const QString loadText =
        load ? tr("Load: %1 % of target").arg(qRound(*load * 100)) : tr("Load: no samples yet");
    const QRect replicasLine(inner.left(), splitText.bottom() + 1, inner.width(), line);
    p.drawText(replicasLine, Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(replicas, Qt::ElideRight, inner.width()));
    const QRect info(inner.left(), replicasLine.bottom() + 1, inner.width(), line);
    p.drawText(info, Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(loadText, Qt::ElideRight, inner.width()));

    // Sparkline of load relative to target; the dashed line is the target (1.0).
    const QRect spark(inner.left(), info.bottom() + 4, inner.width(),
                      std::max(10, inner.bottom() - info.bottom() - 4));
    const double top = 1.5; // 150 % of target fills the box
    const auto yFor = [&](double v) {
        return spark.bottom() - std::clamp(v / top, 0.0, 1.0) * spark.height();
    };
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    p.drawLine(QPointF(spark.left(), yFor(1.0)), QPointF(spark.right(), yFor(1.0)));
    if (t.load.size() >= 2) {
        QPainterPath path;
        const double step = double(spark.width()) / double(DashboardTile::kSparklineSamples - 1);
        const double x0 = spark.right() - step * double(t.load.size() - 1);
        for (std::size_t i = 0; i < t.load.size(); ++i) {
            const QPointF pt(x0 + step * double(i), yFor(t.load[i]));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(accent.darker(115), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    if (m_staleSince.isValid()) {
        // A veil over the whole tile: the state and figures stay readable but no longer look live.
        QColor veil = palette().color(QPalette::Window);
        veil.setAlpha(170);
        p.setPen(Qt::NoPen);
        p.setBrush(veil);
        p.drawRoundedRect(QRectF(r), 6, 6);
        const QString asOf = models::StateText::asOf(m_staleSince);
        QFont italic = font();
        italic.setItalic(true);
        p.setFont(italic);
        const QFontMetrics im(italic);
        const QRect badge(inner.right() - im.horizontalAdvance(asOf) - 8, inner.bottom() - line - 2,
                          im.horizontalAdvance(asOf) + 8, line + 2);
        p.setBrush(palette().color(QPalette::Base));
        p.setPen(QPen(models::StateText::staleColor(), 1));
        p.drawRoundedRect(QRectF(badge), 3, 3);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(badge, Qt::AlignCenter, asOf);
    }
    p.restore();
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void DashboardView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void DashboardView::mouseMoveEvent(QMouseEvent* event)
{
    const int index = tileAt(event->position().toPoint());
    if (index == m_hovered)
        return;
    if (m_hovered >= 0)
        viewport()->update(tileRect(m_hovered));
    m_hovered = index;
    if (index >= 0) {
        viewport()->update(tileRect(index));
        viewport()->setCursor(Qt::PointingHandCursor);
        viewport()->setToolTip(tr("Open %1").arg(m_tiles[std::size_t(index)].endpoint));
    } else {
        viewport()->unsetCursor();
        viewport()->setToolTip(QString());
    }
}

void DashboardView::leaveEvent(QEvent* event)
{
    if (m_hovered >= 0)
        viewport()->update(tileRect(m_hovered));
    m_hovered = -1;
    QAbstractScrollArea::leaveEvent(event);
}

void DashboardView::mousePressEvent(QMouseEvent* event)
{
    // Accepting the press on a tile is what makes the release (the click) come to this view.
    event->setAccepted(tileAt(event->position().toPoint()) >= 0);
    setFocus(Qt::MouseFocusReason);
}

void DashboardView::mouseReleaseEvent(QMouseEvent* event)
{
    const int index = tileAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) {
        m_current = index;
        viewport()->update();
        emit endpointActivated(m_tiles[std::size_t(index)].endpoint);
    }
}

void DashboardView::keyPressEvent(QKeyEvent* event)
{
    if (m_tiles.empty())
        return QAbstractScrollArea::keyPressEvent(event);
    const int c = columns();
    int next = std::max(m_current, 0);
    switch (event->key()) {
    case Qt::Key_Left:
        next -= 1;
        break;
    case Qt::Key_Right:
        next += 1;
        break;
    case Qt::Key_Up:
        next -= c;
        break;
    case Qt::Key_Down:
        next += c;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit endpointActivated(m_tiles[std::size_t(m_current)].endpoint);
        return;
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
    m_current = std::clamp(next, 0, int(m_tiles.size()) - 1);
    const QRect r = tileRect(m_current);
    if (r.top() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - kGap);
    else if (r.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.bottom() - viewport()->height() +
                                      kGap);
    setAccessibleDescription(m_tiles[std::size_t(m_current)].endpoint);
    viewport()->update();
}

} // namespace switchyard::widgets
