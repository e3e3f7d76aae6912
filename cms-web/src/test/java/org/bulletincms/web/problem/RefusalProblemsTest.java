package org.bulletincms.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.backup.BackupRunning;
import org.bulletincms.backup.BackupSpaceExhausted;
import org.bulletincms.backup.BackupStoreNotRecognised;
import org.bulletincms.concurrency.StaleVersion;
import org.bulletincms.concurrency.VersionRequired;
import org.bulletincms.delivery.PreviewUnavailable;
import org.bulletincms.delivery.PrintNotReady;
import org.bulletincms.drafting.InvalidItem;
import org.bulletincms.drafting.ItemDeleted;
import org.bulletincms.drafting.ItemWrittenOnce;
import org.bulletincms.drafting.NotFound;
import org.bulletincms.drafting.OrphanedItem;
import org.bulletincms.drafting.RevisionNotRestorable;
import org.bulletincms.drafting.RevisionUnreadable;
import org.bulletincms.exchange.InvalidMemoryCorrection;
import org.bulletincms.exchange.TmxTooLarge;
import org.bulletincms.exchange.TmxUnreadable;
import org.bulletincms.exchange.XliffForAnotherTarget;
import org.bulletincms.exchange.XliffTooLarge;
import org.bulletincms.exchange.XliffUnreadable;
import org.bulletincms.issue.CommentRequired;
import org.bulletincms.issue.ContentLocked;
import org.bulletincms.issue.IllegalTransition;
import org.bulletincms.issue.InvalidOrder;
import org.bulletincms.issue.IssueNumberTaken;
import org.bulletincms.issue.NotInIssue;
import org.bulletincms.issue.RubricNotEmpty;
import org.bulletincms.issue.Stage;
import org.bulletincms.issue.WorkflowAction;
import org.bulletincms.media.ImageFormat;
import org.bulletincms.media.ImageTooLarge;
import org.bulletincms.media.ImageTooSlowToDecode;
import org.bulletincms.media.ImageTypeContradictsName;
import org.bulletincms.media.MediaAlreadyInLibrary;
import org.bulletincms.media.MediaInUse;
import org.bulletincms.media.MediaQuotaExceeded;
import org.bulletincms.media.MediaUse;
import org.bulletincms.media.TooManyPixels;
import org.bulletincms.media.UnreadableImage;
import org.bulletincms.media.UnsupportedImageType;
import org.bulletincms.publication.PublicationHasIssues;
import org.bulletincms.publication.PublicationSlug;
import org.bulletincms.publication.PublicationSlugTaken;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.search.SearchIndexNotShared;
import org.bulletincms.search.SearchIndexRebuilding;
import org.bulletincms.sectiontype.UnknownSectionType;
import org.bulletincms.source.EmptySource;
import org.bulletincms.source.ExtractionStatus;
import org.bulletincms.source.OriginalMissing;
import org.bulletincms.source.SourceFileName;
import org.bulletincms.source.SourceNotExtracted;
import org.bulletincms.source.SourceStoreFull;
import org.bulletincms.source.SourceStoreNotRecognised;
import org.bulletincms.source.SourceTooLarge;
import org.bulletincms.source.SourceType;
import org.bulletincms.source.TypeContradictsName;
import org.bulletincms.source.UnsupportedSourceType;
import org.bulletincms.spi.Violation;
import org.bulletincms.translation.ItemLocaleStatus;
import org.bulletincms.translation.TranslationStatus;
import org.bulletincms.web.request.InvalidRequest;
import org.bulletincms.webhook.AddressKind;
import org.bulletincms.webhook.AddressRefused;
import org.bulletincms.webhook.InvalidWebhookUrl;
import org.bulletincms.workflow.NotATargetLocale;
import org.bulletincms.workflow.NotPublishable;
import org.bulletincms.workflow.SignOffOutdated;
import org.bulletincms.workflow.TranslationsIncomplete;
import org.junit.jupiter.api.Test;

/** Every refusal of the domain answers a problem type of its own, documented, titled and worded in zh and en. */
class RefusalProblemsTest {

    private static final UUID ITEM = UUID.fromString("6f1c1c52-3f7e-4c55-9a53-0d6b7a0c1f10");

