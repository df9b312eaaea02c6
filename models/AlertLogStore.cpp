#include "AlertLogStore.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace switchyard::models {
namespace {

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue numberValue(double x)
{
    return std::isfinite(x) ? QJsonValue(x) : QJsonValue(QJsonValue::Null);
}

// An ISO 8601 time, or null when `optional`; nothing when it is neither.
std::optional<QDateTime> readTime(const QJsonValue& value, bool optional)
{
    if (optional && value.isNull())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid())
        return std::nullopt;
    return time.toLocalTime();
}

std::optional<double> readNumber(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return std::nan("");
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

QString AlertLogStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/alert-log.jsonl");
}

QByteArray AlertLogStore::toLine(const AlertEpisode& e)
{
    const QJsonObject rule{{QStringLiteral("enabled"), e.rule.enabled},
                           {QStringLiteral("threshold"), e.rule.threshold},
                           {QStringLiteral("forSeconds"), e.rule.forSeconds},
                           {QStringLiteral("countClientErrors"), e.rule.countClientErrors}};
    const QJsonObject o{{QStringLiteral("id"), static_cast<qint64>(e.id)},
                        {QStringLiteral("kind"), alertKindKey(e.kind)},
                        {QStringLiteral("clusterId"), e.clusterId},
                        {QStringLiteral("clusterName"), e.clusterName},
                        {QStringLiteral("endpoint"), e.endpoint},
                        {QStringLiteral("version"), e.version},
                        {QStringLiteral("rule"), rule},
                        {QStringLiteral("started"), timeValue(e.started)},
                        {QStringLiteral("fired"), timeValue(e.fired)},
                        {QStringLiteral("ended"), timeValue(e.ended)},
                        {QStringLiteral("endedWithConsole"), e.endedWithConsole},
                        {QStringLiteral("value"), numberValue(e.value)},
                        {QStringLiteral("peak"), numberValue(e.peak)},
                        {QStringLiteral("detail"), e.detail}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AlertEpisode> AlertLogStore::fromLine(const QByteArray& line, QString* why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = tr("not JSON (%1 at character %2)").arg(error.errorString()).arg(error.offset + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *why = tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const auto bad = [why](const char* field) {
        *why = tr("no valid \"%1\"").arg(QLatin1String(field));
        return std::nullopt;
    };
    AlertEpisode e;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isDouble() || id.toDouble() < 1 || id.toDouble() != std::floor(id.toDouble()))
        return bad("id");
    e.id = static_cast<std::uint64_t>(id.toDouble());
    const auto kind = alertKindFromKey(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return bad("kind");
    e.kind = *kind;
    const auto text = [&o](const char* field, QString* out) {
        const QJsonValue v = o.value(QLatin1String(field));
        *out = v.toString();
        return v.isString();
    };
    for (const auto& [field, out] :
         {std::pair{"clusterId", &e.clusterId}, std::pair{"clusterName", &e.clusterName},
          std::pair{"endpoint", &e.endpoint}, std::pair{"version", &e.version},
          std::pair{"detail", &e.detail}})
        if (!text(field, out))
            return bad(field);
    const QJsonObject rule = o.value(QStringLiteral("rule")).toObject();
    const QJsonValue threshold = rule.value(QStringLiteral("threshold"));
    const QJsonValue forSeconds = rule.value(QStringLiteral("forSeconds"));
    if (!rule.value(QStringLiteral("enabled")).isBool() || !threshold.isDouble() || !forSeconds.isDouble() ||
        forSeconds.toDouble() < 0)
        return bad("rule");
    e.rule = AlertRule{rule.value(QStringLiteral("enabled")).toBool(), threshold.toDouble(),
                       forSeconds.toInt(), rule.value(QStringLiteral("countClientErrors")).toBool()};
    const auto started = readTime(o.value(QStringLiteral("started")), false);
    if (!started)
        return bad("started");
    const auto fired = readTime(o.value(QStringLiteral("fired")), false);
    if (!fired)
        return bad("fired");
    const auto ended = readTime(o.value(QStringLiteral("ended")), true);
    if (!ended)
        return bad("ended");
    e.started = *started;
    e.fired = *fired;
    e.ended = *ended;
    e.endedWithConsole = o.value(QStringLiteral("endedWithConsole")).toBool();
    const auto value = readNumber(o.value(QStringLiteral("value")));
    if (!value)
        return bad("value");
    const auto peak = readNumber(o.value(QStringLiteral("peak")));
    if (!peak)
        return bad("peak");
    e.value = *value;
    e.peak = *peak;
    return e;
}

std::vector<AlertEpisode> AlertLogStore::bounded(std::vector<AlertEpisode> episodes, const QDateTime& now)
{
    const QDateTime oldest = now.addDays(-kMaxAgeDays);
    std::erase_if(episodes, [&oldest](const AlertEpisode& e) { return !e.isFiring() && e.ended < oldest; });
    if (episodes.size() > static_cast<std::size_t>(kMaxEpisodes))
        episodes.erase(episodes.begin(), episodes.end() - kMaxEpisodes);
    return episodes;
}

AlertLogStore::Loaded AlertLogStore::load(const QString& path, const QDateTime& now)
{
    Loaded loaded;
    QFile file(path);
    if (!file.exists())
        return loaded;
    if (file.open(QIODevice::ReadOnly)) {
        int number = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++number;
            if (line.isEmpty())
                continue;
            QString why;
            auto episode = fromLine(line, &why);
            if (!episode) {
                loaded.error = tr("line %1: %2").arg(number).arg(why);
                break;
            }
            loaded.episodes.push_back(std::move(*episode));
        }
        if (loaded.error.isEmpty() && file.error() != QFileDevice::NoError)
            loaded.error = file.errorString();
    } else {
        loaded.error = file.errorString();
    }
    file.close();
    if (!loaded.error.isEmpty()) {
        loaded.episodes.clear();
        const QString aside =
            path + QStringLiteral(".unreadable-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (QFile::rename(path, aside))
            loaded.setAside = aside;
        return loaded;
    }
    // Still firing when the console last wrote the file: it closed, or crashed, before the episode ended.
    const QDateTime lastWrite = QFileInfo(path).lastModified();
    for (auto& e : loaded.episodes)
        if (e.isFiring()) {
            e.ended = std::max(lastWrite, e.fired);
            e.endedWithConsole = true;
        }
    loaded.episodes = bounded(std::move(loaded.episodes), now);
    return loaded;
}

QString AlertLogStore::save(const QString& path, const std::vector<AlertEpisode>& episodes,
                            const QDateTime& now)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("cannot make the folder %1").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    for (const auto& e : bounded(episodes, now)) {
        file.write(toLine(e));
        file.write("\n");
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace switchyard::models
