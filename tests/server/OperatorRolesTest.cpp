#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QtCore/qfloat16.h> // QCOMPARE(json, json) needs qfloat16 complete

#include "ServerTestBase.h"
#include "TestPaths.h"

using namespace switchyard::test;

// Operators and roles against the real server: every route is called with every kind of credential
// (viewer, operator, admin, none, revoked, expired) and must do what the role table of
// docs/operator-guide.md says; the table must list exactly the routes the server serves. Then the audit
// trail: every event names who caused it, and the feed filters by operator.
class OperatorRolesTest : public QObject
{
    Q_OBJECT

private:
    struct RouteRole
    {
        QString method;
        QString pattern;
        QString needs; // public, endpoint credential, model credential, viewer, operator, admin
    };

    ServerProcess m_server{{"--cpu-cores", "2", "--memory-gb", "4"}};
    HttpClient m_admin;
    QMap<QString, QString> m_tokens; // credential kind -> token
    std::string m_model;
    // The "expired" credential lives this long from m_briefCreated.
    static constexpr int kBriefSeconds = 3;
    QElapsedTimer m_briefCreated;

    static int rank(const QString& role)
    {
        return QStringList{"viewer", "operator", "admin"}.indexOf(role) + 1; // 0: not a role
    }

    // The table between the route-roles markers of the operator guide.
    static QList<RouteRole> documentedRoles()
    {
        QFile file(sourcePath(QStringLiteral("docs/operator-guide.md")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<RouteRole> rows;
        bool inside = false;
        static const QRegularExpression row(QStringLiteral(
            "^\\| (GET|POST|PUT|PATCH|DELETE) \\| `([^`]+)` \\| ([a-z ]+?)(?: \\(.*\\))? \\|$"));
        for (const auto& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("<!-- route-roles:begin -->")))
                inside = true;
            else if (line.contains(QStringLiteral("<!-- route-roles:end -->")))
                inside = false;
            else if (inside)
                if (const auto m = row.match(line); m.hasMatch())
                    rows.push_back({m.captured(1), m.captured(2), m.captured(3)});
        }
        return rows;
    }

    QString createOperator(const QString& name, const QString& role, int expiresIn = 0)
    {
        json body{{"name", name.toStdString()}, {"role", role.toStdString()}};
        if (expiresIn > 0)
            body["expires_in_seconds"] = expiresIn;
        const auto reply = m_admin.post("/api/v1/operators", body);
        if (reply.status != 201)
            return {};
        return QString::fromStdString(reply.json()["token"].get<std::string>());
    }

    HttpReply call(const QString& token, const QByteArray& method, const QString& path,
                   const QByteArray& body = "{}")
    {
        HttpClient client(m_server.url(), token);
        const bool withBody = method == "POST" || method == "PUT" || method == "PATCH";
        return client.request(method, path, withBody ? body : QByteArray(),
                              withBody ? QByteArray("application/json") : QByteArray());
    }

    json events(const QString& query)
    {
        return m_admin.get(QStringLiteral("/api/v1/events?") + query).json()["events"];
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_admin.setBase(m_server.url());
        m_admin.setBearer(m_server.adminToken());
        m_model = uploadModel(m_admin, "m", "bytes");
        QVERIFY(!m_model.empty());
        EXPECT_STATUS(m_admin.post("/api/v1/endpoints", endpointSpec("roles", m_model)), 201);

        m_tokens["viewer"] = createOperator("wall", "viewer");
        m_tokens["operator"] = createOperator("oncall", "operator");
        m_tokens["admin"] = createOperator("boss", "admin");
        m_tokens["revoked"] = createOperator("gone", "admin");
        m_briefCreated.start();
        m_tokens["expired"] = createOperator("brief", "admin", kBriefSeconds);
        for (const auto& token : m_tokens)
            QVERIFY(!token.isEmpty());
        m_tokens["none"] = QString();
        QVERIFY2(!m_server.serverOutput().contains(m_tokens["viewer"]), "a credential was logged");
    }

