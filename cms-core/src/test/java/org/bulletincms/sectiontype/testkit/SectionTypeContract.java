package org.bulletincms.sectiontype.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bulletincms.sectiontype.CheckedItemContent;
import org.bulletincms.sectiontype.EscapingHtmlSink;
import org.bulletincms.sectiontype.GenericViolation;
import org.bulletincms.sectiontype.HeldImages;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.sectiontype.SchemaUpgradePath;
import org.bulletincms.sectiontype.SectionTypeInspection;
import org.bulletincms.sectiontype.ServedPictures;
import org.bulletincms.sectiontype.ViolationMessages;
import org.bulletincms.spi.AspectRatio;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.SchemaUpgrade;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every section type must keep, as JUnit 5 tests. A plugin's test extends this class
 * once per type and supplies the type and its {@link Samples}; see the package documentation.
 *
 * <p>The kit checks what the core relies on: a well-formed declaration registered for
 * {@link ServiceLoader}; valid samples publishable in every issue locale; draft-only samples
 * accepted as drafts and refused for publishing; hostile content (the plugin's and some derived from
 * the field specs) rejected or neutralised, without any method throwing; deliveries carrying each
 * locale's values and never a script; previews that escape text and close what they open; upgrades
 * that turn older samples into publishable content; readers' renderings that are safe, close what they open
 * and keep hostile text (markup, template syntax, bidi overrides, a 1 MB title) escaped and bounded; and a text
 * in zh and en for every violation.
 */
public abstract class SectionTypeContract {

    /** The locales of the sample issue: the bilingual newsletter's. */
    protected static final Set<String> ZH_CN_AND_EN = Set.of("zh-CN", "en");

    private static final String SCRIPT = "<script>alert('bulletin')</script>";
    /** Markup that runs code: a script element, an event handler, or an address that is code. */
    private static final Pattern ACTIVE_CONTENT = Pattern.compile(
            "<script|<[^>]*\\son[a-z]+\\s*=|<[^>]*=\\s*[\"']?\\s*(javascript|vbscript|data):",
            Pattern.CASE_INSENSITIVE);

    private static final UUID SAMPLE_PUBLICATION = UUID.fromString("5a3f1c2e-8b7d-4e6f-9a0b-1c2d3e4f5a6b");
    private static final String SAMPLE_MEDIA = "https://bulletin.example.org/api/delivery/v1/media/";
    private static final String SAMPLE_RENDITION = SAMPLE_MEDIA + "ab".repeat(32) + ".jpg";
    /**
     * Every picture served as a 700 × 1200 picture with renditions 320, 640 and 700 pixels wide, and a crop to each
     * {@link AspectRatio} (so a delivery with crops is checked against the type's schema, and a rendering that asks
     * for a shape is rendered with one).
     */
    private static final ServedPictures SERVED = (publication, media) -> Optional.of(new Picture.Source(
            SAMPLE_RENDITION,
            SAMPLE_RENDITION + " 700w",
            700,
            1200,
            List.of(
                    new Picture.Rendition(SAMPLE_RENDITION.replace("ab", "cd"), 320, 549),
                    new Picture.Rendition(SAMPLE_RENDITION.replace("ab", "ef"), 640, 1097),
                    new Picture.Rendition(SAMPLE_RENDITION, 700, 1200)),
            Arrays.stream(AspectRatio.values())
                    .map(ratio -> {
                        int height = 700 * ratio.height() / ratio.width();
                        Picture.Rendition rendition = new Picture.Rendition(
                                SAMPLE_RENDITION.replace("ab", ratio.width() + "" + ratio.height()), 700, height);
                        return new Picture.Crop(
                                ratio, rendition.url(), rendition.url() + " 700w", 700, height, List.of(rendition));
                    })
                    .toList()));

    private final RichTextSanitizer sanitizer = new RichTextSanitizer();
    private final ItemContentCheck check = new ItemContentCheck(sanitizer);
    private final ViolationMessages messages = new ViolationMessages();

    /** The section type under test, as the plugin's service registration would create it. */
    protected abstract SectionType sectionType();

    /** The plugin's samples. */
    protected abstract Samples samples();

