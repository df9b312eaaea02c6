#include <QTest>

#include "Metadata.h"

using namespace switchyard;

// The bounds on descriptions and tags, at and just past each limit.
class MetadataTest : public QObject
{
    Q_OBJECT

private slots:
    void characterCountCountsCodePoints()
    {
        QCOMPARE(characterCount(""), std::size_t(0));
        QCOMPARE(characterCount("abc"), std::size_t(3));
        QCOMPARE(characterCount("\xc3\xa9"), std::size_t(1));          // é
        QCOMPARE(characterCount("\xe2\x82\xac"), std::size_t(1));      // €
        QCOMPARE(characterCount("\xf0\x9f\x98\x80x"), std::size_t(2)); // an emoji and x
    }

    void description()
    {
        QVERIFY(validateDescription("").ok());
        QVERIFY(validateDescription(std::string(MetadataLimits::kMaxDescriptionChars, 'd')).ok());
        const auto tooLong = validateDescription(std::string(MetadataLimits::kMaxDescriptionChars + 1, 'd'));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().target.value_or(""), std::string("description"));
        QCOMPARE(tooLong.error().message,
                 std::string("description must be at most 1024 characters, not 1025."));
        QCOMPARE(httpStatus(tooLong.error().kind), 400);
        const auto nested = validateDescription(std::string(2000, 'd'), "version.description");
        QCOMPARE(nested.error().target.value_or(""), std::string("version.description"));
    }

    void tags()
    {
        std::map<std::string, std::string> tags;
        for (std::size_t i = 0; i < MetadataLimits::kMaxTags; ++i)
            tags["t" + std::to_string(i)] = std::string(MetadataLimits::kMaxTagValueChars, 'v');
        QVERIFY(validateTags(tags).ok());
        tags["one-more"] = "v";
        QCOMPARE(validateTags(tags).error().message, std::string("tags must hold at most 50 tags, not 51."));

        QVERIFY(validateTags({{std::string(MetadataLimits::kMaxTagKeyChars, 'k'), "v"}}).ok());
        const auto longKey = validateTags({{std::string(MetadataLimits::kMaxTagKeyChars + 1, 'k'), "v"}});
        QCOMPARE(longKey.error().target.value_or(""), std::string("tags"));
        QVERIFY(longKey.error().message.find(std::string(129, 'k')) == std::string::npos); // not echoed
        QVERIFY(!validateTags({{"", "v"}}).ok());
        QVERIFY(validateTags({{"team", ""}}).ok());

        const auto longValue =
            validateTags({{"team", std::string(MetadataLimits::kMaxTagValueChars + 1, 'v')}});
        QCOMPARE(longValue.error().target.value_or(""), std::string("tags.team"));
        QCOMPARE(longValue.error().message,
                 std::string("The value of tag 'team' must be at most 256 characters, not 257."));
    }
};

QTEST_GUILESS_MAIN(MetadataTest)
#include "MetadataTest.moc"
