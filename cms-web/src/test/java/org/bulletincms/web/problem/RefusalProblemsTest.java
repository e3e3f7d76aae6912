package org.bulletincms.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.actor.NotPermitted;
import org.bulletincms.backup.BackupRunning;
import org.bulletincms.issue.CommentRequired;
import org.bulletincms.issue.IllegalTransition;
import org.bulletincms.issue.InvalidOrder;
import org.bulletincms.issue.IssueNumberTaken;
import org.bulletincms.issue.RubricNotEmpty;
import org.bulletincms.issue.Stage;
import org.bulletincms.issue.WorkflowAction;
import org.bulletincms.publication.PublicationSlug;
import org.bulletincms.publication.PublicationSlugTaken;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.search.SearchIndexNotShared;
import org.bulletincms.search.SearchIndexRebuilding;
import org.bulletincms.source.ExtractionStatus;
import org.bulletincms.source.SourceNotExtracted;
import org.bulletincms.spi.Violation;
import org.bulletincms.translation.ItemLocaleStatus;
import org.bulletincms.translation.TranslationStatus;
import org.bulletincms.workflow.ContentLocked;
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
            new SearchIndexNotShared());

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
            assertEquals(statusOf(refusal.kind()), type.status(), refusal.code());
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
        Problems problems = Problems.inLanguages(List.of(Locale.ENGLISH));

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
        Problem problem = Problems.inLanguages(List.of(Locale.ENGLISH))
                .forException(
                        new IllegalStateException("transaction rolled back", new SignOffOutdated("a", "b")),
                        "POST",
                        "/x");

        assertEquals(ProblemType.SIGN_OFF_OUTDATED, problem.type());
    }

    @Test
    void itemsThatCannotBePublishedAreListedWithSentencesInTheCallersLanguageNotKeys() {
        JsonObject problem = Problems.inLanguages(List.of(Locale.CHINESE))
                .forException(SAMPLES.get(11), "POST", "/x")
                .toJson();

        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("/items/" + ITEM + "/content/localized/en/title", error.getString("pointer"));
        assertEquals("field.required", error.getString("code"));
        assertFalse(error.getString("message").contains("field.required"), error.getString("message"));
        assertTrue(error.getString("message").contains("必填"), error.getString("message"));
    }

    private static int statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case MALFORMED -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 422;
            case UNAVAILABLE -> 503;
        };
    }
}
