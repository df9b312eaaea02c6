#pragma once

#include <map>
#include <string>
#include <vector>

#include <QWidget>

#include "TrafficEditModel.h"

class QButtonGroup;
class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QSlider;
class QSpinBox;

namespace switchyard::widgets {

class EffectiveSplitBar;

// The traffic editor of one endpoint: a slider and spin box per version, the effective split live as a
// bar while dragging, the edits held as a pending plan (with the difference from live) until Apply asks
// for one atomic PUT …/traffic. A view over TrafficEditModel; it never talks to the network.
class TrafficEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficEditor)

public:
    explicit TrafficEditor(QWidget* parent = nullptr);

    // The server's latest answer for `endpoint`. A different endpoint starts afresh.
    void setEndpoint(const EndpointInfo& endpoint);
    void setPlan(const QString& endpoint, const TrafficPlan& live);
    void clear();
    QString endpoint() const { return m_endpoint; }
    const models::TrafficEditModel& model() const { return m_model; }

    // The answer to applyRequested: re-enables the editor, and shows `error` when it failed.
    void setApplyFinished(bool ok, const QString& error = {});
    // Why the credential in use may not change traffic ("Needs the operator role…"); empty when it may.
    // While refused, the split can be tried out but Apply stays disabled, its tooltip saying why.
    void setApplyRefusal(const QString& refusal);

signals:
    void applyRequested(const QString& endpoint, const TrafficRequest& request);

private:
    struct Row
    {
        std::string name;
        QLabel* label = nullptr;
        QRadioButton* isDefault = nullptr;
        QSlider* slider = nullptr;
        QSpinBox* spin = nullptr;
        QLabel* effective = nullptr;
    };

    void rebuildRows();
    void refresh();
    void refillCanaryTargets();
    void orderTabs();
    void onValueEdited(const std::string& version, int value);
    void onDefaultChosen(const std::string& version);
    void applyPreset(bool ok, const QString& failure);
    Row* row(const std::string& version);

    QString m_endpoint;
    QString m_refusal;
    models::TrafficEditModel m_model;
    std::vector<Row> m_rows;
    std::vector<std::string> m_order;
    bool m_busy = false;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QFrame* m_liveChanged = nullptr;
    QLabel* m_liveChangedText = nullptr;
    QPushButton* m_rebase = nullptr;
    QPushButton* m_discard = nullptr;
    QGridLayout* m_grid = nullptr;
    QWidget* m_rowsHost = nullptr;
    QButtonGroup* m_defaultGroup = nullptr;
    QLabel* m_limit = nullptr;
    EffectiveSplitBar* m_liveBar = nullptr;
    EffectiveSplitBar* m_pendingBar = nullptr;
    QLabel* m_pendingCaption = nullptr;
    QLabel* m_liveCaption = nullptr;
    QComboBox* m_canaryTarget = nullptr;
    QSpinBox* m_canaryPercent = nullptr;
    QPushButton* m_allToControl = nullptr;
    QPushButton* m_evenSplit = nullptr;
    QPushButton* m_canary = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace switchyard::widgets
