#pragma once

#include <QCoreApplication>
#include <QString>

namespace switchyard::models {

// The autoscaler's reason for a decision in the reader's language. The server writes it in English
// (core/AutoscalePolicy: "utilization 92% above target 70%", "below the minimum of 2 replicas", …);
// each of those sentences is recognised and said again with tr(). A sentence the console does not know
// (from a newer server) is shown as it came.
class ScaleReasonText
{
    Q_DECLARE_TR_FUNCTIONS(ScaleReasonText)

public:
    static QString localized(const QString& reason);
};

} // namespace switchyard::models
