package org.bulletincms.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.backup.BackupFailed;
import org.bulletincms.backup.BackupSpaceExhausted;
import org.bulletincms.database.DatabaseUnavailable;
import org.bulletincms.issue.NotInIssue;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ViolationMessages;
import org.bulletincms.source.EmptySource;
import org.bulletincms.source.OriginalMissing;
import org.bulletincms.source.SourceStoreFull;
import org.bulletincms.source.SourceStoreNotRecognised;
import org.bulletincms.source.SourceTooLarge;
import org.bulletincms.source.TypeContradictsName;
import org.bulletincms.source.UnsupportedSourceType;
import org.bulletincms.webhook.AddressRefused;
import org.bulletincms.webhook.InvalidWebhookUrl;

/**
 * The one place where failures become problem descriptions. Both the JAX-RS exception mapper and the
 * servlet error page (for failures before JAX-RS, such as a missing token) ask it; no resource builds
 * an error response by hand.
 */
public final class Problems {

    private static final ViolationMessages VIOLATION_MESSAGES = new ViolationMessages();

    private final ProblemText text;
    private final InstalledSectionTypes sectionTypes;

    private Problems(ProblemText text, InstalledSectionTypes sectionTypes) {
        this.text = text;
        this.sectionTypes = sectionTypes;
    }

    /** Problems without the installed section types: a plugin's own violation keys are then shown as keys. */
    public static Problems inLanguages(List<Locale> acceptableLanguages) {
        return inLanguages(acceptableLanguages, InstalledSectionTypes.of(List.of()));
    }

    /** Problems whose item violations are worded by their section types' own messages. */
    public static Problems inLanguages(List<Locale> acceptableLanguages, InstalledSectionTypes sectionTypes) {
        return new Problems(ProblemText.forLanguages(acceptableLanguages), sectionTypes);
    }

    public Problem of(ProblemType type, String detailKey, Object... arguments) {
        return of(type, Map.of(), detailKey, arguments);
    }

    public Problem of(ProblemType type, Map<String, JsonValue> extensions, String detailKey, Object... arguments) {
        return new Problem(
                type, type.status(), text.title(type), text.detail(detailKey, arguments), Optional.empty(), extensions);
    }

    /** A failure nobody anticipated: logged with an incident id, answered with the id only. */
    public Problem incident(String method, String path, Throwable failure) {
        Incident incident = Incident.record(method, path, failure);
        Problem problem = of(
                ProblemType.INTERNAL_ERROR,
                "detail.internal-error",
                incident.id().toString());
        return new Problem(
                problem.type(),
                problem.status(),
                problem.title(),
                problem.detail(),
                Optional.of(incident.uri()),
                Map.of("incident", Json.createValue(incident.id().toString())));
    }

    /** Maps any exception raised while serving {@code method path}. */
    public Problem forException(Throwable failure, String method, String path) {
        ApiProblem refused = causeOfType(failure, ApiProblem.class);
        if (refused != null) {
            return of(refused.type(), refused.extensions(), refused.detailKey(), refused.detailArguments());
        }
        Refusal domainRefusal = causeOfType(failure, Refusal.class);
        if (domainRefusal != null) {
            return forRefusal(domainRefusal);
        }
        if (failure instanceof InvalidWebhookUrl invalid) {
            return fieldProblem(
                    "/url", "url." + invalid.reason(), "detail.webhook-url-" + invalid.reason(), invalid.url());
        }
        if (failure instanceof AddressRefused addressRefused) {
            return fieldProblem(
                    "/url",
                    "url.address-refused",
                    "detail.webhook-address-refused",
                    addressRefused.host(),
                    addressRefused.address(),
                    addressRefused.kind().code());
        }
        if (failure instanceof SourceTooLarge tooLarge) {
            return of(
                    ProblemType.REQUEST_TOO_LARGE,
                    Map.of("maxBytes", Json.createValue(tooLarge.maxBytes())),
                    "detail.source-too-large",
                    tooLarge.maxBytes() / (1024 * 1024),
                    tooLarge.maxBytes());
        }
        if (failure instanceof EmptySource) {
            return of(ProblemType.MALFORMED_REQUEST, "detail.source-empty");
        }
        if (failure instanceof UnsupportedSourceType unsupported) {
            return of(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    Map.of("detected", Json.createValue(unsupported.detected())),
                    "detail.source-type-unsupported",
                    unsupported.detected());
        }
        if (failure instanceof TypeContradictsName contradicts) {
            return of(
                    ProblemType.TYPE_CONTRADICTS_NAME,
                    Map.of(
                            "detected",
                            Json.createValue(contradicts.detected().mediaType()),
                            "extension",
                            Json.createValue(contradicts.name().extension())),
                    "detail.source-type-contradicts-name",
                    contradicts.name().value(),
                    contradicts.detected().mediaType());
        }
        if (failure instanceof OriginalMissing) {
            return of(ProblemType.ORIGINAL_MISSING, "detail.original-missing");
        }
        if (failure instanceof SourceStoreNotRecognised) {
            return of(ProblemType.SOURCE_STORE_NOT_RECOGNISED, "detail.source-store-not-recognised");
        }
        if (failure instanceof SourceStoreFull) {
            // the store's path is for operators (the log has it once), not for the editor who uploaded
            return of(ProblemType.INSUFFICIENT_STORAGE, "detail.source-store-full");
        }
        if (failure instanceof BackupSpaceExhausted full) {
            return of(
                    ProblemType.INSUFFICIENT_STORAGE,
                    Map.of(
                            "neededBytes",
                            Json.createValue(full.neededBytes()),
                            "usableBytes",
                            Json.createValue(full.usableBytes())),
                    "detail.backup-no-space",
                    full.usableBytes() / (1024 * 1024),
                    full.neededBytes() / (1024 * 1024));
        }
        if (failure instanceof BackupFailed notRecognised
                && notRecognised.reason() == BackupFailed.Reason.STORE_NOT_RECOGNISED) {
            return of(
                    ProblemType.BACKUP_STORE_NOT_RECOGNISED,
                    Map.of("reason", Json.createValue(notRecognised.reason().code())),
                    "detail.backup-store-not-recognised");
        }
        if (failure instanceof BackupFailed failed) {
            // the cause (paths, pg_dump's words) goes to the log under the incident id, never to the caller
            Incident incident = Incident.record(method, path, failed);
            return of(
                    ProblemType.BACKUP_FAILED,
                    Map.of(
                            "reason",
                            Json.createValue(failed.reason().code()),
                            "incident",
                            Json.createValue(incident.id().toString())),
                    "detail.backup-failed-" + failed.reason().code(),
                    incident.id().toString());
        }
        if (failure instanceof NotInIssue) {
            return of(ProblemType.NOT_FOUND, "detail.not-found", path);
        }
        if (causeOfType(failure, OptimisticLockException.class) != null) {
            return of(ProblemType.PRECONDITION_FAILED, "detail.stale");
        }
        if (causedByUnreadableJson(failure)) {
            return of(ProblemType.MALFORMED_REQUEST, "detail.malformed-json");
        }
        if (failure instanceof NotAuthorizedException) {
            return of(ProblemType.UNAUTHENTICATED, "detail.unauthenticated");
        }
        if (failure instanceof ForbiddenException) {
            return of(ProblemType.FORBIDDEN, "detail.forbidden");
        }
        if (failure instanceof NotFoundException) {
            return of(ProblemType.NOT_FOUND, "detail.not-found", path);
        }
        if (failure instanceof NotAllowedException) {
            return of(ProblemType.METHOD_NOT_ALLOWED, "detail.method-not-allowed", method);
        }
        if (failure instanceof NotAcceptableException) {
            return of(ProblemType.NOT_ACCEPTABLE, "detail.not-acceptable");
        }
        if (failure instanceof NotSupportedException) {
            return of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return forStatus(web.getResponse().getStatus(), method, path);
        }
        return forUncaught(failure, method, path);
    }

