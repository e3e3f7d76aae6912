package org.bulletincms.delivery;

/**
 * The shape of the delivery documents this release compiles. Every compiled document records the version it
 * was compiled in; a release that changes the shape raises {@link #VERSION}, and the change applies to
 * editions published after it (an edition keeps its bytes; its ETag stays valid in every cache).
 */
public final class DeliveryFormat {

    /** Version 1: the shapes of the delivery API as documented in the README when compilation began. */
    public static final int VERSION = 1;

    /** The media type of the JSON documents, as sent in {@code Content-Type}. */
    public static final String JSON = "application/json;charset=UTF-8";

    /** The media type of the Atom feeds, as sent in {@code Content-Type}. */
    public static final String ATOM = "application/atom+xml;charset=UTF-8";

    /** The media type of the web pages of editions, as sent in {@code Content-Type}. */
    public static final String HTML = "text/html;charset=UTF-8";

    /** The media type of the plain-text alternative of e-mail editions. */
    public static final String TEXT = "text/plain;charset=UTF-8";

    /** The page size of the issue list when none is asked for; its first pages are compiled. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    /**
     * How many pages of the issue list, in the default size, are compiled: the newest 100 issues, which is what
     * front ends and crawlers walk. Every publication shifts every page, so compiling all of them would rewrite
     * hundreds of documents per publication in a long-running bulletin; deeper pages, and pages of other sizes,
     * are cut from the compiled list entries on request.
     */
    public static final int COMPILED_PAGES = 5;

    /** The largest page of the issue list served; larger requests are clamped to it. */
    public static final int MAX_PAGE_SIZE = 100;

    private DeliveryFormat() {}
}
