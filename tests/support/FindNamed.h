#pragma once

#include <QObject>
#include <QString>

namespace switchyard::test {

// The child of `parent` (at any depth) with this object name; a test that asks for a widget the window
// does not have stops at once, naming it, rather than crashing on a null pointer later.
template <class T>
T* findNamed(const QObject* parent, const QString& name)
{
    auto* child = parent ? parent->findChild<T*>(name) : nullptr;
    if (!child)
        qFatal("no object named %s", qPrintable(name));
    return child;
}

template <class T>
T* findNamed(const QObject* parent, const char* name)
{
    return findNamed<T>(parent, QString::fromLatin1(name));
}

} // namespace switchyard::test
