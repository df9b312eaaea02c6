#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace switchyard::models {
class AlertLogModel;
}

namespace switchyard::widgets {

// The alert log: every episode, of this console session and of earlier ones, the newest first, with when
// it started and ended, where, the rule and the measured value, and where the log is kept. Not modal: it
// stays open beside the Monitor and fills as alerts fire and clear.
class AlertLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogDialog)

public:
    // `keptIn`: the file the log is kept in, empty if it is not kept.
    AlertLogDialog(models::AlertLogModel* log, const QString& keptIn, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

private:
    void updateSummary();

    models::AlertLogModel* m_log = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace switchyard::widgets
