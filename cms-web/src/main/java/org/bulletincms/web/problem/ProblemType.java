package org.bulletincms.web.problem;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The kinds of problem the API reports (RFC 9457 {@code type}). Clients branch on the type URI, people
 * read the title; titles and details come from the {@code problems} message bundle in zh and en.
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    PRECONDITION_FAILED("precondition-failed", 412),
    REQUEST_TOO_LARGE("request-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    INVALID_CONTENT("invalid-content", 422),
    PRECONDITION_REQUIRED("precondition-required", 428),
    INTERNAL_ERROR("internal-error", 500),
    /** A backup could not be completed; the reason is a code, the details are in the server log. */
    BACKUP_FAILED("backup-failed", 500),
    /** The disk the server writes to has too little room for what was asked (RFC 4918 11.5). */
    INSUFFICIENT_STORAGE("insufficient-storage", 507),
    /** The database cannot be reached (down, restarting, unreachable, pool exhausted): come back shortly. */
    DATABASE_UNAVAILABLE("database-unavailable", 503, Duration.ofSeconds(5)),
    /** A source report named like one kind of document whose bytes are another (HTML named {@code .pdf}). */
    TYPE_CONTRADICTS_NAME("type-contradicts-name", 415),
    /** The original of a source report is not in the store now; the report itself is kept and heals. */
    ORIGINAL_MISSING("original-missing", 503),
    /** Uploads are paused: the server does not recognise its store of originals. */
    SOURCE_STORE_NOT_RECOGNISED("source-store-not-recognised", 503),
    /**
     * The sign-in service (Keycloak) does not answer, so a bearer token cannot be checked; its Retry-After is the
     * probe interval ({@link SignInUnavailable#responseHeaders()}), which is configured, so not fixed here.
     */
    SIGN_IN_UNAVAILABLE("sign-in-unavailable", 503);

    private static final String NAMESPACE = "urn:bulletin-cms:problem:";

    private final String slug;
    private final int status;
    private final Optional<Duration> retryAfter;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
        this.retryAfter = Optional.empty();
    }

    ProblemType(String slug, int status, Duration retryAfter) {
        this.slug = slug;
        this.status = status;
        this.retryAfter = Optional.of(retryAfter);
    }

    public URI uri() {
        return URI.create(NAMESPACE + slug);
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    /** For a refusal that is temporary: when to try again (the {@code Retry-After} header, RFC 9110 10.2.3). */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** The generic type for an HTTP status that has no more specific meaning here. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type.ordinal() <= INTERNAL_ERROR.ordinal()) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
