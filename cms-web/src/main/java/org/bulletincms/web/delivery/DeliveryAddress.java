package org.bulletincms.web.delivery;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletincms.delivery.DeliveryFormat;
import org.bulletincms.delivery.DocumentKey;
import org.bulletincms.delivery.LocaleChoice;

/**
 * A delivery request as {@link DeliveryCacheHandler} reads it on the I/O thread, before JAX-RS: which document
 * the path names, for which publication slug, and the {@code ?locale=} it asks for. Only plain, canonical forms
 * are read here (no percent-encoding, no query parameters but {@code locale} and the issue list's compiled
 * {@code page}s, canonical UUIDs); anything else is left to
 * JAX-RS, which answers it fully, so this class never has to refuse anything.
 */
record DeliveryAddress(Optional<String> slug, Shape shape, Optional<String> locale) {

    static final String PREFIX = "/api/delivery/v1/publications";

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern WEB_PAGE = Pattern.compile("([0-9]{1,9})\\.html");
    private static final Pattern PRINT_PDF = Pattern.compile("([0-9]{1,9})\\.pdf");
    private static final Pattern EMAIL = Pattern.compile("([0-9]{1,9})\\.email\\.(html|txt)");
    private static final Pattern LOCALE_QUERY = Pattern.compile("locale=([A-Za-z0-9-]{1,35})");
    private static final Pattern PAGE_QUERY = Pattern.compile("page=([1-9][0-9]{0,3})");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** Which document a path names, once the locale is negotiated. */
    sealed interface Shape {
        /** The key of the document in the negotiated locale. */
        DocumentKey key(DocumentCache.Listing publication, LocaleChoice served);
    }

    record Publications() implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.publications();
        }
    }

    /** A compiled page of the issue list in the default size. */
    record Page(int number) implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.issuePage(publication.id(), number, served.served());
        }
    }

    record Latest(int year, int number) implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.latestIssue(publication.id(), year, number, served.served(), served.fallback());
        }
    }

    record WebPage(int year, int number) implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.webPage(publication.id(), year, number, served.served());
        }
    }

    record Email(int year, int number, boolean html) implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return html
                    ? DocumentKey.emailHtml(publication.id(), year, number, served.served())
                    : DocumentKey.emailText(publication.id(), year, number, served.served());
        }
    }

    /** The print PDF; until it is made the request goes on to the resource, which answers 503. */
    record PrintPdf(int year, int number) implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.printPdf(publication.id(), year, number, served.served());
        }
    }

    record Edition(int year, int number, int edition) implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.issueEdition(
                    publication.id(), year, number, edition, served.served(), served.fallback());
        }
    }

    record Cumulative(int cumulative) implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.cumulativeIssue(publication.id(), cumulative, served.served(), served.fallback());
        }
    }

    record Feed() implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.feed(publication.id(), served.served());
        }
    }

    record Item(UUID item) implements Shape {
        public DocumentKey key(DocumentCache.Listing publication, LocaleChoice served) {
            return DocumentKey.item(publication.id(), item, served.served());
        }
    }

    /** The address of a raw request path and query, if it is one this class reads. */
    static Optional<DeliveryAddress> of(String path, String query) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<Query> parameters = Query.of(query);
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> locale = parameters.get().locale();
        Optional<Integer> page = parameters.get().page();
        String rest = path.substring(PREFIX.length());
        if (rest.isEmpty()) {
            return locale.isEmpty() && page.isEmpty()
                    ? Optional.of(new DeliveryAddress(Optional.empty(), new Publications(), Optional.empty()))
                    : Optional.empty();
        }
        String[] segments = rest.substring(1).split("/", -1);
        if (!rest.startsWith("/") || !SLUG.matcher(segments[0]).matches()) {
            return Optional.empty();
        }
        Optional<Shape> shape = page.isPresent() ? listPage(segments, page.get()) : shape(segments);
        return shape.map(found -> new DeliveryAddress(Optional.of(segments[0]), found, locale));
    }

    /** {@code ?page=} of the issue list, read only for the pages that are compiled. */
    private static Optional<Shape> listPage(String[] s, int number) {
        return s.length == 2 && s[1].equals("issues") && number <= DeliveryFormat.COMPILED_PAGES
                ? Optional.of(new Page(number))
                : Optional.empty();
    }

    private static Optional<Shape> shape(String[] s) {
        if (s.length == 2 && s[1].equals("issues")) {
            return Optional.of(new Page(1));
        }
        if (s.length == 2 && s[1].equals("feed.atom")) {
            return Optional.of(new Feed());
        }
        if (s.length == 3 && s[1].equals("items")) {
            return canonicalUuid(s[2]).map(Item::new);
        }
        if (s.length == 4 && s[1].equals("issues") && s[2].equals("cumulative") && number(s[3])) {
            return Optional.of(new Cumulative(Integer.parseInt(s[3])));
        }
        if (s.length == 4 && s[1].equals("issues") && number(s[2]) && number(s[3])) {
            return Optional.of(new Latest(Integer.parseInt(s[2]), Integer.parseInt(s[3])));
        }
        if (s.length == 4 && s[1].equals("issues") && number(s[2])) {
            Matcher page = WEB_PAGE.matcher(s[3]);
            if (page.matches()) {
                return Optional.of(new WebPage(Integer.parseInt(s[2]), Integer.parseInt(page.group(1))));
            }
            Matcher pdf = PRINT_PDF.matcher(s[3]);
            if (pdf.matches()) {
                return Optional.of(new PrintPdf(Integer.parseInt(s[2]), Integer.parseInt(pdf.group(1))));
            }
            Matcher email = EMAIL.matcher(s[3]);
            if (email.matches()) {
                return Optional.of(new Email(
                        Integer.parseInt(s[2]),
                        Integer.parseInt(email.group(1)),
                        email.group(2).equals("html")));
            }
        }
        if (s.length == 6
                && s[1].equals("issues")
                && number(s[2])
                && number(s[3])
                && s[4].equals("editions")
                && number(s[5])) {
            return Optional.of(new Edition(Integer.parseInt(s[2]), Integer.parseInt(s[3]), Integer.parseInt(s[5])));
        }
        return Optional.empty();
    }

    /**
     * The query parameters read here, each at most once: {@code locale} and {@code page}. Empty when the query has
     * anything else, so that JAX-RS answers it (and refuses what it must).
     */
    private record Query(Optional<String> locale, Optional<Integer> page) {

        static Optional<Query> of(String query) {
            Query read = new Query(Optional.empty(), Optional.empty());
            if (query == null || query.isEmpty()) {
                return Optional.of(read);
            }
            for (String parameter : query.split("&", -1)) {
                Matcher locale = LOCALE_QUERY.matcher(parameter);
                Matcher page = PAGE_QUERY.matcher(parameter);
                if (locale.matches() && read.locale().isEmpty()) {
                    read = new Query(Optional.of(locale.group(1)), read.page());
                } else if (page.matches() && read.page().isEmpty()) {
                    read = new Query(read.locale(), Optional.of(Integer.parseInt(page.group(1))));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(read);
        }
    }

    private static boolean number(String segment) {
        return NUMBER.matcher(segment).matches();
    }

    private static Optional<UUID> canonicalUuid(String segment) {
        try {
            UUID id = UUID.fromString(segment);
            return id.toString().equals(segment) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
