#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestPaths.h"

using namespace switchyard::test;

// docs/openapi.yaml and the server agree both ways: every route the server serves (--print-routes) is an
// operation under `paths` in the yaml, and every operation in the yaml is answered by the real server as a
// route it has (not 405, not the 404 of a path it does not know).
class OpenApiCoverageTest : public QObject
{
    Q_OBJECT

private slots:
    void everyServedRouteIsDocumented()
    {
        QProcess server;
        server.start(ServerProcess::binary(), {QStringLiteral("--print-routes")});
        QVERIFY(server.waitForFinished(60000)); // a sanitized binary on a loaded machine starts slowly
        QCOMPARE(server.exitCode(), 0);
        const auto routes =
            QString::fromUtf8(server.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(routes.size() >= 20, "the route table is suspiciously short");

        QFile file(sourcePath(QStringLiteral("docs/openapi.yaml")));
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/openapi.yaml is missing");
        const auto documented = operations(QString::fromUtf8(file.readAll()));
        QVERIFY(!documented.isEmpty());

        QStringList missing;
        for (const auto& route : routes)
            if (!documented.contains(route.trimmed()))
                missing << route.trimmed();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in docs/openapi.yaml: ") + missing.join(", ")));
    }

    void everyDocumentedOperationIsServed()
    {
        QFile file(sourcePath(QStringLiteral("docs/openapi.yaml")));
        QVERIFY2(file.open(QIODevice::ReadOnly), "docs/openapi.yaml is missing");
        const auto documented = operations(QString::fromUtf8(file.readAll()));
        QVERIFY(documented.size() >= 20);

        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        HttpClient http(server.url(), server.adminToken());
        http.setTimeoutMs(10000);
        QStringList unserved;
        for (const QString& operation : documented) {
            const QByteArray method = operation.section(QLatin1Char(' '), 0, 0).toLatin1();
            // Parameters name things that do not exist: the route must still be the one answering.
            QString path = operation.section(QLatin1Char(' '), 1);
            path.replace(QStringLiteral("{ep}"), QStringLiteral("coverage-ep"))
                .replace(QStringLiteral("{v}"), QStringLiteral("coverage-v"))
                .replace(QStringLiteral("{name}"), QStringLiteral("coverage-model"));
            QVERIFY2(!path.contains(QLatin1Char('{')),
                     qPrintable(QStringLiteral("unknown parameter in ") + path));
            if (path == QLatin1String("/api/v1/events"))
                path += QStringLiteral("?wait=0"); // answer now instead of waiting for an event
            const bool withBody = method == "POST" || method == "PUT" || method == "PATCH";
            const auto reply = http.request(method, path, withBody ? QByteArray("{}") : QByteArray(),
                                            withBody ? QByteArray("application/json") : QByteArray());
            const auto body = reply.json();
            const nlohmann::json::json_pointer message("/error/message");
            const bool unknownPath = reply.status == 404 && body.is_object() && body.contains(message) &&
                                     body.at(message) == kNoSuchPath;
            if (reply.status == 0 || reply.status == 405 || unknownPath)
                unserved << QStringLiteral("%1 (%2)").arg(operation).arg(reply.status);
        }
        QVERIFY2(unserved.isEmpty(),
                 qPrintable(QStringLiteral("documented but not served: ") + unserved.join(", ")));
    }

    // The checker itself: a path without the method is not coverage.
    void checkerSeesMethodsPerPath()
    {
        const auto ops = operations(QStringLiteral("openapi: 3.0.3\npaths:\n  /a/{x}:\n    get:\n      x: 1\n"
                                                   "    delete:\n      x: 1\n  /b:\n    post:\n      x: 1\n"
                                                   "components:\n  schemas: {}\n"));
        QCOMPARE(ops, (QSet<QString>{"GET /a/{x}", "DELETE /a/{x}", "POST /b"}));
    }

private:
    // The server's answer to a path no route has (Router::match).
    static constexpr const char* kNoSuchPath = "There is no resource at this path.";

    // "METHOD /path" for each operation under the top-level `paths:` key (two-space indented yaml).
    static QSet<QString> operations(const QString& yaml)
    {
        static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
        static const QRegularExpression methodLine(
            QStringLiteral("^    (get|put|post|patch|delete|head|options):"));
        QSet<QString> out;
        bool inPaths = false;
        QString path;
        for (const auto& line : yaml.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char(' ')) && !line.trimmed().isEmpty()) {
                inPaths = line.startsWith(QStringLiteral("paths:"));
                continue;
            }
            if (!inPaths)
                continue;
            if (const auto m = pathLine.match(line); m.hasMatch())
                path = m.captured(1);
            else if (const auto m2 = methodLine.match(line); m2.hasMatch() && !path.isEmpty())
                out.insert(m2.captured(1).toUpper() + QLatin1Char(' ') + path);
        }
        return out;
    }
};

QTEST_GUILESS_MAIN(OpenApiCoverageTest)
#include "OpenApiCoverageTest.moc"
