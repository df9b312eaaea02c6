#include "KeyValueText.h"

#include <QStringList>

namespace switchyard::widgets {

Result<std::map<std::string, std::string>> KeyValueText::parse(const QString& text, const std::string& field)
{
    std::map<std::string, std::string> values;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto& part : parts) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const auto eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::badRequest(
                "InvalidValue",
                tr("Write each entry as key=value, separated by commas (\"%1\" has no key).")
                    .arg(item)
                    .toStdString(),
                field);
        values[item.left(eq).trimmed().toStdString()] = item.mid(eq + 1).trimmed().toStdString();
    }
    return values;
}

QString KeyValueText::format(const std::map<std::string, std::string>& values)
{
    QStringList parts;
    for (const auto& [key, value] : values)
        parts << QString::fromStdString(key) + QLatin1Char('=') + QString::fromStdString(value);
    return parts.join(QStringLiteral(", "));
}

} // namespace switchyard::widgets
