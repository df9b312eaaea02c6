#include "EndpointListModel.h"

#include <QStringList>

#include "StateText.h"

namespace switchyard::models {

EndpointListModel::EndpointListModel(QObject* parent)
    : KeyedTableModel<EndpointSummary>([](const EndpointSummary& e) { return e.name; }, parent)
{}

void EndpointListModel::setEndpoints(std::vector<EndpointSummary> endpoints)
{
    applyRows(std::move(endpoints),
              [](const EndpointSummary& a, const EndpointSummary& b) { return a == b; });
}

QString EndpointListModel::splitText(const std::map<std::string, int>& traffic,
                                     const std::string& defaultVersion)
{
    QStringList parts;
    auto add = [&parts](const std::string& name, int percent) {
        parts << QStringLiteral("%1 %2 %").arg(QString::fromStdString(name)).arg(percent);
    };
    if (auto it = traffic.find(defaultVersion); it != traffic.end())
        add(it->first, it->second);
    for (const auto& [name, percent] : traffic) {
        if (name != defaultVersion && percent > 0)
            add(name, percent);
    }
    return parts.join(QStringLiteral(" · "));
}

int EndpointListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointListModel::data(const QModelIndex& index, int role) const
{
    const auto* e = rowAt(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == NameRole)
        return QString::fromStdString(e->name);
    if (role == StateRole)
        return static_cast<int>(e->state);
    // Stale rows keep their content, greyed, and the state says since when it may no longer hold.
    if (staleSince().isValid()) {
        if (role == Qt::ForegroundRole)
            return StateText::staleColor();
        if (role == Qt::ToolTipRole)
            return StateText::staleToolTip(staleSince());
        if (role == Qt::DisplayRole && index.column() == StateColumn)
            return StateText::staleState(StateText::health(e->state), staleSince());
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return StateText::healthColor(e->state);
    if (role == Qt::ToolTipRole) {
        return tr("%1\nScoring URI: %2\nDefault version: %3")
            .arg(QString::fromStdString(e->name), QString::fromStdString(e->scoringUri),
                 QString::fromStdString(e->defaultVersion));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(e->name);
    case StateColumn:
        return StateText::health(e->state);
    case AuthColumn:
        return StateText::authMode(toString(e->authMode));
    case VersionsColumn:
        return e->versionCount;
    case SplitColumn:
        return splitText(e->traffic, e->defaultVersion);
    default:
        return {};
    }
}

QVariant EndpointListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Endpoint");
    case StateColumn:
        return tr("State");
    case AuthColumn:
        return tr("Auth");
    case VersionsColumn:
        return tr("Versions");
    case SplitColumn:
        return tr("Effective split");
    default:
        return {};
    }
}

} // namespace switchyard::models