    /** The locales the sample issue is published in. */
    protected Set<String> issueLocales() {
        return ZH_CN_AND_EN;
    }

    /**
     * The pictures the sample publication's media library holds: by default every picture a sample names (samples
     * cannot upload). A plugin whose samples should be refused for naming a picture the library lacks narrows it.
     */
    protected HeldImages heldImages() {
        return mediaId -> true;
    }

    /** The class loader the plugin's jar is seen through; the service registration must be visible to it. */
    protected ClassLoader pluginClassLoader() {
        return sectionType().getClass().getClassLoader();
    }

    @Test
    void declarationIsWellFormed() {
        List<String> problems = SectionTypeInspection.problemsOf(sectionType());
        assertTrue(problems.isEmpty(), () -> "The section type is malformed:\n - " + String.join("\n - ", problems));
    }

    @Test
    void isRegisteredInMetaInfServices() {
        Class<?> typeClass = sectionType().getClass();
        boolean registered = ServiceLoader.load(SectionType.class, pluginClassLoader()).stream()
                .anyMatch(provider -> provider.type().equals(typeClass));
        assertTrue(
                registered,
                () -> typeClass.getName() + " is not listed in META-INF/services/" + SectionType.class.getName());
    }

    @Test
    void samplesCoverTheContract() {
        Samples samples = samples();
        assertFalse(samples.valid().isEmpty(), "Supply at least one valid sample, ideally from a real bulletin");
        boolean hasRequiredField = sectionType().fields().stream().anyMatch(FieldSpec::requiredAtPublish);
        if (hasRequiredField) {
            assertFalse(
                    samples.draftOnly().isEmpty(),
                    "The type has required fields: supply a draft-only sample that lacks one");
        }
        Set<Integer> upgradedVersions = new TreeSet<>();
        sectionType().upgrades().forEach(upgrade -> upgradedVersions.add(upgrade.fromVersion()));
        for (int version : upgradedVersions) {
            assertFalse(
                    samples.olderVersions().getOrDefault(version, List.of()).isEmpty(),
                    "The type upgrades from version " + version + ": supply a sample of that version");
        }
    }

    @Test
    void samplesShowAPictureWhereTheTypeHasImageFields() {
        if (!imageFields().isEmpty()) {
            assertTrue(
                    samples().valid().stream()
                            .anyMatch(sample -> !picturesOf(sample.content()).isEmpty()),
                    "The type has image fields: supply a valid sample with a picture that is not decorative");
        }
    }

    /** A picture that is not decorative cannot be published without its alt text in each issue locale. */
    @TestFactory
    Stream<DynamicTest> picturesNeedAltTextInEveryIssueLocaleToPublish() {
        return tests(samples().valid(), sample -> {
            for (Shown shown : picturesOf(sample.content())) {
                String field = shown.field();
                for (String locale : writtenIn(sample.content())) {
                    ItemContent withoutWords = sample.content().toBuilder()
                            .withoutLocalized(locale, field)
                            .build();
                    String pointer = Violation.localizedField(locale, field) + shown.position() + "/alt";
                    assertTrue(
                            check(withoutWords, ValidationMode.PUBLISH).violations().stream()
                                    .anyMatch(v -> v.pointer().equals(pointer)
                                            && v.messageKey().equals(GenericViolation.IMAGE_ALT_REQUIRED.key())),
                            () -> "A picture without alt text in " + locale + " was not refused at " + pointer);
                    assertNoViolations(check(withoutWords, ValidationMode.DRAFT), "as DRAFT without alt text");
                }
            }
        });
    }

