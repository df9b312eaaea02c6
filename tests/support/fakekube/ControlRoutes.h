#pragma once

#include <string>

#include "HttpConnection.h"
#include "Reply.h"

namespace fakekube {

class FakeApiServer;

// The fault switches tests pull, under /fake/ on the API server's own listener (same token):
//   POST   /fake/watches/cut                     end every open watch now, mid-stream
//   POST   /fake/compact                         forget the event history: every resume gets 410
//   POST   /fake/conflicts?count=N               the next N updates of deployments or scale get 409
//   POST   /fake/down?seconds=N                  close the listener and every connection for N s
//   POST   /fake/forbid?verb=V&resource=R        403 for that verb ("*": all) on that resource
//   DELETE /fake/forbid                          allow everything again
//   POST   /fake/unpullable?image=X              pods with that image fail to pull it
//   POST   /fake/pods/{name}/kill[?namespace=NS] SIGKILL the pod's process (a crash)
//   POST   /fake/quota[?namespace=NS]            body {"hard": {...}}: the namespace's ResourceQuota
//   GET    /fake/requests                        what the fake received (bounded), for assertions
class ControlRoutes
{
public:
    ControlRoutes(FakeApiServer& server, std::string defaultNamespace);

    Reply handle(HttpConnection* connection, const HttpRequest& request);

private:
    FakeApiServer& m_server;
    std::string m_namespace;
};

} // namespace fakekube
