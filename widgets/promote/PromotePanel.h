#pragma once

#include <QWidget>

#include "PromotionRequests.h"
#include "TrafficPlan.h"
#include "TrafficRequest.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace switchyard::widgets {

// Controlled rollout for one endpoint: promote a treatment to control (alone, with the default, or with
// all traffic), set the default, make the control a treatment. Each action is one traffic request.
class PromotePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromotePanel)

public:
    explicit PromotePanel(QWidget* parent = nullptr);

    void setPlan(const QString& endpoint, const TrafficPlan& live);
    void selectVersion(const QString& version);
    QString selectedVersion() const;
    // Whether "Promote to control" would take `version` now: a treatment of the endpoint shown, the panel
    // enabled and no change under way.
    bool canPromote(const QString& version) const;
    // The answer to trafficChangeRequested.
    void setRequestFinished(bool ok, const QString& error = {});

signals:
    void trafficChangeRequested(const QString& endpoint, const TrafficRequest& request);
    // The plan or the busy state changed: canPromote() may answer differently.
    void promotableChanged();

private:
    void updateButtons();
    void request(const TrafficRequest& request);

    QString m_endpoint;
    TrafficPlan m_live;
    bool m_busy = false;
    QComboBox* m_version = nullptr;
    QLabel* m_role = nullptr;
    QComboBox* m_scope = nullptr;
    QPushButton* m_promote = nullptr;
    QPushButton* m_setDefault = nullptr;
    QPushButton* m_makeTreatment = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace switchyard::widgets
