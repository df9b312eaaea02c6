#include <set>

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include "AutoscalePolicy.h"
#include "ScaleReasonText.h"
#include "TestPaths.h"

using namespace switchyard;
using switchyard::models::ScaleReasonText;
using switchyard::test::binaryPath;

namespace {

// Marks every string it translates, so a reason shown entirely in translated words can be told from one
// shown (in part) as the server wrote it.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (!QLatin1String(context).endsWith(QLatin1String("ScaleReasonText")))
            return {};
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

struct Situation
{
    const char* name;
    AutoscaleInput input;
};

AutoscaleInput input(int current, double busy, int capacityAllows = 100)
{
    AutoscaleInput in;
    in.currentReplicas = current;
    in.readyReplicas = current;
    in.busyReplicas = busy;
    in.replicasCapacityAllows = capacityAllows;
    return in;
}

// Situations that between them make the autoscaler use each of its rules and each suffix.
std::vector<Situation> situations()
{
    std::vector<Situation> out;
    auto add = [&](const char* name, AutoscaleInput in) { out.push_back({name, in}); };
    auto belowMinimum = input(1, 0);
    belowMinimum.minReplicas = 2;
    add("below the minimum", belowMinimum);
    auto belowMinimumCapped = input(0, 0, 0);
    belowMinimumCapped.minReplicas = 2;
    add("below the minimum, capped", belowMinimumCapped);
    auto aboveMaximum = input(12, 1);
    aboveMaximum.maxReplicas = 10;
    add("above the maximum", aboveMaximum);
    add("above target", input(2, 2));
    add("above target, capped", input(2, 2, 2));
    auto held = input(4, 6);
    held.maxReplicas = 4;
    add("above target, held at the maximum", held);
    auto belowLong = input(5, 1);
    belowLong.secondsBelowTarget = 61;
    add("below target long enough", belowLong);
    auto belowWaiting = input(5, 1);
    belowWaiting.secondsBelowTarget = 10;
    add("below target, waiting", belowWaiting);
    add("at target", input(1, 0.7));
    return out;
}

// The numbers a sentence mentions, in order.
QStringList numbers(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QStringList out;
    for (auto it = number.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

} // namespace

// Every sentence core/AutoscalePolicy writes, made by core itself, is recognised and said again through
// tr(), with its numbers; anything else comes back as it was.
class ScaleReasonTextTest : public QObject
{
    Q_OBJECT

private slots:
    // A rule the situations below do not reach (a new one) fails here, until it has a situation (and then
    // a sentence the console knows).
    void everyRuleIsReached()
    {
        std::set<ScaleRule> reached;
        bool held = false;
        bool capped = false;
        for (const auto& s : situations()) {
            const auto decision = AutoscalePolicy::decide(s.input);
            reached.insert(decision.rule);
            held = held || decision.heldAtMaximum;
            capped = capped || decision.cappedByCapacity;
        }
        for (int rule = 0; rule < static_cast<int>(ScaleRule::Count); ++rule)
            QVERIFY2(reached.contains(static_cast<ScaleRule>(rule)), qPrintable(QString::number(rule)));
        QVERIFY(held);
        QVERIFY(capped);
    }

    void everyReasonIsTranslatedWithItsNumbers_data()
    {
        QTest::addColumn<QString>("server");
        for (const auto& s : situations())
            QTest::newRow(s.name) << QString::fromStdString(AutoscalePolicy::decide(s.input).reason);
    }
    // Each part of the sentence (the clause and every suffix) went through tr(), and the numbers stayed.
    void everyReasonIsTranslatedWithItsNumbers()
    {
        QFETCH(QString, server);
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        const QString shown = ScaleReasonText::localized(server);
        QCoreApplication::removeTranslator(&marking);
        const QStringList parts = shown.split(QStringLiteral(", "));
        for (const QString& part : parts)
            QVERIFY2(part.startsWith(QStringLiteral("«")) && part.endsWith(QStringLiteral("»")),
                     qPrintable(shown));
        QCOMPARE(numbers(shown), numbers(server));
    }

    void everyReasonReadsInItalian_data() { everyReasonIsTranslatedWithItsNumbers_data(); }
    // With the console's Italian translation (built with the console) every reason changes language.
    void everyReasonReadsInItalian()
    {
        QFETCH(QString, server);
        const QString english = ScaleReasonText::localized(server);
        QTranslator italian;
        QVERIFY2(italian.load(binaryPath(QStringLiteral("app/switchyard_it.qm"))),
                 "build the console first: the test reads its Italian translation");
        QCoreApplication::installTranslator(&italian);
        const QString shown = ScaleReasonText::localized(server);
        QCoreApplication::removeTranslator(&italian);
        const QStringList englishParts = english.split(QStringLiteral(", "));
        const QStringList italianParts = shown.split(QStringLiteral(", "));
        QCOMPARE(italianParts.size(), englishParts.size());
        for (qsizetype i = 0; i < englishParts.size(); ++i)
            QVERIFY2(italianParts.at(i) != englishParts.at(i), qPrintable(shown));
        QCOMPARE(numbers(shown), numbers(server));
    }

    void italianExample()
    {
        QTranslator italian;
        QVERIFY(italian.load(binaryPath(QStringLiteral("app/switchyard_it.qm"))));
        QCoreApplication::installTranslator(&italian);
        const QString shown = ScaleReasonText::localized(
            QStringLiteral("utilization 95% above target 70%, capped by the cluster's free capacity"));
        QCoreApplication::removeTranslator(&italian);
        QCOMPARE(shown,
                 QStringLiteral("utilizzo 95 % sopra la destinazione del 70 %, limitato dalla capacità "
                                "libera del cluster"));
    }

    void unknownSentencesComeBackAsTheyWere_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("unknown sentence") << "the moon is full";
        QTest::newRow("unknown with a known suffix")
            << "the moon is full, capped by the cluster's free capacity";
        QTest::newRow("empty") << QString();
    }
    void unknownSentencesComeBackAsTheyWere()
    {
        QFETCH(QString, server);
        QCOMPARE(ScaleReasonText::localized(server), server);
    }
};

QTEST_GUILESS_MAIN(ScaleReasonTextTest)
#include "ScaleReasonTextTest.moc"
