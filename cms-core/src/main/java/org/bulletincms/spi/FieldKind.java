package org.bulletincms.spi;

/**
 * What a field holds, and therefore its JSON shape, the generic checks the core applies to it and the
 * input the editor draws for it.
 *
 * <p>Every text anywhere in a value (including inside list entries) must not contain NUL or other C0
 * control characters except tab, line feed and carriage return, nor unpaired surrogates. Lengths are
 * counted in Unicode code points. For text kinds {@link FieldSpec#maxLength()} limits the value (not
 * for DATE, ZONED_DATE_TIME and CHOICE, whose values are valid or not by their format); for
 * list kinds it limits each text inside each entry and {@link FieldSpec#maxEntries()} limits the
 * number of entries. A value that is an empty string or an empty array counts as absent.
 *
 * @since 0.1
 */
public enum FieldKind {

    /**
     * A plain text without markup, possibly several lines. JSON: a string, {@code "首届全球建筑和气候论坛"}.
     * Previews escape it; deliveries carry it as is.
     */
    PLAIN_TEXT(500, 1),

    /**
     * Formatted prose. JSON: a string of HTML, {@code "<p>日前，<strong>联合国</strong>…</p>"}. The core
     * sanitises it before storing, keeping only p, br, strong, em, b, i, u, ul, ol, li, blockquote, h3,
     * h4, sub, sup and a (href http, https or mailto; rel="noopener noreferrer nofollow" is added).
     * {@link FieldSpec#maxLength()} counts the sanitised HTML, markup included.
     */
    RICH_TEXT(20_000, 1),

    /**
     * An absolute web address. JSON: a string, {@code "https://www.oneplanetnetwork.org/"}; the
     * scheme must be http or https.
     */
    URL(2_000, 1),

    /** An e-mail address. JSON: a string, {@code "wangj@mepcec.com"} (HTML's e-mail syntax, ASCII only). */
    EMAIL(254, 1),

    /** A calendar date. JSON: a string {@code yyyy-mm-dd}, {@code "2022-03-30"}. */
    DATE(10, 1),

    /**
     * An instant with the offset it was announced in, optionally with a region zone. JSON: an ISO-8601
     * string with offset, {@code "2024-05-29T17:00+02:00"} or
     * {@code "2024-05-29T17:00+02:00[Europe/Zurich]"}; when a zone is given the offset must be the
     * zone's offset at that time.
     */
    ZONED_DATE_TIME(64, 1),

    /**
     * A number. JSON: a number, {@code 2023} or {@code 1.5}; not a string. {@link FieldSpec#maxLength()}
     * limits the characters of its written form.
     */
    NUMBER(30, 1),

    /**
     * People taking part. JSON: an array of objects
     * {@code {"name": "Robert Opp", "title": "Chief Digital Officer", "organisation": "UNDP", "role": "speaker"}};
     * {@code role} is required and one of the {@link PersonRole} codes; at least one of
     * {@code name}, {@code title}, {@code organisation} must be given (flyers often list a panelist by
     * office only).
     */
    PEOPLE(300, 50),

    /**
     * Items whose numbers derive from their order (01, 02, ...). JSON: an array of strings,
     * {@code ["实施路线图…", "采用恰当的…"]}.
     */
    NUMBERED_LIST(1_000, 50),

    /** Items without numbers. JSON: an array of strings, {@code ["马来西亚", "美国"]}. */
    TEXT_LIST(500, 50),

    /**
     * Terms with their description, such as a bold-headed list of activities. JSON: an array of
     * objects {@code {"term": "活动筹资", "description": "设计、策划相关活动或项目；"}}; both are required.
     */
    TERM_LIST(1_000, 30),

    /**
     * Figures to stand out. JSON: an array of objects {@code {"value": 5000, "unit": "+", "label": "organisations"}};
     * {@code value} (a JSON number) and {@code label} are required, {@code unit} is optional.
     */
    KEY_FIGURES(300, 12),

    /**
     * One of the field's declared {@link FieldSpec#options() options}. JSON: the option's code as a
     * string, {@code "hybrid"}.
     */
    CHOICE(100, 1),

