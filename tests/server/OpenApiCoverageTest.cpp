#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "ServerProcess.h"
#include "TestPaths.h"

using namespace switchyard::test;

// docs/openapi.yaml must describe every route the server serves: the server prints its route table
// (--print-routes) and every "METHOD /path" must be an operation under `paths` in the yaml.
class OpenApiCoverageTest : public QObject
{
    Q_OBJECT

private slots:
    void everyServedRouteIsDocumented()
    {
        QProcess server;
        server.start(ServerProcess::binary(), {QStringLiteral("--print-routes")});
        QVERIFY(server.waitForFinished(10000));
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

    // The checker itself: a path without the method is not coverage.
    void checkerSeesMethodsPerPath()
    {
        const auto ops = operations(QStringLiteral("openapi: 3.0.3\npaths:\n  /a/{x}:\n    get:\n      x: 1\n"
                                                   "    delete:\n      x: 1\n  /b:\n    post:\n      x: 1\n"
                                                   "components:\n  schemas: {}\n"));
        QCOMPARE(ops, (QSet<QString>{"GET /a/{x}", "DELETE /a/{x}", "POST /b"}));
    }

private:
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
