package org.bulletincms.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemContentCheckTest {

    private static final Set<String> BILINGUAL = Set.of("zh-CN", "en");

    /** One field of every kind; the title is required and translatable, the start is required and shared. */
    private static final SectionType EVERY_KIND = DeclaredSectionType.wellFormed("every-kind")
            .withFields(
                    FieldSpec.plainText("title")
                            .required()
                            .translatable()
                            .max(10)
                            .label("标题", "Title"),
                    FieldSpec.richText("body").required().translatable().label("正文", "Body"),
                    FieldSpec.url("link").label("链接", "Link"),
                    FieldSpec.email("contact").label("邮箱", "E-mail"),
                    FieldSpec.date("deadline").label("截止日期", "Deadline"),
                    FieldSpec.zonedDateTime("start").required().label("开始", "Start"),
                    FieldSpec.number("year").label("年份", "Year"),
                    FieldSpec.people("people")
                            .translatable()
                            .maxEntries(3)
                            .max(20)
                            .label("人员", "People"),
                    FieldSpec.numberedList("commitments")
                            .translatable()
                            .maxEntries(2)
                            .label("承诺", "Commitments"),
                    FieldSpec.textList("countries").translatable().label("国家", "Countries"),
                    FieldSpec.termList("activities").translatable().label("活动", "Activities"),
                    FieldSpec.keyFigures("figures").translatable().label("关键数字", "Key figures"),
                    FieldSpec.choice("participation")
                            .option("physical", "线下", "In person")
                            .option("hybrid", "线上线下", "Hybrid")
                            .label("方式", "Mode"),
                    FieldSpec.sourceDocument("report").label("报告", "Report"),
                    FieldSpec.image("picture").label("图片", "Picture"),
                    FieldSpec.images("logos").maxEntries(3).label("标志", "Logos"));

    /** The one picture the publication's media library holds. */
    private static final String HELD_PICTURE = "0b5c8a6e-2f3d-4c1a-9e7b-5d4f3a2b1c0d";

    private static final HeldImages LIBRARY = id -> id.toString().equals(HELD_PICTURE);

    private final ItemContentCheck check = new ItemContentCheck(new RichTextSanitizer());

    private static ItemContent.Builder publishable() {
        return ItemContent.builder()
                .shared("start", "2024-05-29T17:00+02:00")
                .localized("zh-CN", "title", "数字公共基础设施")
                .localized("zh-CN", "body", "<p>日前，联合国环境规划署发布报告。</p>")
                .localized("en", "title", "DPI")
                .localized("en", "body", "<p>UNEP launched a report.</p>");
    }

    private List<Violation> violations(ItemContent content, ValidationMode mode) {
        return check.check(EVERY_KIND, content, mode, BILINGUAL, LIBRARY).violations();
    }

    private List<Violation> draftViolations(ItemContent.Builder content) {
        return violations(content.build(), ValidationMode.DRAFT);
    }

    private static void assertOnly(List<Violation> violations, String pointer, String key) {
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(pointer, violations.get(0).pointer(), violations::toString);
        assertEquals(key, violations.get(0).messageKey(), violations::toString);
    }

    @Nested
    class SameInEveryLocale {

        private final ItemContent.Builder englishOnce = ItemContent.builder()
                .shared("start", "2021-11-06T13:30Z[GMT]")
                .localized("en", "title", "COP 26")
                .localized("en", "body", "<p>Panelists and moderators.</p>")
                .sameInEveryLocale("en");

        @Test
        void isPublishableWithValuesInItsOneLanguageOnly() {
            assertEquals(List.of(), violations(englishOnce.build(), ValidationMode.PUBLISH));
        }

        @Test
        void needsItsRequiredValuesInItsOneLanguage() {
            assertOnly(
                    violations(englishOnce.withoutLocalized("en", "title").build(), ValidationMode.PUBLISH),
                    "/localized/en/title",
                    "field.required");
        }

        @Test
        void namesALocaleOfTheIssue() {
            assertOnly(
                    draftViolations(englishOnce.sameInEveryLocale("fr")),
                    "/sameInEveryLocale",
                    GenericViolation.LOCALE_NOT_IN_ISSUE.key());
            assertOnly(
                    draftViolations(englishOnce.sameInEveryLocale("en_GB")),
                    "/sameInEveryLocale",
                    GenericViolation.LOCALE_MALFORMED.key());
        }
    }

    @Test
    void acceptsPublishableContent() {
        assertEquals(List.of(), violations(publishable().build(), ValidationMode.PUBLISH));
    }

    @Nested
    class Modes {

        @Test
        void draftMayLackRequiredFieldsAndLocales() {
            assertEquals(
                    List.of(),
                    violations(
                            ItemContent.builder()
                                    .localized("zh-CN", "title", "草稿")
                                    .build(),
                            ValidationMode.DRAFT));
        }

        @Test
        void publishingNeedsEveryRequiredFieldInEveryIssueLocale() {
            List<Violation> violations = violations(
                    ItemContent.builder().localized("zh-CN", "title", "草稿").build(), ValidationMode.PUBLISH);

            assertEquals(
                    List.of("/localized/en/title", "/localized/en/body", "/localized/zh-CN/body", "/shared/start"),
                    violations.stream().map(Violation::pointer).toList());
            assertTrue(violations.stream().allMatch(v -> v.messageKey().equals("field.required")));
        }

        @Test
        void blankTextAndEmptyParagraphsDoNotCountAsFilledIn() {
            ItemContent blank = publishable()
                    .localized("en", "title", "   ")
                    .localized("en", "body", "<p>&nbsp;</p><p></p>")
                    .build();

            assertEquals(
                    List.of("/localized/en/body", "/localized/en/title"),
                    violations(blank, ValidationMode.PUBLISH).stream()
                            .map(Violation::pointer)
                            .sorted()
                            .toList());
        }

        @Test
        void draftStillChecksWhatIsThere() {
            assertOnly(
                    draftViolations(ItemContent.builder().shared("year", "2023")), "/shared/year", "field.wrong-type");
        }
    }

    @Nested
    class Placement {

        @Test
        void reportsAnUnknownField() {
            assertOnly(draftViolations(publishable().shared("colour", "red")), "/shared/colour", "field.unknown");
        }

        @Test
        void reportsATranslatableFieldGivenAsShared() {
            assertOnly(draftViolations(publishable().shared("title", "x")), "/shared/title", "field.belongs-in-locale");
        }

        @Test
        void reportsASharedFieldGivenInALocale() {
            assertOnly(
                    draftViolations(publishable().localized("en", "start", "2024-05-29T17:00+02:00")),
                    "/localized/en/start",
                    "field.belongs-in-shared");
        }

        @Test
        void reportsALocaleTheIssueIsNotIn() {
            assertOnly(
                    draftViolations(publishable().localized("fr", "title", "IPN")),
                    "/localized/fr",
                    "locale.not-in-issue");
        }

        @ParameterizedTest
        @ValueSource(strings = {"../../etc/passwd", "EN", "zh_CN", "", "<script>"})
        void reportsAMalformedLocaleWithoutLookingInside(String locale) {
            assertOnly(
                    draftViolations(publishable().localized(locale, "nonsense", JsonValue.TRUE)),
                    Violation.pointerTo("localized", locale),
                    "locale.malformed");
        }

        @Test
        void escapesPointerTokens() {
            assertOnly(draftViolations(publishable().shared("a/b~c", "x")), "/shared/a~1b~0c", "field.unknown");
        }
    }

    @Nested
    class Texts {

        @Test
        void countsLengthInCodePoints() {
            assertEquals(List.of(), draftViolations(publishable().localized("zh-CN", "title", "𝄞".repeat(10))));
        }

        @Test
        void reportsTextTooLong() {
            List<Violation> violations = draftViolations(publishable().localized("zh-CN", "title", "长".repeat(11)));

            assertOnly(violations, "/localized/zh-CN/title", "field.too-long");
            assertEquals(
                    Map.of("field", "title", "max", 10, "actual", 11),
                    violations.get(0).arguments());
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\u0000b", "a\u0007b", "\u001b[31m", "a\uD800b", "a\uDC00b", "\uDC00\uD800"})
        void reportsInvalidCharacters(String text) {
            assertOnly(
                    draftViolations(publishable().localized("en", "title", text)),
                    "/localized/en/title",
                    "text.invalid-character");
        }

        @Test
        void allowsTabsAndLineBreaks() {
            assertEquals(List.of(), draftViolations(publishable().localized("en", "title", "a\tb\r\nc")));
        }

        @Test
        void reportsAnObjectWhereTextBelongs() {
            assertOnly(
                    draftViolations(publishable()
                            .localized(
                                    "en",
                                    "title",
                                    Json.createObjectBuilder().add("$gt", "").build())),
                    "/localized/en/title",
                    "field.wrong-type");
        }

        @Test
        void reportsDeeplyNestedJunkWithoutLookingInside() {
            JsonValue junk = Json.createValue("x");
            for (int depth = 0; depth < 10_000; depth++) {
                junk = Json.createArrayBuilder().add(junk).build();
            }

            assertOnly(
                    draftViolations(publishable().localized("en", "title", junk)),
                    "/localized/en/title",
                    "field.wrong-type");
        }

        @Test
        void sanitisesRichTextBeforeCheckingIt() {
            CheckedItemContent checked = check.check(
                    EVERY_KIND,
                    publishable()
                            .localized("en", "body", "<p>ok</p><script>alert(1)</script>")
                            .build(),
                    ValidationMode.PUBLISH,
                    BILINGUAL,
                    LIBRARY);

            assertEquals(List.of(), checked.violations());
            assertEquals(
                    "<p>ok</p>", checked.content().localizedText("en", "body").orElseThrow());
        }
    }

    @Nested
    class Formats {

        @ParameterizedTest
        @ValueSource(strings = {"https://www.oneplanetnetwork.org/", "http://www.mepcec.com", "https://例子.测试/路径?q=1"})
        void acceptsWebAddresses(String url) {
            assertEquals(List.of(), draftViolations(publishable().shared("link", url)));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "javascript:alert(1)",
                    "data:text/html,x",
                    "mailto:wangj@mepcec.com",
                    "ftp://x.org/a",
                    "file:///etc/passwd"
                })
        void reportsOtherSchemes(String url) {
            assertOnly(draftViolations(publishable().shared("link", url)), "/shared/link", "url.scheme-not-allowed");
        }

        @ParameterizedTest
        @ValueSource(strings = {"#", "/admin", "www.mepcec.com", "https://", "https://x.org/a b", "https:/x"})
        void reportsWhatIsNotAnAbsoluteAddress(String url) {
            assertOnly(draftViolations(publishable().shared("link", url)), "/shared/link", "url.malformed");
        }

        @Test
        void acceptsAnEmailAddress() {
            assertEquals(List.of(), draftViolations(publishable().shared("contact", "wangj@mepcec.com")));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "wangj",
                    "wangj@",
                    "@mepcec.com",
                    "wangj@mepcec",
                    "wang j@mepcec.com",
                    "<script>@x.org",
                    "a@b@c.com"
                })
        void reportsWhatIsNotAnEmailAddress(String address) {
            assertOnly(draftViolations(publishable().shared("contact", address)), "/shared/contact", "email.malformed");
        }

        @Test
        void acceptsAnIsoDate() {
            assertEquals(List.of(), draftViolations(publishable().shared("deadline", "2022-03-30")));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"2023-02-29", "2022-3-30", "30/03/2022", "2022-03-30T00:00", "+2022-03-30", "2022年3月30日"})
        void reportsWhatIsNotAnIsoDate(String date) {
            assertOnly(draftViolations(publishable().shared("deadline", date)), "/shared/deadline", "date.malformed");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"2021-11-06T13:30Z", "2024-05-29T17:00:00+02:00", "2024-05-29T17:00+02:00[Europe/Zurich]"})
        void acceptsDateTimesWithOffset(String dateTime) {
            assertEquals(List.of(), draftViolations(publishable().shared("start", dateTime)));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2024-05-29T17:00",
                    "2024-05-29",
                    "2024-05-29T17:00+05:00[Europe/Zurich]",
                    "Wednesday, 29 May 2024 17:00"
                })
        void reportsDateTimesWithoutOrWithAWrongOffset(String dateTime) {
            assertOnly(
                    draftViolations(publishable().shared("start", dateTime)), "/shared/start", "date-time.malformed");
        }

        @Test
        void acceptsANumber() {
            assertEquals(List.of(), draftViolations(publishable().shared("year", Json.createValue(2023))));
        }

        @Test
        void reportsANumberTooLongToWriteWithoutWritingIt() {
            assertOnly(
                    draftViolations(publishable().shared("year", Json.createValue(new BigDecimal("1e999999999")))),
                    "/shared/year",
                    "field.too-long");
        }

        @Test
        void reportsAnUnknownOption() {
            List<Violation> violations = draftViolations(publishable().shared("participation", "virtual"));

            assertOnly(violations, "/shared/participation", "choice.unknown-option");
            assertEquals("physical, hybrid", violations.get(0).arguments().get("allowed"));
        }

        @Test
        void acceptsASourceDocumentId() {
            assertEquals(List.of(), draftViolations(publishable().shared("report", "src-2024-02.017")));
        }

        @Test
        void reportsASourceDocumentIdThatIsAPath() {
            assertOnly(
                    draftViolations(publishable().shared("report", "../secret")),
                    "/shared/report",
                    "source-document.malformed");
        }
    }

    @Nested
    class Lists {

        private static JsonValue array(Object... entries) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Object entry : entries) {
                if (entry instanceof JsonValue value) {
                    array.add(value);
                } else {
                    array.add(String.valueOf(entry));
                }
            }
            return array.build();
        }

        private static JsonValue person(String name, String role) {
            return Json.createObjectBuilder()
                    .add("name", name)
                    .add("role", role)
                    .build();
        }

        @Test
        void acceptsPeopleKnownOnlyByOffice() {
            JsonValue moderator = Json.createObjectBuilder()
                    .add("title", "Executive Director")
                    .add("organisation", "UNEP")
                    .add("role", "moderator")
                    .build();

            assertEquals(
                    List.of(),
                    violations(
                            publishable()
                                    .localized("en", "people", array(moderator))
                                    .build(),
                            ValidationMode.PUBLISH));
        }

        @Test
        void reportsAnUnknownRole() {
            assertOnly(
                    draftViolations(publishable().localized("en", "people", array(person("Robert Opp", "keynote")))),
                    "/localized/en/people/0/role",
                    "person.role-unknown");
        }

        @Test
        void reportsAPersonWithoutNameTitleOrOrganisationWhenPublishing() {
            JsonValue nobody = Json.createObjectBuilder().add("role", "speaker").build();

            assertEquals(List.of(), draftViolations(publishable().localized("en", "people", array(nobody))));
            assertOnly(
                    violations(
                            publishable()
                                    .localized("en", "people", array(nobody))
                                    .build(),
                            ValidationMode.PUBLISH),
                    "/localized/en/people/0",
                    "person.unnamed");
        }

        @Test
        void reportsAnUnknownPartOfAnEntry() {
            JsonValue extra = Json.createObjectBuilder()
                    .add("name", "x")
                    .add("role", "host")
                    .add("email", "x@y.org")
                    .build();

            assertOnly(
                    draftViolations(publishable().localized("en", "people", array(extra))),
                    "/localized/en/people/0/email",
                    "entry.unknown-part");
        }

        @Test
        void reportsTooManyEntriesAndChecksOnlyAsManyAsAllowed() {
            JsonArrayBuilder huge = Json.createArrayBuilder();
            for (int i = 0; i < 100_000; i++) {
                huge.add(42);
            }

            List<Violation> violations = draftViolations(publishable().localized("en", "commitments", huge.build()));

            assertEquals(
                    List.of("field.too-many-entries", "field.wrong-type", "field.wrong-type"),
                    violations.stream().map(Violation::messageKey).toList());
        }

        @Test
        void reportsATooLongTextInsideAnEntry() {
            assertOnly(
                    draftViolations(publishable().localized("en", "people", array(person("长".repeat(21), "speaker")))),
                    "/localized/en/people/0/name",
                    "field.too-long");
        }

        @Test
        void reportsAnEntryOfTheWrongType() {
            assertOnly(
                    draftViolations(publishable().localized("en", "countries", array(Json.createValue(1)))),
                    "/localized/en/countries/0",
                    "field.wrong-type");
        }

        @Test
        void requiresBothPartsOfATermWhenPublishing() {
            JsonValue halfTerm = Json.createObjectBuilder().add("term", "活动筹资").build();

            assertEquals(List.of(), draftViolations(publishable().localized("zh-CN", "activities", array(halfTerm))));
            assertOnly(
                    violations(
                            publishable()
                                    .localized("zh-CN", "activities", array(halfTerm))
                                    .build(),
                            ValidationMode.PUBLISH),
                    "/localized/zh-CN/activities/0/description",
                    "field.required");
        }

        @Test
        void requiresAKeyFigureValueToBeANumber() {
            JsonValue figure = Json.createObjectBuilder()
                    .add("value", "5000")
                    .add("label", "organisations")
                    .build();

            assertOnly(
                    draftViolations(publishable().localized("en", "figures", array(figure))),
                    "/localized/en/figures/0/value",
                    "field.wrong-type");
        }

        @Test
        void reportsABlankEntryWhenPublishing() {
            assertOnly(
                    violations(
                            publishable()
                                    .localized("en", "countries", array("Malaysia", " "))
                                    .build(),
                            ValidationMode.PUBLISH),
                    "/localized/en/countries/1",
                    "field.required");
        }
    }

    @Nested
    class TypeRules {

        @Test
        void reportsTheTypesViolationsAfterTheGenericOnes() {
            ItemContent content = ItemContent.builder()
                    .shared("published", "2024-06-27")
                    .shared("colour", "red")
                    .localized("zh-CN", "title", "顾问委员会会议")
                    .localized("en", "title", "Advisory committee")
                    .build();

            List<Violation> violations = check.check(new Notice(), content, ValidationMode.PUBLISH, BILINGUAL, LIBRARY)
                    .violations();

            assertEquals(
                    List.of("field.unknown", "notice.no-way-to-respond"),
                    violations.stream().map(Violation::messageKey).toList());
        }

        @Test
        void turnsAThrowingRuleIntoAViolation() {
            SectionType throwing = new Notice() {
                @Override
                public List<Violation> validate(ItemContent content, org.bulletincms.spi.ValidationMode mode) {
                    throw new NullPointerException("plugin bug");
                }
            };

            List<Violation> violations = check.check(
                            throwing, ItemContent.empty(), ValidationMode.DRAFT, BILINGUAL, LIBRARY)
                    .violations();

            assertOnly(violations, "", "section-type.rules-failed");
        }
    }

    @Nested
    class Images {

        private ItemContent.Builder withPicture() {
            return publishable()
                    .shared(
                            "picture",
                            Json.createObjectBuilder()
                                    .add("media", HELD_PICTURE)
                                    .add(
                                            "focalPoint",
                                            Json.createObjectBuilder()
                                                    .add("x", 0.3)
                                                    .add("y", 1))
                                    .add("credit", "UNEP")
                                    .add("licence", "CC BY 4.0")
                                    .build())
                    .localized("zh-CN", "picture", words("代表们签署宣言", "签署现场"))
                    .localized("en", "picture", words("Delegates signing the declaration", "The signing"));
        }

        private static JsonValue words(String alt, String caption) {
            return Json.createObjectBuilder()
                    .add("alt", alt)
                    .add("caption", caption)
                    .build();
        }

        private static JsonValue picture(String media) {
            return Json.createObjectBuilder().add("media", media).build();
        }

        @Test
        void aPictureOfTheLibraryWithAltTextInEveryLocaleIsPublishable() {
            assertEquals(List.of(), violations(withPicture().build(), ValidationMode.PUBLISH));
        }

        @Test
        void aPictureMissingAltTextInALocaleIsADraftButNotPublishable() {
            ItemContent content = withPicture()
                    .localized(
                            "en",
                            "picture",
                            Json.createObjectBuilder()
                                    .add("caption", "The signing")
                                    .build())
                    .build();

            assertEquals(List.of(), violations(content, ValidationMode.DRAFT));
            assertOnly(violations(content, ValidationMode.PUBLISH), "/localized/en/picture/alt", "image.alt-required");
        }

        @Test
        void aPictureWithoutWordsInALocaleNeedsItsAltTextThereEvenWhenTheFieldIsOptional() {
            ItemContent content =
                    withPicture().withoutLocalized("zh-CN", "picture").build();

            assertOnly(
                    violations(content, ValidationMode.PUBLISH), "/localized/zh-CN/picture/alt", "image.alt-required");
        }

        @Test
        void aDecorativePictureNeedsNoAltText() {
            ItemContent content = publishable()
                    .shared(
                            "picture",
                            Json.createObjectBuilder()
                                    .add("media", HELD_PICTURE)
                                    .add("decorative", true)
                                    .build())
                    .build();

            assertEquals(List.of(), violations(content, ValidationMode.PUBLISH));
        }

        @Test
        void aPictureTheLibraryDoesNotHoldIsRefusedEvenAsADraft() {
            List<Violation> violations =
                    draftViolations(publishable().shared("picture", picture("11111111-2222-4333-8444-555555555555")));

            assertOnly(violations, "/shared/picture/media", "image.unknown");
        }

        @ParameterizedTest
        @ValueSource(strings = {"picture.jpg", "0B5C8A6E-2F3D-4C1A-9E7B-5D4F3A2B1C0D", "../../etc/passwd"})
        void aMediaThatIsNoMediaIdIsMalformed(String media) {
            assertOnly(
                    draftViolations(publishable().shared("picture", picture(media))),
                    "/shared/picture/media",
                    "image.malformed");
        }

        @Test
        void aFocalPointOutsideThePictureIsRefused() {
            JsonValue outside = Json.createObjectBuilder()
                    .add("media", HELD_PICTURE)
                    .add("focalPoint", Json.createObjectBuilder().add("x", 1.5).add("y", 0.5))
                    .build();

            assertOnly(
                    draftViolations(publishable().shared("picture", outside)),
                    "/shared/picture/focalPoint/x",
                    "image.focal-point-outside");
        }

        @Test
        void wordsWithoutAPictureAndUnknownPartsAreAddressedToTheirPlace() {
            JsonValue noMedia = Json.createObjectBuilder()
                    .add("credit", "UNEP")
                    .add("url", "https://x.org/a.jpg")
                    .build();

            List<Violation> violations = draftViolations(publishable().shared("picture", noMedia));

            assertEquals(
                    List.of("/shared/picture/url entry.unknown-part", "/shared/picture/media field.required"),
                    violations.stream()
                            .map(v -> v.pointer() + " " + v.messageKey())
                            .toList());
        }

        @Test
        void altTextAndCaptionAreLocalisedAndHeldToTheFieldsLength() {
            List<Violation> shared = draftViolations(withPicture()
                    .shared(
                            "picture",
                            Json.createObjectBuilder()
                                    .add("media", HELD_PICTURE)
                                    .add("alt", "shared alt")
                                    .build()));
            List<Violation> tooLong =
                    draftViolations(withPicture().localized("en", "picture", words("a".repeat(501), "")));

            assertOnly(shared, "/shared/picture/alt", "entry.unknown-part");
            assertOnly(tooLong, "/localized/en/picture/alt", "field.too-long");
        }

        @Test
        void aRequiredPictureMustBeChosenToPublish() {
            SectionType withRequiredPicture = DeclaredSectionType.wellFormed("photo")
                    .withFields(FieldSpec.image("picture").required().label("图片", "Picture"));

            List<Violation> violations = check.check(
                            withRequiredPicture,
                            ItemContent.builder()
                                    .localized("en", "picture", words("A picture", ""))
                                    .build(),
                            ValidationMode.PUBLISH,
                            BILINGUAL,
                            LIBRARY)
                    .violations();

            assertOnly(violations, "/shared/picture", "field.required");
        }
    }

    @Nested
    class ImageLists {

        private static final String OTHER_PICTURE = "11111111-2222-4333-8444-555555555555";

        private static JsonValue pictures(String... media) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (String id : media) {
                list.add(Json.createObjectBuilder().add("media", id));
            }
            return list.build();
        }

        private static JsonValue alts(String... alts) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (String alt : alts) {
                list.add(Json.createObjectBuilder().add("alt", alt));
            }
            return list.build();
        }

        private ItemContent.Builder withLogos() {
            return publishable()
                    .shared("logos", pictures(HELD_PICTURE, HELD_PICTURE))
                    .localized("zh-CN", "logos", alts("联合国环境规划署标志", "同一个地球网络标志"))
                    .localized("en", "logos", alts("UNEP logo", "One Planet network logo"));
        }

        @Test
        void picturesOfTheLibraryEachWithAltTextInEveryLocaleArePublishable() {
            assertEquals(List.of(), violations(withLogos().build(), ValidationMode.PUBLISH));
        }

        @Test
        void theSecondPictureWithoutAltTextInALocaleIsADraftRefusedToPublishAtItsPosition() {
            ItemContent content =
                    withLogos().localized("en", "logos", alts("UNEP logo")).build();

            assertEquals(List.of(), violations(content, ValidationMode.DRAFT));
            assertOnly(violations(content, ValidationMode.PUBLISH), "/localized/en/logos/1/alt", "image.alt-required");
        }

        @Test
        void aPictureTheLibraryDoesNotHoldIsRefusedAtItsPositionEvenAsADraft() {
            assertOnly(
                    draftViolations(withLogos().shared("logos", pictures(HELD_PICTURE, OTHER_PICTURE))),
                    "/shared/logos/1/media",
                    "image.unknown");
        }

        @Test
        void eachPictureIsCheckedAsAnImageIs() {
            JsonValue outside = Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("media", HELD_PICTURE))
                    .add(Json.createObjectBuilder()
                            .add("media", HELD_PICTURE)
                            .add(
                                    "focalPoint",
                                    Json.createObjectBuilder().add("x", 0.5).add("y", -1)))
                    .build();

            assertOnly(
                    draftViolations(withLogos().shared("logos", outside)),
                    "/shared/logos/1/focalPoint/y",
                    "image.focal-point-outside");
        }

        @Test
        void moreThanTheFieldsPicturesAndOnePictureInsteadOfAListAreRefused() {
            assertOnly(
                    draftViolations(withLogos()
                            .shared("logos", pictures(HELD_PICTURE, HELD_PICTURE, HELD_PICTURE, HELD_PICTURE))),
                    "/shared/logos",
                    "field.too-many-entries");
            assertOnly(
                    draftViolations(withLogos()
                            .shared(
                                    "logos",
                                    Json.createObjectBuilder()
                                            .add("media", HELD_PICTURE)
                                            .build())),
                    "/shared/logos",
                    "field.wrong-type");
        }

        @Test
        void theViewOfALocaleHasEachPictureWithItsWordsInOrder() {
            List<Picture> english = ItemView.of(withLogos().build(), "en").pictures("logos");

            assertEquals(
                    List.of(Optional.of("UNEP logo"), Optional.of("One Planet network logo")),
                    english.stream().map(Picture::alt).toList());
        }
    }

    @Test
    void aDeclaredTypeWithEveryKindIsWellFormed() {
        assertEquals(List.of(), SectionTypeInspection.problemsOf(EVERY_KIND));
        assertEquals(LocalizedText.of("通知", "Notice"), EVERY_KIND.label());
    }
}