    /**
     * In a published edition each picture is shown: the reader's rendering has an {@code <img>} whose {@code alt} is
     * the locale's alt text (write it with {@link org.bulletincms.spi.HtmlSink#picture}).
     */
    @TestFactory
    Stream<DynamicTest> renderingShowsEachPublishedPictureWithItsAltText() {
        return tests(samples().valid(), sample -> {
            ItemContent stored = check(sample.content(), ValidationMode.PUBLISH).content();
            for (Shown shown : picturesOf(stored)) {
                String field = shown.field();
                for (String locale : writtenIn(stored)) {
                    ItemView view = SERVED.served(sectionType(), ItemView.of(stored, locale), SAMPLE_PUBLICATION);
                    String alt = shown.in(view).flatMap(Picture::alt).orElseThrow();
                    EscapingHtmlSink sink = new EscapingHtmlSink(sanitizer);
                    sectionType().render(view, sink);
                    String html = sink.html();
                    assertTrue(
                            html.contains("<img ") && html.contains(" alt=\"" + escaped(alt) + "\""),
                            () -> "The " + locale + " rendering does not show the picture of '" + field
                                    + "' with its alt text: " + html);
                    assertTrue(html.contains(SAMPLE_MEDIA), () -> "The rendering does not use the renditions: " + html);
                }
            }
        });
    }

    private List<FieldSpec> imageFields() {
        return sectionType().fields().stream()
                .filter(field -> field.kind() == FieldKind.IMAGE || field.kind() == FieldKind.IMAGE_LIST)
                .toList();
    }

    /**
     * A picture of a sample that needs alt text: an image field's, or the first such of an image list's.
     *
     * @param field    the field's name
     * @param index    its position in an image list; empty for an image
     */
    private record Shown(String field, Optional<Integer> index) {

        /** What its pointers end in after the field's name: {@code /<index>} in a list. */
        String position() {
            return index.map(i -> "/" + i).orElse("");
        }

        Optional<Picture> in(ItemView view) {
            return index.isEmpty()
                    ? view.picture(field)
                    : view.pictures(field).stream().skip(index.get()).findFirst();
        }
    }

    /** The pictures of the content that need alt text, one per image field. */
    private List<Shown> picturesOf(ItemContent content) {
        List<Shown> shown = new ArrayList<>();
        for (FieldSpec field : imageFields()) {
            JsonValue value = content.shared().get(field.name());
            if (field.kind() == FieldKind.IMAGE && needsAltText(value)) {
                shown.add(new Shown(field.name(), Optional.empty()));
            } else if (value instanceof JsonArray pictures) {
                for (int index = 0; index < pictures.size(); index++) {
                    if (needsAltText(pictures.get(index))) {
                        shown.add(new Shown(field.name(), Optional.of(index)));
                        break;
                    }
                }
            }
        }
        return shown;
    }

    /** The locales the content is written in: its one language when it is the same in every locale. */
    private Set<String> writtenIn(ItemContent content) {
        return content.sameInEveryLocale().map(Set::of).orElse(issueLocales());
    }