    /** One of each refusal; {@link #everyRefusalOfTheProductIsAmongTheSamples()} keeps the list complete. */
    private static final List<Refusal> SAMPLES = List.of(
            new IllegalTransition(WorkflowAction.APPROVE, Stage.DRAFT),
            new ContentLocked(Stage.IN_REVIEW, "the item"),
            new SignOffOutdated("abc", "def"),
            new IssueNumberTaken("2024年第2期"),
            new PublicationSlugTaken(new PublicationSlug("spp-newsletter")),
            new RubricNotEmpty(ITEM, 3),
            new TranslationsIncomplete(List.of(new ItemLocaleStatus(ITEM, "en", TranslationStatus.MISSING, List.of()))),
            new SourceNotExtracted(ExtractionStatus.QUEUED),
            new BackupRunning(),
            new InvalidOrder("rubric 3 is named twice"),
            new NotATargetLocale("fr"),
            new NotPublishable(List.of(new NotPublishable.ItemViolation(
                    ITEM,
                    "news",
                    new Violation("/localized/en/title", "field.required", java.util.Map.of("field", "title"))))),
            new CommentRequired(WorkflowAction.REJECT),
            new NotPermitted("four-eyes", "anna wrote this issue and cannot approve it"),
            new SearchIndexRebuilding("node-a"),
            new PreviewUnavailable(),
            new SearchIndexNotShared(),
            new SourceTooLarge(50L * 1024 * 1024),
            new EmptySource(),
            new UnsupportedSourceType("application/x-msdownload"),
            new TypeContradictsName(new SourceFileName("report.pdf"), SourceType.HTML),
            new OriginalMissing("ab/cd"),
            new PrintNotReady(),
            new SourceStoreNotRecognised(),
            new SourceStoreFull("/srv/cms/sources"),
            new BackupSpaceExhausted("/srv/backups", 2L * 1024 * 1024 * 1024, 100L * 1024 * 1024),
            new BackupStoreNotRecognised("the store's identity differs"),
            new InvalidWebhookUrl("ftp://example.org/hook", "scheme"),
            new InvalidWebhookUrl("http://", "malformed"),
            new InvalidWebhookUrl("https://user:secret@example.org/hook", "credentials"),
            new InvalidWebhookUrl("no-such-host.invalid", "unresolvable"),
            new InvalidWebhookUrl("0177.0.0.1", "ambiguous-ip"),
            new AddressRefused("intranet.example", "10.0.0.7", AddressKind.PRIVATE),
            new UnknownSectionType("tender-notice"),
            new NotInIssue(NotInIssue.Part.ITEM, ITEM),
            new NotInIssue(NotInIssue.Part.RUBRIC, ITEM),
            new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.query-not-id", "issue"),
            new InvalidRequest(List.of(FieldViolation.of("/title", "field.required", Map.of("field", "title")))),
            new StaleVersion("7"),
            new VersionRequired(),
            new NotFound(NotFound.What.ISSUE, ITEM),
            new XliffUnreadable(XliffUnreadable.Reason.NOT_WELL_FORMED, 12),
            new XliffUnreadable(XliffUnreadable.Reason.DOCTYPE, 2),
            new XliffUnreadable(XliffUnreadable.Reason.NOT_XLIFF, 1),
            new XliffUnreadable(XliffUnreadable.Reason.VERSION, 1),
            new XliffTooLarge(10L * 1024 * 1024),
            new TmxUnreadable(TmxUnreadable.Reason.NOT_WELL_FORMED, 12),
            new TmxUnreadable(TmxUnreadable.Reason.DOCTYPE, 2),
            new TmxUnreadable(TmxUnreadable.Reason.NOT_TMX, 1),
            new TmxUnreadable(TmxUnreadable.Reason.VERSION, 1),
            new TmxTooLarge(10L * 1024 * 1024),
            InvalidMemoryCorrection.mismatched("1 /1", "1 2 /2 /1"),
            InvalidMemoryCorrection.unbalanced("1 2 /1"),
            new NotFound(NotFound.What.MEMORY_ENTRY, ITEM),
            new XliffForAnotherTarget(
                    XliffForAnotherTarget.What.ISSUE, "urn:bulletin-cms:issue:a", "urn:bulletin-cms:issue:b"),
            new XliffForAnotherTarget(XliffForAnotherTarget.What.TARGET_LOCALE, "fr", "en"),
            new XliffForAnotherTarget(XliffForAnotherTarget.What.SOURCE_LOCALE, "en", "zh-CN"),
            new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.xliff-version-unknown", "3.0", "2.1, 1.2"),
            new OrphanedItem("tender-notice"),
            new ItemDeleted(3),
            new RevisionUnreadable(3, "type-not-installed"),
            new InvalidItem(List.of(FieldViolation.of("/type", "item.type-fixed", Map.of("sectionType", "news")))),
            new SignInUnavailable(Duration.ofSeconds(5)),
            new RevisionNotRestorable(
                    3,
                    "news",
                    List.of(new Violation("/localized/en/title", "field.required", Map.of("field", "title")))),
            new ImageTooLarge(20L * 1024 * 1024),
            new UnsupportedImageType("image/svg+xml"),
            new ImageTypeContradictsName("photo.png", "png", ImageFormat.JPEG),
            new TooManyPixels(100_000, 100_000, 24_000_000),
            new UnreadableImage(UnreadableImage.Reason.TRUNCATED, ImageFormat.JPEG, "premature end"),
            new UnreadableImage(UnreadableImage.Reason.CORRUPT, ImageFormat.PNG, "bad CRC"),
            new ImageTooSlowToDecode(ImageFormat.PNG, Duration.ofSeconds(10)),
            new MediaAlreadyInLibrary(ITEM),
            new MediaQuotaExceeded(1L << 30, 1L << 29),
            new MediaInUse(List.of(
                    new MediaUse(ITEM, Optional.of(ITEM), Optional.empty()),
                    new MediaUse(ITEM, Optional.empty(), Optional.of(1)))),
            new PublicationHasIssues(2),
            new ItemWrittenOnce("en", "zh-CN"));

