#pragma once

#include <string>
#include <utility>

#include "Result.h"

namespace switchyard::client {

// The payload of calls that answer nothing (204).
struct Nothing
{
    bool operator==(const Nothing&) const = default;
};

// Every call's outcome, as a value: the payload, or the error (the contract's error body, or a
// Transport error when no HTTP answer came), plus the HTTP status (0 without an answer).
template <class T>
class ApiResult
{
public:
    ApiResult(T value, int httpStatus) : m_result(std::move(value)), m_httpStatus(httpStatus) {}
    ApiResult(Error error, int httpStatus) : m_result(std::move(error)), m_httpStatus(httpStatus) {}

    bool ok() const { return m_result.ok(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return m_result.value(); }
    T&& value() && { return std::move(m_result).value(); }
    const T* operator->() const { return &m_result.value(); }
    const T& operator*() const { return m_result.value(); }
    const Error& error() const { return m_result.error(); }
    int httpStatus() const { return m_httpStatus; }

private:
    Result<T> m_result;
    int m_httpStatus = 0;
};

// One line for people: "404 NotFound: The endpoint 'x' does not exist. (target: name)".
std::string describe(const Error& error, int httpStatus);

template <class T>
std::string describe(const ApiResult<T>& result)
{
    return describe(result.error(), result.httpStatus());
}

} // namespace switchyard::client
