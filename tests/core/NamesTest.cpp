#include <QTest>

#include "Names.h"

using namespace switchyard;

class NamesTest : public QObject
{
    Q_OBJECT

private slots:
    void resourceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "churn" << true;
        QTest::newRow("digits and dashes") << "versiona-2" << true;
        QTest::newRow("three characters is the minimum") << "abc" << true;
        QTest::newRow("two characters is too short") << "ab" << false;
        QTest::newRow("32 characters is the maximum") << QString(32, 'a') << true;
        QTest::newRow("33 characters is too long") << QString(33, 'a') << false;
        QTest::newRow("upper case") << "Churn" << false;
        QTest::newRow("starts with a digit") << "1churn" << false;
        QTest::newRow("starts with a dash") << "-churn" << false;
        QTest::newRow("underscore") << "churn_a" << false;
        QTest::newRow("dot") << "churn.a" << false;
        QTest::newRow("space") << "churn a" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("non-ascii") << QString::fromUtf8("modèle") << false;
    }
    void resourceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto status = validateResourceName(name.toStdString(), "version_name");
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QCOMPARE(QString::fromStdString(status.error().code), QStringLiteral("InvalidName"));
            QCOMPARE(QString::fromStdString(*status.error().target), QStringLiteral("version_name"));
        }
    }

    void modelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "churn" << true;
        QTest::newRow("mixed case, dots, underscores") << "Churn_model.v2-final" << true;
        QTest::newRow("starts with a digit") << "2churn" << true;
        QTest::newRow("one character") << "c" << true;
        QTest::newRow("255 characters") << QString(255, 'm') << true;
        QTest::newRow("256 characters") << QString(256, 'm') << false;
        QTest::newRow("starts with a dot") << ".churn" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("colon") << "a:b" << false;
        QTest::newRow("empty") << "" << false;
    }
    void modelNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(validateModelName(name.toStdString()).ok(), valid);
    }

    void modelRefs_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("name"); // empty: invalid
        QTest::addColumn<int>("version");
        QTest::newRow("contract example") << "churn:3"
                                          << "churn" << 3;
        QTest::newRow("dots in the name") << "my.model:12"
                                          << "my.model" << 12;
        QTest::newRow("no version") << "churn"
                                    << "" << 0;
        QTest::newRow("empty version") << "churn:"
                                       << "" << 0;
        QTest::newRow("version zero") << "churn:0"
                                      << "" << 0;
        QTest::newRow("negative version") << "churn:-1"
                                          << "" << 0;
        QTest::newRow("version not a number") << "churn:latest"
                                              << "" << 0;
        QTest::newRow("trailing garbage") << "churn:3x"
                                          << "" << 0;
        QTest::newRow("bad name") << "/etc/passwd:1"
                                  << "" << 0;
    }
    void modelRefs()
    {
        QFETCH(QString, reference);
        QFETCH(QString, name);
        QFETCH(int, version);
        const auto ref = parseModelRef(reference.toStdString());
        QCOMPARE(ref.ok(), !name.isEmpty());
        if (ref) {
            QCOMPARE(QString::fromStdString(ref->name), name);
            QCOMPARE(ref->version, version);
            QCOMPARE(QString::fromStdString(ref->toString()), reference);
        } else {
            QCOMPARE(QString::fromStdString(*ref.error().target), QStringLiteral("model"));
        }
    }
};

QTEST_GUILESS_MAIN(NamesTest)
#include "NamesTest.moc"
