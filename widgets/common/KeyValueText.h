#pragma once

#include <map>
#include <string>

#include <QCoreApplication>
#include <QString>

#include "Result.h"

namespace switchyard::widgets {

// Tags and environment variables as one line of text: "team=risk, tier=gold".
class KeyValueText
{
    Q_DECLARE_TR_FUNCTIONS(KeyValueText)

public:
    // `field` is the error's target, so the reason appears beside the right field.
    static Result<std::map<std::string, std::string>> parse(const QString& text, const std::string& field);
    static QString format(const std::map<std::string, std::string>& values);
};

} // namespace switchyard::widgets
