#pragma once

#include <array>

#include <QDialog>
#include <QStringList>

#include "AlertRuleBook.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace switchyard::widgets {

// Edits the alert rules of a cluster, or of one endpoint of it over its cluster's, and the notification
// mute. Works on a copy: rules() holds the edit once the dialog is accepted.
class AlertRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRulesDialog)

public:
    struct Cluster
    {
        QString id;   // what the rules know it by (its URL)
        QString name; // as shown
        QStringList endpoints;
    };

    AlertRulesDialog(const models::AlertRuleBook& rules, bool muted, QList<Cluster> clusters,
                     QWidget* parent = nullptr);

    models::AlertRuleBook rules() const { return m_book; }
    bool muted() const;
    // Shows the rules of `endpoint` (empty: the cluster's own) of the cluster `clusterId`.
    void selectScope(const QString& clusterId, const QString& endpoint);

    void accept() override;

private:
    struct Row
    {
        QCheckBox* enabled = nullptr;
        QDoubleSpinBox* threshold = nullptr;
        QSpinBox* forSeconds = nullptr;
        QCheckBox* countClientErrors = nullptr; // ErrorRate only
        QCheckBox* inherit = nullptr;
    };

    QString clusterId() const;
    QString endpoint() const;
    void onClusterChanged();
    void onScopeChanged();
    void loadScope();
    void storeScope();
    void showRule(models::AlertKind kind, const models::AlertRule& rule);
    models::AlertRule editedRule(models::AlertKind kind) const;
    void updateEnabled();
    void restoreDefaults();

    models::AlertRuleBook m_book;
    QList<Cluster> m_clusters;
    QString m_shownCluster;
    QString m_shownEndpoint;
    bool m_loading = false;
    QComboBox* m_cluster = nullptr;
    QComboBox* m_endpoint = nullptr;
    QLabel* m_scopeNote = nullptr;
    std::array<Row, 5> m_rows;
    QCheckBox* m_mute = nullptr;
};

} // namespace switchyard::widgets