    void theTableListsEveryRouteOnce()
    {
        const auto rows = documentedRoles();
        QVERIFY2(rows.size() >= 25, "the role table of docs/operator-guide.md is missing or short");
        QSet<QString> documented;
        for (const auto& r : rows) {
            const QString route = r.method + QLatin1Char(' ') + r.pattern;
            QVERIFY2(!documented.contains(route), qPrintable("listed twice: " + route));
            documented.insert(route);
            QVERIFY2(rank(r.needs) > 0 || r.needs == QLatin1String("public") ||
                         r.needs == QLatin1String("endpoint credential") ||
                         r.needs == QLatin1String("model credential"),
                     qPrintable("unknown role '" + r.needs + "' for " + route));
        }
        QProcess routes;
        routes.start(ServerProcess::binary(), {"--print-routes"});
        QVERIFY(routes.waitForFinished(60000)); // a sanitized binary on a loaded machine starts slowly
        QSet<QString> served;
        for (const auto& line :
             QString::fromUtf8(routes.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts))
            served.insert(line.trimmed());
        QVERIFY(served.size() >= 25);
        const auto withoutRole = served - documented;
        QVERIFY2(withoutRole.isEmpty(), qPrintable("routes without a role in the table: " +
                                                   QStringList(withoutRole.values()).join(", ")));
        const auto notServed = documented - served;
        QVERIFY2(notServed.isEmpty(), qPrintable("routes in the table the server does not serve: " +
                                                 QStringList(notServed.values()).join(", ")));
    }

    void revokedAndExpiredFailAtOnce()
    {
        // Both worked a moment ago; revocation holds for the very next request, expiry at its second.
        EXPECT_STATUS(call(m_tokens["revoked"], "GET", "/api/v1/whoami"), 200);
        EXPECT_STATUS(m_admin.del("/api/v1/operators/gone"), 204);
        auto reply = call(m_tokens["revoked"], "GET", "/api/v1/whoami");
        EXPECT_STATUS(reply, 401);
        QCOMPARE(reply.errorCode(), std::string("Unauthorized"));
        EXPECT_STATUS(m_admin.del("/api/v1/operators/gone"), 404);

        const auto early = call(m_tokens["expired"], "GET", "/api/v1/whoami");
        if (m_briefCreated.elapsed() < (kBriefSeconds - 1) * 1000) { // not yet expired, surely
            EXPECT_STATUS(early, 200);
            QCOMPARE(early.json()["name"], json("brief"));
            QVERIFY(early.json()["expires_at"].is_string());
        }
        QTRY_COMPARE_WITH_TIMEOUT(call(m_tokens["expired"], "GET", "/api/v1/whoami").status, 401,
                                  kBriefSeconds * 1000 + 2000);
        QVERIFY(m_briefCreated.elapsed() >= (kBriefSeconds - 1) * 1000); // not refused before its time
        reply = call(m_tokens["expired"], "GET", "/api/v1/cluster");
        QVERIFY2(reply.json()["error"]["message"].get<std::string>().find("expired") != std::string::npos,
                 describe(reply));
    }