    private static boolean needsAltText(JsonValue value) {
        return value instanceof JsonObject picture
                && picture.containsKey(Picture.MEDIA)
                && !JsonValue.TRUE.equals(picture.get(Picture.DECORATIVE));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @TestFactory
    Stream<DynamicTest> validSamplesArePublishableInEveryIssueLocale() {
        return tests(samples().valid(), sample -> {
            assertNoViolations(check(sample.content(), ValidationMode.PUBLISH), "at PUBLISH");
            assertNoViolations(check(sample.content(), ValidationMode.DRAFT), "as DRAFT");
            if (sectionType().fields().stream().anyMatch(FieldSpec::isTranslatable)) {
                // Content written once, the same in every locale, has values in its one language only.
                Set<String> written =
                        sample.content().sameInEveryLocale().map(Set::of).orElseGet(this::issueLocales);
                for (String locale : written) {
                    assertFalse(sample.content().localized(locale).isEmpty(), "A valid sample has values in " + locale);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> draftOnlySamplesAreAcceptedAsDraftsButNotPublished() {
        return tests(samples().draftOnly(), sample -> {
            assertNoViolations(check(sample.content(), ValidationMode.DRAFT), "as DRAFT");
            assertFalse(
                    check(sample.content(), ValidationMode.PUBLISH).isAcceptable(),
                    "A draft-only sample has violations at PUBLISH");
        });
    }

    @TestFactory
    Stream<DynamicTest> hostileContentIsRejectedOrNeutralisedWithoutThrowing() {
        List<Sample> hostile = new ArrayList<>(samples().hostile());
        String locale = new TreeSet<>(issueLocales()).first();
        hostile.addAll(
                HostileSamples.derive(sectionType(), samples().valid().get(0).content(), locale));
        return tests(hostile, sample -> {
            for (ValidationMode mode : ValidationMode.values()) {
                assertDoesNotThrow(
                        () -> sectionType().validate(sample.content(), mode), "validate() must report, never throw");
                CheckedItemContent checked = check(sample.content(), mode);
                assertTrue(checked.violations().stream()
                        .noneMatch(v -> v.messageKey().equals(GenericViolation.SECTION_TYPE_RULES_FAILED.key())));
                if (checked.isAcceptable()) {
                    assertNotEquals(
                            sample.content(),
                            checked.content(),
                            "Hostile content was neither rejected nor changed by sanitising (" + mode + ")");
                    assertSafeToRender(checked.content());
                } else {
                    checked.violations().forEach(this::assertWellAddressed);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> deliveryCarriesEachLocalesValues() {
        return tests(samples().valid(), sample -> {
            ItemContent stored = check(sample.content(), ValidationMode.PUBLISH).content();
            // An edition shows an item written once (sameInEveryLocale) in its one language.
            for (String locale : issueLocales()) {
                JsonObject delivery = sectionType().toDelivery(ItemView.of(stored, stored.shownIn(locale, locale)));
                Set<String> delivered = new TreeSet<>();
                collectStrings(delivery, delivered);
                Set<String> written = new TreeSet<>();
                collectStrings(stored.localized(locale), written);
                written.removeAll(delivered);
                assertTrue(written.isEmpty(), () -> "The " + locale + " delivery lacks " + written);
            }
        });
    }

    /**
     * The delivery has the members its {@link SectionType#deliverySchema()} declares, and only those: a type that
     * reshapes its delivery without describing the new shape would publish wrong types to front ends. (The member
     * names only; the OpenAPI document's values are checked by the client the integration tests generate.)
     */
    @TestFactory
    Stream<DynamicTest> deliveryHasTheMembersItsSchemaDeclares() {
        JsonObject schema = sectionType().deliverySchema();
        Set<String> declared = schema.getJsonObject("properties").keySet();
        List<String> required = schema.containsKey("required")
                ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
        return tests(samples().valid(), sample -> {
            ItemContent stored = check(sample.content(), ValidationMode.PUBLISH).content();
            for (String locale : issueLocales()) {
                Set<String> delivered = sectionType()
                        .toDelivery(ItemView.of(stored, stored.shownIn(locale, locale)))
                        .keySet();
                Set<String> undeclared = new TreeSet<>(delivered);
                undeclared.removeAll(declared);
                assertTrue(undeclared.isEmpty(), () -> "deliverySchema() does not declare " + undeclared);
                Set<String> missing = new TreeSet<>(required);
                missing.removeAll(delivered);
                assertTrue(missing.isEmpty(), () -> "The " + locale + " delivery lacks the required " + missing);
            }
        });
    }

    @Test
    void deliveryAndPreviewNeverCarryAScriptFromRichText() {
        ItemContent withScripts =
                injectEverywhere(FieldKind.RICH_TEXT, (field, value) -> Json.createValue("<p>ok</p>" + SCRIPT));
        assertSafeToRender(check(withScripts, ValidationMode.DRAFT).content());
    }

    @Test
    void previewEscapesAScriptInPlainText() {
        ItemContent withScripts = injectEverywhere(FieldKind.PLAIN_TEXT, (field, value) -> Json.createValue(SCRIPT));
        ItemContent stored = check(withScripts, ValidationMode.DRAFT).content();
        boolean hasPlainText = sectionType().fields().stream().anyMatch(field -> field.kind() == FieldKind.PLAIN_TEXT);
        for (String locale : issueLocales()) {
            String html = preview(stored, locale);
            assertFalse(
                    html.toLowerCase(Locale.ROOT).contains("<script"),
                    () -> "The preview lets a script through: " + html);
            if (hasPlainText) {
                assertTrue(
                        html.contains("&lt;script&gt;"),
                        () -> "The preview shows no plain-text field, escaped: " + html);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> previewOfValidSamplesClosesEveryElement() {
        return tests(samples().valid(), sample -> {
            ItemContent stored = check(sample.content(), ValidationMode.PUBLISH).content();
            for (String locale : issueLocales()) {
                String html = preview(stored, locale);
                assertFalse(html.isBlank(), "The preview is empty");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> renderingOfValidSamplesIsSafeAndClosesEveryElement() {
        return tests(samples().valid(), sample -> {
            ItemContent stored = check(sample.content(), ValidationMode.PUBLISH).content();
            for (String locale : issueLocales()) {
                String html = render(stored, locale);
                assertFalse(html.isBlank(), "The rendering is empty");
                assertFalse(ACTIVE_CONTENT.matcher(html).find(), () -> "The rendering carries active content: " + html);
            }
        });
    }

    /**
     * Hostile text as stored content may hold it, unchecked (written before a limit existed, or by a broken
     * migration), put into every plain-text field and list entry and, for markup, every rich-text field: the
     * reader's rendering shows it as text, never as markup or a template, keeps bidi overrides inside the value,
     * and stays bounded by the input (at most six output characters per input character: {@code "} becomes
     * {@code &quot;}) and fast.
     */
    @TestFactory
    Stream<DynamicTest> renderingKeepsHostileTextEscapedAndBounded() {
        boolean hasText =
                sectionType().fields().stream().anyMatch(field -> HostileText.TEXT_KINDS.contains(field.kind()));
        return HostileText.ALL.stream()
                .map(hostile -> DynamicTest.dynamicTest(hostile.description(), () -> {
                    ItemContent stored = HostileText.injected(
                            sectionType(), samples().valid().get(0).content(), issueLocales(), hostile);
                    for (String locale : issueLocales()) {
                        long started = System.nanoTime();
                        String html =
                                assertDoesNotThrow(() -> render(stored, locale), "render() must not fail on content");
                        Duration took = Duration.ofNanos(System.nanoTime() - started);
                        assertFalse(ACTIVE_CONTENT.matcher(html).find(), () -> "The rendering carries active content");
                        assertTrue(
                                html.length() <= 6L * HostileText.characters(stored) + 65_536,
                                () -> "The rendering is not bounded by its input: " + html.length() + " characters");
                        assertTrue(
                                took.compareTo(HostileText.TIME_LIMIT) <= 0,
                                () -> "Rendering took " + took.toMillis() + " ms, more than " + HostileText.TIME_LIMIT);
                        assertTrue(HostileText.bidiClosedWithinText(html), "A bidi override reaches past its value");
                        if (hasText) {
                            assertTrue(
                                    html.contains(hostile.escaped()),
                                    () -> "The rendering does not show " + hostile.description() + " as text, escaped");
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> upgradesTurnOlderSamplesIntoPublishableContent() {
        List<DynamicTest> tests = new ArrayList<>();
        samples()
                .olderVersions()
                .forEach((version, samples) -> samples.forEach(sample ->
                        tests.add(DynamicTest.dynamicTest("v" + version + ": " + sample.description(), () -> {
                            ItemContent upgraded =
                                    SchemaUpgradePath.of(sectionType()).upgrade(version, sample.content());
                            assertNoViolations(
                                    check(upgraded, ValidationMode.PUBLISH), "after upgrading from v" + version);
                        }))));
        return tests.stream();
    }

    @Test
    void upgradesStartFromEveryOlderVersion() {
        Set<Integer> from = new TreeSet<>();
        for (SchemaUpgrade upgrade : sectionType().upgrades()) {
            from.add(upgrade.fromVersion());
        }
        for (int version = 1; version < sectionType().schemaVersion(); version++) {
            assertTrue(from.contains(version), "No upgrade from version " + version);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyViolationHasATextInChineseAndEnglish() {
        List<Sample> reported = new ArrayList<>(samples().draftOnly());
        reported.addAll(HostileSamples.derive(
                sectionType(), samples().valid().get(0).content(), new TreeSet<>(issueLocales()).first()));
        reported.addAll(samples().hostile());
        return tests(reported, sample -> {
            for (Violation violation :
                    check(sample.content(), ValidationMode.PUBLISH).violations()) {
                for (Locale language : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                    boolean core = messages.hasCoreText(violation.messageKey(), language);
                    LocalizedText own = sectionType().messages().get(violation.messageKey());
                    assertTrue(
                            core || own != null && own.has(language.getLanguage()),
                            () -> "No " + language + " text for " + violation.messageKey() + "; add it to messages()");
                }
                String text = messages.render(violation, Locale.CHINESE, sectionType());
                assertFalse(text.contains("{"), () -> "Unfilled placeholder in '" + text + "' for " + violation);
            }
        });
    }

    /** Checks content as the core does before storing it. */
    protected final CheckedItemContent check(ItemContent content, ValidationMode mode) {
        return check.check(sectionType(), content, mode, issueLocales(), heldImages());
    }

    /** Renders a preview as the core does. */
    protected final String preview(ItemContent content, String locale) {
        EscapingHtmlSink sink = new EscapingHtmlSink(sanitizer);
        sectionType().preview(ItemView.of(content, locale), sink);
        return sink.html();
    }

    /** Renders an item for readers as the core does when it compiles an issue's web page. */
    protected final String render(ItemContent content, String locale) {
        EscapingHtmlSink sink = new EscapingHtmlSink(sanitizer);
        sectionType().render(ItemView.of(content, locale), sink);
        return sink.html();
    }

    private void assertSafeToRender(ItemContent stored) {
        for (String locale : issueLocales()) {
            String html =
                    assertDoesNotThrow(() -> preview(stored, locale), "preview() must not fail on accepted content");
            assertFalse(ACTIVE_CONTENT.matcher(html).find(), () -> "The preview carries active content: " + html);
            String rendered =
                    assertDoesNotThrow(() -> render(stored, locale), "render() must not fail on accepted content");
            assertFalse(
                    ACTIVE_CONTENT.matcher(rendered).find(), () -> "The rendering carries active content: " + rendered);
            JsonObject delivery = assertDoesNotThrow(() -> sectionType().toDelivery(ItemView.of(stored, locale)));
            Set<String> strings = new TreeSet<>();
            collectStrings(delivery, strings);
            strings.forEach(text -> assertFalse(
                    text.toLowerCase(Locale.ROOT).contains("<script"), () -> "The delivery carries a script: " + text));
        }
    }

    private void assertWellAddressed(Violation violation) {
        String pointer = violation.pointer();
        assertTrue(
                pointer.isEmpty() || pointer.startsWith("/shared") || pointer.startsWith("/localized/"),
                () -> "A violation points outside the content: " + violation);
    }

    private static void assertNoViolations(CheckedItemContent checked, String when) {
        assertEquals(List.of(), checked.violations(), "Violations " + when);
    }

    private ItemContent injectEverywhere(FieldKind kind, BiFunction<FieldSpec, JsonValue, JsonValue> value) {
        ItemContent base = samples().valid().get(0).content();
        ItemContent.Builder injected = base.toBuilder();
        for (FieldSpec field : sectionType().fields()) {
            if (field.kind() != kind) {
                continue;
            }
            if (field.isTranslatable()) {
                issueLocales()
                        .forEach(locale -> injected.localized(
                                locale,
                                field.name(),
                                value.apply(field, base.localized(locale).getOrDefault(field.name(), JsonValue.NULL))));
            } else {
                injected.shared(
                        field.name(), value.apply(field, base.shared().getOrDefault(field.name(), JsonValue.NULL)));
            }
        }
        return injected.build();
    }

    /** Collects leaf strings iteratively: hostile content may nest deeper than the stack allows. */
    private static void collectStrings(JsonValue root, Set<String> strings) {
        List<JsonValue> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonValue value = pending.remove(pending.size() - 1);
            if (value instanceof JsonString string) {
                strings.add(string.getString());
            } else if (value instanceof JsonObject object) {
                pending.addAll(object.values());
            } else if (value instanceof JsonArray array) {
                pending.addAll(array);
            }
        }
    }

    private interface SampleTest {
        void run(Sample sample) throws Throwable;
    }

    private static Stream<DynamicTest> tests(List<Sample> samples, SampleTest test) {
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.description(), () -> test.run(sample)));
    }
}
