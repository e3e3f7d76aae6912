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
    /**
     * The shared search engine (OpenSearch) cannot be reached or refuses for now: search is unavailable, everything
     * else works. Its restart takes tens of seconds, so the Retry-After is longer than the database's.
     */
    SEARCH_UNAVAILABLE("search-unavailable", 503, Duration.ofSeconds(10)),
    /** A source report named like one kind of document whose bytes are another (HTML named {@code .pdf}). */
    TYPE_CONTRADICTS_NAME("type-contradicts-name", 415),
    /** The original of a source report is not in the store now; the report itself is kept and heals. */
    ORIGINAL_MISSING("original-missing", 503),
    /**
     * An issue's print PDF is made just after its publication and is not there yet; it will be shortly. The same
     * seconds as the detail text's ({@code delivery.PrintNotReady.RETRY_AFTER_SECONDS}).
     */
    PRINT_NOT_READY("print-not-ready", 503, Duration.ofSeconds(5)),
    /** Uploads are paused: the server does not recognise its store of originals. */
    SOURCE_STORE_NOT_RECOGNISED("source-store-not-recognised", 503),
    /**
     * The sign-in service (Keycloak) does not answer, so a bearer token cannot be checked; its Retry-After is the
     * probe interval ({@link SignInUnavailable#responseHeaders()}), which is configured, so not fixed here.
     */
    SIGN_IN_UNAVAILABLE("sign-in-unavailable", 503),

    // One type per refusal of the domain (org.bulletincms.refusal.Refusal#code()): until 0.2 the 409s were all
    // "conflict" and a client could not tell a taken issue number from a stale sign-off.
    /** The workflow does not allow this step in the issue's current stage. */
    ILLEGAL_TRANSITION("illegal-transition", 409),
    /** Content cannot be changed in the issue's current stage (in review, approved, published). */
    CONTENT_LOCKED("content-locked", 409),
    /** The issue changed after the approval being relied on; it must be approved again. */
    SIGN_OFF_OUTDATED("sign-off-outdated", 409),
    /** Another issue of the publication already has this number or cumulative number. */
    ISSUE_NUMBER_TAKEN("issue-number-taken", 409),
    /** Another publication already uses this slug. */
    PUBLICATION_SLUG_TAKEN("publication-slug-taken", 409),
    /** A rubric that still holds items cannot be removed. */
    RUBRIC_NOT_EMPTY("rubric-not-empty", 409),
    /** Translations are missing or outdated; {@code translations} lists them. */
    TRANSLATIONS_INCOMPLETE("translations-incomplete", 409),
    /** The text of a source report is not available (yet, or at all); {@code extraction} says where it stands. */
    SOURCE_NOT_EXTRACTED("source-not-extracted", 409),
    /** A backup is already being written. */
    BACKUP_RUNNING("backup-running", 409),
    /** A node is building or rebuilding the shared search index right now. */
    SEARCH_INDEX_REBUILDING("search-index-rebuilding", 409),
    /** The search index is a Lucene directory of this server, not a shared index rebuilt beside itself. */
    SEARCH_INDEX_NOT_SHARED("search-index-not-shared", 409),
    /** A backup was refused because the source store is not the one the database knows. */
    BACKUP_STORE_NOT_RECOGNISED("backup-store-not-recognised", 409),
    /** Another request changed the issue's stage at the same moment. */
    CONCURRENT_TRANSITION("concurrent-transition", 409),
    /** A revision cannot be restored because it cannot be read as content any more. */
    REVISION_UNREADABLE("revision-unreadable", 409),
    /** A revision's content breaks rules that hold today; {@code errors} points at each. */
    REVISION_NOT_RESTORABLE("revision-not-restorable", 409),
    /** The item was deleted; its revisions can be read but not restored into it. */
    ITEM_DELETED("item-deleted", 409),
    /** The item's section type is not installed; its content is kept verbatim and cannot be changed. */
    ORPHANED_ITEM("orphaned-item", 409),
    /** The item is written once, the same in every locale; {@code writtenIn} names its language. */
    ITEM_WRITTEN_ONCE("item-written-once", 409),
    /** A publication that has issues cannot be deleted. */
    PUBLICATION_HAS_ISSUES("publication-has-issues", 409),
    /** A new order of rubrics or items that does not name each of them exactly once. */
    INVALID_ORDER("invalid-order", 422),
    /** A locale that is not one the publication translates into. */
    NOT_A_TARGET_LOCALE("not-a-target-locale", 422),
    /** Items break the rules for publishing; {@code errors} points at each. */
    NOT_PUBLISHABLE("not-publishable", 422),
    /** A section type was asked for that is not installed. */
    UNKNOWN_SECTION_TYPE("unknown-section-type", 422),
    /** This step needs a comment that says why. */
    COMMENT_REQUIRED("comment-required", 422),
    /** A picture whose header declares more pixels than cms.media.max-pixels; nothing of it was decoded. */
    IMAGE_TOO_MANY_PIXELS("image-too-many-pixels", 413),
    /** A picture cut off before its end or damaged; {@code reason} says which. */
    IMAGE_UNREADABLE("image-unreadable", 422),
    /** Decoding a picture took longer than cms.media.decode-seconds and was given up. */
    IMAGE_TOO_SLOW_TO_DECODE("image-too-slow-to-decode", 422),
    /** A picture was to be replaced by the file another picture of the library was uploaded from. */
    MEDIA_ALREADY_IN_LIBRARY("media-already-in-library", 409),
    /** The publication's media library would pass cms.media.quota-bytes. */
    MEDIA_QUOTA_EXCEEDED("media-quota-exceeded", 507),
    /** An uploaded XLIFF file that is not well-formed, has a DOCTYPE, is not XLIFF or of another version. */
    XLIFF_UNREADABLE("xliff-unreadable", 400),
    /** An uploaded XLIFF file made for another issue, target locale or source locale. */
    XLIFF_OTHER_TARGET("xliff-other-target", 409),
    /** An uploaded TMX file that is not well-formed, has a DOCTYPE, is not TMX or of another version than 1.4. */
    TMX_UNREADABLE("tmx-unreadable", 400),
    /** A picture an item or a published edition uses cannot be deleted; {@code usedBy} lists where. */
    MEDIA_IN_USE("media-in-use", 409);

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

    /** The type whose slug is this refusal code, if there is one. */
    public static Optional<ProblemType> bySlug(String slug) {
        for (ProblemType type : values()) {
            if (type.slug.equals(slug)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
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