    /**
     * A refusal of the domain: its code is the problem type, its kind the status, its field violations the
     * {@code errors}, each in the caller's language.
     */
    public Problem forRefusal(Refusal refusal) {
        ProblemType type = ProblemType.bySlug(refusal.code())
                .orElseThrow(() -> new IllegalStateException("No problem type for the refusal code " + refusal.code()
                        + " of " + refusal.getClass().getName()));
        Map<String, JsonValue> extensions = new LinkedHashMap<>(refusal.facts());
        if (!refusal.fieldViolations().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            refusal.fieldViolations()
                    .forEach(field -> errors.add(Json.createObjectBuilder()
                            .add("pointer", field.pointer())
                            .add("code", field.violation().messageKey())
                            .add("message", violationText(field))));
            extensions.put("errors", errors.build());
        }
        return of(
                type,
                extensions,
                "detail." + refusal.detailKey(),
                refusal.arguments().toArray());
    }

    private String violationText(Refusal.FieldViolation field) {
        return field.sectionType()
                .flatMap(sectionTypes::find)
                .map(type -> VIOLATION_MESSAGES.render(field.violation(), text.locale(), type))
                .orElseGet(() -> VIOLATION_MESSAGES.render(field.violation(), text.locale()));
    }

    /**
     * A failure no refusal explains: the database being away is said as such (503, come back later, no incident:
     * the outage is logged once, not per request); anything else is an incident.
     */
    public Problem forUncaught(Throwable failure, String method, String path) {
        if (DatabaseUnavailable.isCauseOf(failure)) {
            ProblemType unavailable = ProblemType.DATABASE_UNAVAILABLE;
            return of(
                    unavailable,
                    "detail.database-unavailable",
                    unavailable.retryAfter().orElseThrow().toSeconds());
        }
        return incident(method, path, failure);
    }

    /** A 422 about one field of the request body, named by its JSON pointer. */
    private Problem fieldProblem(String pointer, String code, String detailKey, Object... arguments) {
        return of(
                ProblemType.INVALID_CONTENT,
                Map.of(
                        "errors",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("pointer", pointer)
                                        .add("code", code)
                                        .add("message", text.detail(detailKey, arguments)))
                                .build()),
                detailKey,
                arguments);
    }

    /** A status set by the container (authentication, routing, size limits) rather than by an exception. */
    public Problem forStatus(int status, String method, String path) {
        return switch (status) {
            case 401 -> of(ProblemType.UNAUTHENTICATED, "detail.unauthenticated");
            case 403 -> of(ProblemType.FORBIDDEN, "detail.forbidden");
            case 404 -> of(ProblemType.NOT_FOUND, "detail.not-found", path);
            case 405 -> of(ProblemType.METHOD_NOT_ALLOWED, "detail.method-not-allowed", method);
            case 406 -> of(ProblemType.NOT_ACCEPTABLE, "detail.not-acceptable");
            case 413 -> of(ProblemType.REQUEST_TOO_LARGE, "detail.request-too-large-for-server");
            case 415 -> of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type");
            default ->
                status >= 500
                        ? incident(
                                method, path, new IllegalStateException("status " + status + " without an exception"))
                        : of(ProblemType.MALFORMED_REQUEST, "detail.malformed-request", "HTTP " + status);
        };
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static boolean causedByUnreadableJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParsingException
                    || cause instanceof JsonbException
                    || cause instanceof jakarta.json.JsonException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