    // The table, enforced: each route with each credential. GET routes read the real endpoint; changes go to
    // an endpoint that does not exist, so a role that may make them gets past auth (404, 400, 415) and
    // nothing changes between the rows.
    void everyRouteWithEveryRole()
    {
        EXPECT_STATUS(call(m_tokens["expired"], "GET", "/api/v1/whoami"), 401);
        EXPECT_STATUS(call(m_tokens["revoked"], "GET", "/api/v1/whoami"), 401);
        int checked = 0;
        for (const auto& row : documentedRoles()) {
            const bool read = row.method == QLatin1String("GET");
            const bool scoring = row.needs == QLatin1String("endpoint credential");
            QString path = row.pattern;
            path.replace("{ep}", read || scoring ? "roles" : "ghost-ep")
                .replace("{v}", "versiona")
                .replace("{name}", row.pattern.startsWith("/api/v1/operators") ? "nobody" : "m");
            if (path == QLatin1String("/api/v1/events"))
                path += QStringLiteral("?wait=0");
            for (const auto& [kind, token] : m_tokens.asKeyValueRange()) {
                const auto reply = call(token, row.method.toLatin1(), path);
                const QString what = row.method + " " + path + " as " + kind + ": " + describe(reply);
                const int needed = rank(row.needs);
                const int held = rank(kind);
                if (row.needs == QLatin1String("public")) {
                    QVERIFY2(reply.status == 200, qPrintable(what));
                } else if (needed == 0) {
                    // Endpoint or model credential routes: no operator credential opens them.
                    QVERIFY2(reply.status == 401, qPrintable(what));
                } else if (held == 0) {
                    QVERIFY2(reply.status == 401, qPrintable(what));
                    QCOMPARE(reply.headers["www-authenticate"], QByteArray("Bearer"));
                } else if (held < needed) {
                    QVERIFY2(reply.status == 403, qPrintable(what));
                    QCOMPARE(reply.errorCode(), std::string("Forbidden"));
                    const auto message = reply.json()["error"]["message"].get<std::string>();
                    QVERIFY2(message.find("'" + row.needs.toStdString() + "'") != std::string::npos,
                             qPrintable(what));
                } else {
                    QVERIFY2(reply.status != 401 && reply.status != 403 && reply.status != 405 &&
                                 reply.status != 0 && reply.status < 500,
                             qPrintable(what));
                    if (read) // collected data is 409 while the version does not collect
                        QVERIFY2(reply.status == 200 || reply.status == 409, qPrintable(what));
                }
                ++checked;
            }
        }
        QVERIFY(checked >= 25 * 6);
    }

    // The wall screen sees the endpoint but no secret; the on-call engineer moves traffic and rolls keys;
    // only the admin changes endpoints and people.
    void threePeopleThreeRoles()
    {
        const auto& viewer = m_tokens["viewer"];
        const auto& oncall = m_tokens["operator"];
        const auto& boss = m_tokens["admin"];
        const auto endpoint = call(viewer, "GET", "/api/v1/endpoints/roles");
        EXPECT_STATUS(endpoint, 200);
        QVERIFY(!endpoint.body.contains("primary_key"));
        EXPECT_STATUS(call(viewer, "GET", "/api/v1/endpoints/roles/keys"), 403);
        const QByteArray traffic = R"({"traffic": {"versiona": 100}})";
        EXPECT_STATUS(call(viewer, "PUT", "/api/v1/endpoints/roles/traffic", traffic), 403);
        EXPECT_STATUS(call(oncall, "PUT", "/api/v1/endpoints/roles/traffic", traffic), 200);
        EXPECT_STATUS(
            call(oncall, "POST", "/api/v1/endpoints/roles/keys/regenerate", R"({"key_type": "Primary"})"),
            200);
        EXPECT_STATUS(call(oncall, "GET", "/api/v1/endpoints/roles/keys"), 200);
        EXPECT_STATUS(call(oncall, "PATCH", "/api/v1/endpoints/roles", R"({"description": "x"})"), 403);
        EXPECT_STATUS(call(oncall, "POST", "/api/v1/operators", R"({"name": "sneaky", "role": "admin"})"),
                      403);
        EXPECT_STATUS(call(boss, "PATCH", "/api/v1/endpoints/roles", R"({"description": "by the boss"})"),
                      200);
        const auto who = call(oncall, "GET", "/api/v1/whoami").json();
        QCOMPARE(who["name"], json("oncall"));
        QCOMPARE(who["role"], json("operator"));
        QCOMPARE(who["bootstrap"], json(false));
        QCOMPARE(m_admin.get("/api/v1/whoami").json()["name"], json("admin"));
    }

    void operatorsListNeverShowsATokenAndRecordsLastUse()
    {
        const auto reply = call(m_tokens["admin"], "GET", "/api/v1/operators");
        EXPECT_STATUS(reply, 200);
        for (const auto& kind : {"viewer", "operator", "admin"})
            QVERIFY(!reply.body.contains(m_tokens[kind].toUtf8()));
        QVERIFY(!reply.body.contains("token"));
        QStringList names;
        const auto list = reply.json();
        for (const auto& o : list["operators"]) {
            names << QString::fromStdString(o["name"].get<std::string>());
            if (o["name"] == json("wall"))
                QVERIFY(o["last_used_at"].is_string());
        }
        QCOMPARE(names, (QStringList{"boss", "brief", "oncall", "wall"})); // gone was revoked
        // The store holds only hashes.
        QFile db(m_server.dataDir() + "/switchyard.db");
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY2(!db.readAll().contains(m_tokens["operator"].toUtf8()), "a credential was stored");
    }

