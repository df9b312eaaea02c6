#pragma once

#include <string>
#include <string_view>

#include "DataPlane.h"

namespace switchyard::server {

// The start line and header block of an HTTP/1.x message exactly as Beast's serializer would write them
// (fields in their stored order, then the blank line), appended to one contiguous string. The hot path
// sends that string and the body as two buffers of one gather write: one system call, and none of the
// generic buffer-sequence machinery that made up a quarter of the router's user time.
// `extraLines` are whole header lines ("Name: value\r\n") added after the stored fields.
class WireHead
{
public:
    static void append(std::string& out, const HttpRequest& request, std::string_view extraLines = {});
    static void append(std::string& out, const HttpResponse& response, std::string_view extraLines = {});
};

} // namespace switchyard::server
