#pragma once

#include <QDialog>
#include <QPointer>

#include "ClusterProfile.h"
#include "ConnectivityCheck.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace switchyard::widgets {

// The console's answer to "why can't I reach my cluster": shows each step of a models::ConnectivityCheck
// (name resolution, TCP connect, TLS handshake and certificate, API auth) with its result.
class ConnectivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectivityDialog)

public:
    using Step = models::ConnectivityCheck::Step;
    static constexpr Step Resolve = models::ConnectivityCheck::Resolve;
    static constexpr Step Connect = models::ConnectivityCheck::Connect;
    static constexpr Step Tls = models::ConnectivityCheck::Tls;
    static constexpr Step Auth = models::ConnectivityCheck::Auth;
    static constexpr int StepCount = models::ConnectivityCheck::StepCount;

    explicit ConnectivityDialog(models::ClusterProfile profile, QWidget* parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    // The text of a step's result (for tests): empty while it runs.
    QString resultOf(Step step) const;
    bool passed(Step step) const;

private:
    void report(Step step, bool ok, const QString& text);
    void finish();

    models::ClusterProfile m_profile;
    QTreeWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_again = nullptr;
    models::ConnectivityCheck* m_check = nullptr;
    bool m_finished = false;
    bool m_passed[StepCount] = {};
};

} // namespace switchyard::widgets