    /**
     * A reference to a source report uploaded to the CMS. JSON: the document's id as a string of
     * letters, digits, '.', '_', ':' or '-', {@code "src-2024-02-017"}. The core checks that the
     * document exists.
     */
    SOURCE_DOCUMENT(128, 1),

    /**
     * A picture from the publication's media library, with what readers need to know about it. Its value has two
     * parts under the same field name, because the picture is the same in every language and its words are not:
     * <ul>
     *   <li>shared, {@code /shared/<name>}: {@code {"media": "<media id>", "focalPoint": {"x": 0.5, "y": 0.3},
     *       "credit": "UNEP", "licence": "CC BY 4.0", "decorative": false}}: {@code media} (the id the media library
     *       gave the picture) is required, the rest optional; the focal point is where the picture's subject is,
     *       {@code x} from the left and {@code y} from the top edge, each from 0 to 1 (the centre by default), which
     *       crops keep in view; a decorative picture adds nothing a reader needs, so it has no alt text;</li>
     *   <li>per locale, {@code /localized/<locale>/<name>}: {@code {"alt": "代表们签署宣言", "caption": "签署现场"}}:
     *       the alt text says what the picture shows for readers who cannot see it; the caption is printed with
     *       it.</li>
     * </ul>
     * The field is translatable (declare it with {@link FieldSpec#image(String)}): translators write {@code alt}
     * and {@code caption}, and the translation status counts them. {@link FieldSpec#maxLength()} limits each text.
     * The core checks that the picture is in the library of the item's publication, and, to publish, that a
     * picture that is not decorative has alt text in every locale of the issue. An {@link ItemView} holds both
     * parts as one object, read with {@link ItemView#picture(String)}; in a published edition the core adds where
     * the picture is served ({@link Picture#source()}).
     *
     * @since 0.5
     */
    IMAGE(500, 1),

    /**
     * Several pictures from the publication's media library in one field, in the order shown, such as the partner
     * logos of an event flyer. Each picture is an {@link #IMAGE} value, and the two parts are lists of the same
     * length, entry by entry:
     * <ul>
     *   <li>shared, {@code /shared/<name>}: {@code [{"media": "<media id>", "focalPoint": …, "credit": …, "licence":
     *       …, "decorative": …}, …]}, each entry as the shared part of an {@link #IMAGE};</li>
     *   <li>per locale, {@code /localized/<locale>/<name>}: {@code [{"alt": "…", "caption": "…"}, …]}, the words of the
     *       picture at the same position.</li>
     * </ul>
     * Declare it with {@link FieldSpec#images(String)}; {@link FieldSpec#maxEntries()} limits the pictures (and the
     * entries of each locale's list), {@link FieldSpec#maxLength()} each text. Every picture is checked as an image
     * is, its pointer ending in its position ({@code /shared/logos/2/media}, {@code /localized/en/logos/2/alt}). An
     * {@link ItemView} holds both parts as one list, read with {@link ItemView#pictures(String)}.
     *
     * @since 0.5
     */
    IMAGE_LIST(500, 20);

    private final int defaultMaxLength;
    private final int defaultMaxEntries;

    FieldKind(int defaultMaxLength, int defaultMaxEntries) {
        this.defaultMaxLength = defaultMaxLength;
        this.defaultMaxEntries = defaultMaxEntries;
    }

    /**
     * Whether a value of this kind is a JSON array of entries.
     *
     * @since 0.1
     */
    public boolean isList() {
        return this == PEOPLE
                || this == NUMBERED_LIST
                || this == TEXT_LIST
                || this == TERM_LIST
                || this == KEY_FIGURES
                || this == IMAGE_LIST;
    }

    /**
     * The {@link FieldSpec#maxLength()} a field of this kind gets unless the plugin sets one.
     *
     * @since 0.1
     */
    public int defaultMaxLength() {
        return defaultMaxLength;
    }

    /**
     * The {@link FieldSpec#maxEntries()} a field of this kind gets unless the plugin sets one; 1 for
     * kinds that are not lists.
     *
     * @since 0.1
     */
    public int defaultMaxEntries() {
        return defaultMaxEntries;
    }
}
