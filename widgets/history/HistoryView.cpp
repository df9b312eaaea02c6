#include "HistoryView.h"

#include <algorithm>

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "StateText.h"
#include "TimeText.h"
#include "history/EventDescription.h"

namespace switchyard::widgets {

HistoryView::HistoryView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("historyView"));
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("historyList"));
    m_view->setAccessibleName(tr("Change history"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setHeaderLabels({tr("When"), tr("What happened")});
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_restore = new QPushButton(tr("Restore this split"), this);
    m_restore->setObjectName(QStringLiteral("historyRestore"));
    m_restore->setAccessibleName(tr("Restore this split"));
    m_restore->setToolTip(tr("Make the split this change set live again, in one change."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &HistoryView::updateButton);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_view->indexOfTopLevelItem(m_view->currentItem());
        if (row < 0 || row >= int(m_events.size()) || m_busy)
            return;
        const auto request = EventDescription::restoreRequest(m_events[std::size_t(row)]);
        if (!request)
            return;
        m_busy = true;
        m_message->setText(tr("Restoring…"));
        updateButton();
        emit restoreSplitRequested(m_endpoint, *request);
    });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>History</b>"), this));
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    updateButton();
}

void HistoryView::setEvents(const QString& endpoint, const std::vector<EventRecord>& events)
{
    m_endpoint = endpoint;
    m_events.clear();
    m_view->clear();
    m_message->clear();
    addEvents(events);
}

void HistoryView::addEvents(const std::vector<EventRecord>& events)
{
    std::vector<EventRecord> fresh;
    const std::int64_t newest = m_events.empty() ? -1 : m_events.front().seq;
    for (const auto& e : events)
        if (QString::fromStdString(e.endpoint) == m_endpoint && e.seq > newest)
            fresh.push_back(e);
    std::sort(fresh.begin(), fresh.end(), [](const auto& a, const auto& b) { return a.seq > b.seq; });
    if (fresh.size() > std::size_t(kMaxEvents))
        fresh.resize(std::size_t(kMaxEvents));
    // Newest first: the sorted batch goes on top in one insertion.
    QList<QTreeWidgetItem*> items;
    items.reserve(qsizetype(fresh.size()));
    for (const auto& e : fresh) {
        auto* item = new QTreeWidgetItem({models::TimeText::full(e.time), EventDescription::describe(e)});
        item->setToolTip(1, item->text(1));
        item->setData(0, Qt::UserRole, qint64(e.seq));
        items.append(item);
    }
    m_view->insertTopLevelItems(0, items);
    m_events.insert(m_events.begin(), std::make_move_iterator(fresh.begin()),
                    std::make_move_iterator(fresh.end()));
    while (int(m_events.size()) > kMaxEvents) {
        m_events.pop_back();
        delete m_view->takeTopLevelItem(m_view->topLevelItemCount() - 1);
    }
    updateButton();
}

int HistoryView::eventCount() const
{
    return int(m_events.size());
}

void HistoryView::setRequestFinished(bool ok, const QString& error)
{
    m_busy = false;
    m_message->setText(ok ? tr("The split was restored.") : error);
    updateButton();
}

void HistoryView::updateButton()
{
    const int row = m_view->indexOfTopLevelItem(m_view->currentItem());
    const bool restorable = row >= 0 && row < int(m_events.size()) &&
                            EventDescription::restoreRequest(m_events[std::size_t(row)]).has_value();
    m_restore->setEnabled(restorable && !m_busy);
}

} // namespace switchyard::widgets
