#pragma once

#include <functional>
#include <memory>

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include "ApiResult.h"
#include "Result.h"

namespace switchyard::models {

template <class T>
using ResultHandler = std::function<void(const client::ApiResult<T>&)>;
// Sees every outcome first (a lost connection says something about the session as a whole).
using OutcomeObserver = std::function<void(const Error* error)>;

// A client callback (it runs on the client's thread) that only posts a queued call to `receiver`; there
// `observe` sees the outcome, then `done` runs if `context` still lives (a closed dialog gets nothing).
// Safe only while `receiver` outlives the client's callbacks: the session owns the client and destroys
// it before its parts, which cancels every call in flight and waits for a callback already running.
template <class T>
std::function<void(client::ApiResult<T>)> deliverQueued(QObject* receiver, QObject* context,
                                                        OutcomeObserver observe, ResultHandler<T> done)
{
    QPointer<QObject> guard(context);
    auto shared = std::make_shared<ResultHandler<T>>(std::move(done));
    auto observer = std::make_shared<OutcomeObserver>(std::move(observe));
    return [receiver, guard, shared, observer](client::ApiResult<T> result) {
        auto boxed = std::make_shared<client::ApiResult<T>>(std::move(result));
        QMetaObject::invokeMethod(
            receiver,
            [guard, shared, observer, boxed] {
                if (*observer)
                    (*observer)(boxed->ok() ? nullptr : &boxed->error());
                if (guard && *shared)
                    (*shared)(*boxed);
            },
            Qt::QueuedConnection);
    };
}

// deliverQueued with a step on the client's thread: `prepare` turns a successful answer into what the GUI
// thread takes (work done there is not the GUI thread's), then the result is posted as above. `prepare`
// runs off the GUI thread: it must touch no QObject and no state it shares (a pure function of its value).
template <class T, class U>
std::function<void(client::ApiResult<T>)>
deliverQueuedPrepared(QObject* receiver, QObject* context, OutcomeObserver observe,
                      std::function<U(T)> prepare, ResultHandler<U> done)
{
    auto post = deliverQueued<U>(receiver, context, std::move(observe), std::move(done));
    return [post = std::move(post), prepare = std::move(prepare)](client::ApiResult<T> result) {
        const int status = result.httpStatus();
        if (!result)
            post(client::ApiResult<U>(Error(result.error()), status));
        else
            post(client::ApiResult<U>(prepare(std::move(result).value()), status));
    };
}

} // namespace switchyard::models
