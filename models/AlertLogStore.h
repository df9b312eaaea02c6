#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "AlertEpisode.h"

namespace switchyard::models {

// Keeps the alert log across console sessions: a JSON-lines file, one episode a line, the oldest first,
// in the application's data location (`~/.local/share/Switchyard/switchyard/alert-log.jsonl` on Linux).
// It is rewritten whole and atomically (QSaveFile) whenever an episode fires or ends, so a crash leaves
// the previous file or the new one, never half of one. It holds the last kMaxEpisodes episodes and none
// that ended more than kMaxAgeDays ago.
//
// A file that cannot be read (a line that is not an episode, a file that cannot be opened) is moved aside
// to `<file>.unreadable-<time>` and the log starts empty; the bad file is kept for a person to look at.
class AlertLogStore
{
    Q_DECLARE_TR_FUNCTIONS(AlertLogStore)

public:
    static constexpr int kMaxEpisodes = 1000;
    static constexpr int kMaxAgeDays = 30;

    struct Loaded
    {
        std::vector<AlertEpisode> episodes; // the oldest first
        QString error;                      // why the file could not be read; empty if it could or is absent
        QString setAside;                   // where the unreadable file went; empty if it could not be moved
    };

    // AppDataLocation/alert-log.jsonl
    static QString defaultPath();
    // Reads the file. An episode still firing in it is one the console closed on (or crashed on) without
    // seeing it end: it is ended at the file's last write, marked endedWithConsole.
    static Loaded load(const QString& path, const QDateTime& now);
    // Writes the episodes (the oldest first), bounded; the error in words, empty when it worked.
    static QString save(const QString& path, const std::vector<AlertEpisode>& episodes, const QDateTime& now);
    // Without the episodes that ended more than kMaxAgeDays before `now`, then the last kMaxEpisodes.
    static std::vector<AlertEpisode> bounded(std::vector<AlertEpisode> episodes, const QDateTime& now);

    static QByteArray toLine(const AlertEpisode& episode);
    // The episode of one line, or nothing with the reason in `why`.
    static std::optional<AlertEpisode> fromLine(const QByteArray& line, QString* why);
};

} // namespace switchyard::models
