#pragma once

#include <functional>

#include <QObject>
#include <QString>

namespace switchyard::app {

// Admin tokens in the OS keychain (QtKeychain, asynchronous). Where no keychain service runs, the token
// goes to a file only its owner can read (0600) and the caller gets a warning to show. Set
// SWITCHYARD_TOKEN_STORE=file to skip the keychain (tests, headless machines).
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    // `warning` is empty when the keychain holds the token.
    using ReadDone = std::function<void(const QString& token, const QString& warning)>;
    using WriteDone = std::function<void(const QString& warning)>;

    explicit TokenStore(QObject* parent = nullptr);

    void read(const QString& profile, QObject* context, ReadDone done);
    void write(const QString& profile, const QString& token, QObject* context, WriteDone done);
    void remove(const QString& profile);
    // Where a profile's token goes without a keychain.
    static QString fallbackPath(const QString& profile);
    static QString fallbackWarning(const QString& path);

private:
    static bool keychainDisabled();
    static QString readFile(const QString& profile);
    static QString writeFile(const QString& profile, const QString& token);
};

} // namespace switchyard::app