    void badOperatorRequests()
    {
        EXPECT_STATUS(m_admin.post("/api/v1/operators", {{"name", "wall"}, {"role", "viewer"}}), 409);
        EXPECT_STATUS(m_admin.post("/api/v1/operators", {{"name", "admin"}, {"role", "viewer"}}), 409);
        EXPECT_STATUS(m_admin.del("/api/v1/operators/admin"), 409);
        auto reply = m_admin.post("/api/v1/operators", {{"name", "Bad Name"}, {"role", "viewer"}});
        EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorTarget(), std::string("name"));
        reply = m_admin.post("/api/v1/operators", {{"name", "newbie"}, {"role", "root"}});
        EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorTarget(), std::string("role"));
        reply = m_admin.post("/api/v1/operators",
                             {{"name", "newbie"}, {"role", "viewer"}, {"expires_in_seconds", 0}});
        EXPECT_STATUS(reply, 400);
        QCOMPARE(reply.errorTarget(), std::string("expires_in_seconds"));
        EXPECT_STATUS(m_admin.post("/api/v1/operators", {{"name", "newbie"}}), 400);
        EXPECT_STATUS(m_admin.post("/api/v1/operators", {{"name", "newbie"}, {"role", "viewer"}, {"x", 1}}),
                      400);
        EXPECT_STATUS(m_admin.get("/api/v1/events?operator=Not%20A%20Name"), 400);
    }

    void eventsNameWhoCausedThem()
    {
        // Changes made above: by admin (endpoint, operators), oncall (traffic, key), boss (endpoint patch).
        const auto all = events("after=0");
        QVERIFY(all.size() >= 6);
        for (const auto& e : all) {
            QVERIFY2(e.contains("operator") && e.contains("caused_by"), e.dump().c_str());
            if (e["caused_by"] == json("operator"))
                QVERIFY(e["operator"].is_string());
            else
                QVERIFY(e["operator"].is_null());
        }
        const auto byOncall = events("after=0&operator=oncall");
        QStringList kinds;
        for (const auto& e : byOncall) {
            QCOMPARE(e["operator"], json("oncall"));
            kinds << QString::fromStdString(e["kind"].get<std::string>());
        }
        QVERIFY2(kinds.contains("KeyRegenerated"), qPrintable(kinds.join(",")));
        const auto byBoss = events("after=0&operator=boss");
        QCOMPARE(byBoss.size(), std::size_t(1));
        QCOMPARE(byBoss[0]["kind"], json("EndpointUpdated"));
        const auto byAdmin = events("after=0&operator=admin");
        QStringList adminKinds;
        for (const auto& e : byAdmin)
            adminKinds << QString::fromStdString(e["kind"].get<std::string>());
        QVERIFY(adminKinds.contains("EndpointCreated"));
        QVERIFY(adminKinds.contains("OperatorCreated"));
        QVERIFY(adminKinds.contains("OperatorDeleted"));
        QVERIFY(events("after=0&operator=nobody").empty());
        // What the server did on its own says so: the version's replicas became healthy.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& e : events("after=0"))
                    if (e["kind"] == json("StateChanged"))
                        return e["caused_by"] == json("health") && e["operator"].is_null();
                return false;
            }(),
            60000);
    }

    void revocationSurvivesRestart()
    {
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        m_admin.setBase(m_server.url());
        EXPECT_STATUS(call(m_tokens["revoked"], "GET", "/api/v1/whoami"), 401);
        EXPECT_STATUS(call(m_tokens["expired"], "GET", "/api/v1/whoami"), 401);
        EXPECT_STATUS(call(m_tokens["operator"], "GET", "/api/v1/endpoints/roles/keys"), 200);
        EXPECT_STATUS(call(m_tokens["viewer"], "GET", "/api/v1/endpoints/roles/keys"), 403);
        QCOMPARE(events("after=0&operator=boss").size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(OperatorRolesTest)
#include "OperatorRolesTest.moc"