    @Test
    void everyRefusalOfTheProductIsAmongTheSamples() {
        Set<String> refusals = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.bulletincms")
                        .stream()
                        .filter(type -> type.isAssignableTo(Refusal.class))
                        .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());
        Set<String> sampled =
                SAMPLES.stream().map(refusal -> refusal.getClass().getName()).collect(Collectors.toSet());

        assertFalse(refusals.isEmpty(), "the scan found the refusals at all");
        assertEquals(refusals, sampled, "add a sample of each new refusal here, so its problem type is checked");
    }

    @Test
    void eachRefusalHasItsProblemTypeWithTheStatusOfItsKind() {
        for (Refusal refusal : SAMPLES) {
            ProblemType type = ProblemType.bySlug(refusal.code())
                    .orElseThrow(() -> new AssertionError("no ProblemType for " + refusal.code()));
            assertEquals(RefusalProblems.statusOf(refusal.kind()), type.status(), refusal.code());
        }
    }

    @Test
    void eachRefusalIsTitledAndWordedInChineseAndEnglish() {
        for (Locale language : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "org.bulletincms.web.problem.problems",
                    language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Refusal refusal : SAMPLES) {
                assertTrue(bundle.containsKey(refusal.code() + ".title"), refusal.code() + ".title in " + language);
                assertTrue(
                        bundle.containsKey("detail." + refusal.detailKey()),
                        "detail." + refusal.detailKey() + " in " + language);
            }
        }
    }

    @Test
    void twoDifferentRefusalsAnswerTwoDifferentProblemTypes() {
        ProblemDescriptions problems = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH));

        JsonObject illegal = problems.forException(
                        new IllegalTransition(WorkflowAction.APPROVE, Stage.DRAFT),
                        "POST",
                        "/api/v1/issues/1/transitions")
                .toJson();
        JsonObject taken = problems.forException(new IssueNumberTaken("2024年第2期"), "POST", "/api/v1/issues")
                .toJson();

        assertEquals("urn:bulletin-cms:problem:illegal-transition", illegal.getString("type"));
        assertEquals("urn:bulletin-cms:problem:issue-number-taken", taken.getString("type"));
        assertNotEquals(illegal.getString("type"), taken.getString("type"));
        assertEquals(409, illegal.getInt("status"));
        assertEquals(409, taken.getInt("status"));
    }

    @Test
    void aRefusalWrappedByTheContainerIsStillTheRefusal() {
        Problem problem = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(
                        new IllegalStateException("transaction rolled back", new SignOffOutdated("a", "b")),
                        "POST",
                        "/x");

        assertEquals(ProblemType.SIGN_OFF_OUTDATED, problem.type());
    }

    @Test
    void itemsThatCannotBePublishedAreListedWithSentencesInTheCallersLanguageNotKeys() {
        JsonObject problem = ProblemDescriptions.inLanguages(List.of(Locale.CHINESE))
                .forException(SAMPLES.get(11), "POST", "/x")
                .toJson();

        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("/items/" + ITEM + "/content/localized/en/title", error.getString("pointer"));
        assertEquals("field.required", error.getString("code"));
        assertFalse(error.getString("message").contains("field.required"), error.getString("message"));
        assertTrue(error.getString("message").contains("必填"), error.getString("message"));
    }

    @Test
    void everyRefusalReadsAsSentencesInChineseAndEnglishWithoutKeysOrPlaceholders() {
        for (Locale language : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            ProblemDescriptions problems = ProblemDescriptions.inLanguages(List.of(language));
            for (Refusal refusal : SAMPLES) {
                JsonObject problem =
                        problems.forException(refusal, "POST", "/api/v1/x").toJson();
                List<String> texts = new ArrayList<>(List.of(problem.getString("title"), problem.getString("detail")));
                if (problem.containsKey("errors")) {
                    problem.getJsonArray("errors")
                            .forEach(error -> texts.add(error.asJsonObject().getString("message")));
                }
                for (String text : texts) {
                    String where = refusal.code() + "/" + refusal.detailKey() + " in " + language + ": " + text;
                    assertFalse(RAW_KEY.matcher(text).find(), "a raw key is shown: " + where);
                    assertFalse(PLACEHOLDER.matcher(text).find(), "a placeholder is left: " + where);
                    if (language == Locale.CHINESE) {
                        assertTrue(CHINESE.matcher(text).find(), "not Chinese: " + where);
                    }
                }
            }
        }
    }

    @Test
    void aSourceRefusalKeepsTheTypeItAnsweredAndSaysItsLimitInTheCallersLanguage() {
        Problem english = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(new SourceTooLarge(50L * 1024 * 1024), "POST", "/api/v1/sources");
        Problem chinese = ProblemDescriptions.inLanguages(List.of(Locale.CHINESE))
                .forException(new SourceTooLarge(50L * 1024 * 1024), "POST", "/api/v1/sources");

        assertEquals(
                "urn:bulletin-cms:problem:request-too-large",
                english.type().uri().toString());
        assertEquals(413, english.status());
        assertEquals("52428800", english.extensions().get("maxBytes").toString());
        assertTrue(english.detail().startsWith("The file is larger than the limit of 50 MiB"), english.detail());
        assertTrue(chinese.detail().startsWith("文件超过了 50 MiB"), chinese.detail());
    }

    @Test
    void aRefusedWebhookUrlIsInvalidContentWithItsFieldWordedInTheCallersLanguage() {
        JsonObject problem = ProblemDescriptions.inLanguages(List.of(Locale.forLanguageTag("zh-CN")))
                .forException(new AddressRefused("intranet.example", "10.0.0.7", AddressKind.PRIVATE), "POST", "/x")
                .toJson();

        assertEquals("urn:bulletin-cms:problem:invalid-content", problem.getString("type"));
        assertEquals(422, problem.getInt("status"));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("/url", error.getString("pointer"));
        assertEquals("url.address-refused", error.getString("code"));
        assertEquals("不向 intranet.example 发送 Webhook：它解析为 10.0.0.7，不是公网地址。", error.getString("message"));
    }

    @Test
    void aRequestFieldErrorIsWordedByTheCoreMessagesInTheCallersLanguage() {
        InvalidRequest invalid =
                new InvalidRequest(List.of(FieldViolation.of("/title", "field.required", Map.of("field", "title"))));

        JsonObject chinese = ProblemDescriptions.inLanguages(List.of(Locale.CHINESE))
                .forException(invalid, "POST", "/x")
                .toJson()
                .getJsonArray("errors")
                .getJsonObject(0);
        JsonObject english = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(invalid, "POST", "/x")
                .toJson()
                .getJsonArray("errors")
                .getJsonObject(0);

        assertEquals("field.required", chinese.getString("code"));
        assertEquals("“title”为必填项。", chinese.getString("message"));
        assertEquals("“title” is required.", english.getString("message"));
    }

    @Test
    void aStaleWriteCarriesTheCurrentVersionAndAnswers412() {
        Problem problem = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH))
                .forException(new StaleVersion("7"), "PUT", "/x");

        assertEquals(ProblemType.PRECONDITION_FAILED, problem.type());
        assertEquals(412, problem.status());
    }

    @Test
    void aWebRefusalCannotNameATypeNoRefusalAnswers() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ApiProblem(ProblemType.INTERNAL_ERROR, "detail.internal-error", "x"));
    }

    /**
     * What a text is when its key has no text: the key itself ({@code detail.not-found}), or the key and its arguments
     * ({@code field.required {field=title}}).
     */
    private static final Pattern RAW_KEY = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+(\\s|$)");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9]+}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
}
