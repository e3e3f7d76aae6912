package org.bulletincms.delivery;

/**
 * What a compiled document is. Stored by {@link #code()}: stored rows outlive enum constant names.
 */
public enum DocumentKind {
    /** An issue in one edition and locale; never changes once compiled (edition URLs are immutable). */
    ISSUE_EDITION("issue-edition", true),
    /** The latest edition of an issue, addressed by year and number. */
    ISSUE_LATEST("issue-latest", false),
    /** The latest edition of an issue, addressed by cumulative number. */
    ISSUE_CUMULATIVE("issue-cumulative", false),
    /** One item as in the latest edition of its issue. */
    ITEM("item", false),
    /** An issue's entry in the paged issue list of its publication; pages are cut from these. */
    LIST_ENTRY("list-entry", false),
    /**
     * An issue's entry in its publication's Atom feed in one locale (an XML fragment, served by no URL): the feeds
     * are put together from these, so a publication does not read and parse 50 snapshots per locale.
     */
    FEED_ENTRY("feed-entry", false),
    /** A page of the publication's issue list in the default page size. */
    ISSUE_PAGE("issue-page", false),
    /** The publications that have published issues. */
    PUBLICATIONS("publications", false),
    /** The Atom feed of a publication in one locale: its latest issues. */
    FEED("feed", false),
    /** The web page of the latest edition of an issue in one locale ({@link WebEditionPage}). */
    WEB_PAGE("web-page", false),
    /** The e-mail edition of the latest edition of an issue in one locale, its HTML ({@link EmailEdition}). */
    EMAIL_HTML("email-html", false),
    /** The plain-text alternative of the e-mail edition. */
    EMAIL_TEXT("email-text", false),
    /**
     * The print PDF of the latest edition of an issue in one locale ({@link PrintEdition}); made by a job just after
     * the publish commit ({@link PrintJobs}), so it may be missing for a moment after publication.
     */
    PRINT_PDF("print-pdf", false);

    private final String code;
    private final boolean pinned;

    DocumentKind(String code, boolean pinned) {
        this.code = code;
        this.pinned = pinned;
    }

    public String code() {
        return code;
    }

    /** Whether the document belongs to one edition for good: recompiling a later edition never touches it. */
    public boolean pinned() {
        return pinned;
    }
}
