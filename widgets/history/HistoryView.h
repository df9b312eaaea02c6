#pragma once

#include <vector>

#include <QWidget>

#include "TrafficRequest.h"
#include "api/EventRecord.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace switchyard::widgets {

// One endpoint's history from the event feed, newest first, in words, with "Restore this split" on
// traffic changes.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    static constexpr int kMaxEvents = 1000;

    explicit HistoryView(QWidget* parent = nullptr);

    // Shows the events of `endpoint` among `events` (others are skipped), replacing what was shown.
    void setEvents(const QString& endpoint, const std::vector<EventRecord>& events);
    // New events from the feed; those of other endpoints or already shown are skipped.
    void addEvents(const std::vector<EventRecord>& events);
    QString endpoint() const { return m_endpoint; }
    QTreeWidget* view() const { return m_view; }
    int eventCount() const;
    // The answer to restoreSplitRequested.
    void setRequestFinished(bool ok, const QString& error = {});

signals:
    void restoreSplitRequested(const QString& endpoint, const TrafficRequest& request);

private:
    void updateButton();

    QString m_endpoint;
    std::vector<EventRecord> m_events; // newest first, parallel to the view's items
    bool m_busy = false;
    QTreeWidget* m_view = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace switchyard::widgets
