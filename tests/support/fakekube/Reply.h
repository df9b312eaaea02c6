#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>

#include "KubeStatus.h"

namespace fakekube {

// A whole answer to one request (watches stream instead and answer nothing).
struct Reply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;

    static Reply json(int status, const nlohmann::json& body)
    {
        return {status, "application/json", QByteArray::fromStdString(body.dump())};
    }
    static Reply error(const ApiError& error) { return json(error.code, error.status); }
    static Reply text(int status, QByteArray body) { return {status, "text/plain", std::move(body)}; }
};

} // namespace fakekube
