package org.bulletincms.spi;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A kind of bulletin item, such as a news story, an event or a declaration: the fields its content
 * has, the rules that tie them together, how it is delivered to readers' front ends, how it looks
 * to readers of the web page and how it looks in an editor's preview.
 *
 * <h2>Life cycle</h2>
 * A plugin registers its implementation in {@code META-INF/services/org.bulletincms.spi.SectionType}.
 * The core instantiates it once at start-up through its public no-argument constructor, checks its
 * declaration (id, version, labels, fields, upgrades, messages) and refuses to start if it is
 * malformed or its id is already taken; then it uses the one instance until shutdown.
 *
 * <h2>Threading</h2>
 * An implementation is a stateless singleton that the core calls from many threads at once. The
 * declaring methods ({@link #id()}, {@link #fields()}, ...) should return the same constant values on
 * every call.
 *
 * <h2>Division of work</h2>
 * The core checks every field against its {@link FieldSpec} (JSON type, length, format, allowed
 * characters, required at publish), sanitises rich text, and keeps content whose plugin has been
 * removed. A section type declares its fields and adds only what is specific to it. None of its
 * methods throws because of content: bad content is reported as {@link Violation}s or rendered as
 * far as it goes.
 *
 * <h2>Ownership</h2>
 * All arguments are immutable and may be kept; the {@link HtmlSink} may not: it belongs to the one
 * call of {@link #render} or {@link #preview} it was given to.
 *
 * @since 0.1
 */
public interface SectionType {

    /**
     * The stable id stored with every item of this type: lower-case kebab case
     * ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}) such as {@code "report-summary"}. Written as a literal,
     * never derived from a class name: stored data outlives classes.
     *
     * @since 0.1
     */
    String id();

    /**
     * The version of {@link #fields()} that content is written in, 1 or more. Raise it when old content
     * no longer fits the fields, and add an upgrade from the previous version to {@link #upgrades()}.
     * Adding an optional field needs no new version.
     *
     * @since 0.1
     */
    int schemaVersion();

    /**
     * The type's name for editors, in at least zh and en.
     *
     * @since 0.1
     */
    LocalizedText label();

    /**
     * One or two sentences telling editors when to use this type, in at least zh and en.
     *
     * @since 0.1
     */
    LocalizedText help();

    /**
     * The fields in the order editors fill them in and deliveries list them; names unique.
     *
     * @since 0.1
     */
    List<FieldSpec> fields();

    /**
     * Whether items of this type have an entry in the contents (目录). Most do; a type that only
     * accompanies another item, such as an event's flyer printed beside its news story, does not, so the contents
     * do not repeat that story's title. The entry is the item's {@link FieldSpec#contentsTitle() contents title}
     * if it has one, else its {@code title}.
     *
     * @since 0.4
     */
    default boolean listedInContents() {
        return true;
    }

    /**
     * Whether items of this type are an issue's colophon: where its content comes from, who edited it, how to reach
     * them. An issue published without such an item closes with its publication's colophon defaults instead,
     * rendered by the installed colophon type from the values {@code sourcesNote} and {@code editor} (translatable)
     * and {@code email} and {@code website} (shared); so a colophon type has fields of those names. At most one
     * installed type should say {@code true}; if several do, the first by id is used.
     *
     * @since 0.5
     */
    default boolean isColophon() {
        return false;
    }

    /**
     * Rules across fields (an end after the start, a link for a virtual event) that the field specs
     * cannot say. The core has already checked each field on its own, and reports these violations
     * together with its own; content here may still be invalid field by field, which the typed
     * readers of {@link ItemContent} tolerate. Report every violation, never throw because of content.
     * Rules that only ask for something to be filled in belong to {@link ValidationMode#PUBLISH};
     * rules about what is filled in apply in both modes.
     *
     * <p>Message keys start with this type's id and a dot ({@code event.end-before-start}); their
     * texts come from {@link #messages()}.
     *
     * @param content the content to check; rich text is already sanitised
     * @param mode    how strictly to check
     * @return the violations, empty when there are none
     * @since 0.1
     */
    default List<Violation> validate(ItemContent content, ValidationMode mode) {
        return List.of();
    }

    /**
     * The JSON a front end receives for this item in one locale. The core wraps it with the item's
     * id, type and locale. The default is the values of the view in field order, absent values left
     * out: rich text as sanitised HTML, choices as codes, dates as written.
     *
     * @since 0.1
     */
    default JsonObject toDelivery(ItemView view) {
        return FieldwiseRendering.delivery(fields(), view);
    }

    /**
     * The JSON Schema of what {@link #toDelivery} returns, published in the OpenAPI document as
     * {@code ItemFields.<id>} so front ends can generate types for this type. The default describes the default
     * delivery from {@link #fields()}; a type that overrides {@link #toDelivery} overrides this too, building the
     * new shape with {@link DeliverySchema} (the contract test kit checks every sample's delivery against it).
     *
     * @since 0.2
     */
    default JsonObject deliverySchema() {
        return DeliverySchema.of(fields()).build();
    }

    /**
     * Writes how the item looks to a reader in one locale: its part of the web page, which the core
     * compiles once when the issue is published and serves unchanged from then on (the e-mail and print editions
     * will reuse the same rendering, styled by the core). The core wraps it in an element that carries the item's
     * id and, when it differs from the page's, its {@code lang}; the item's own title is an {@code <h3>} (the
     * page's rubrics are {@code <h2>}), headings inside it {@code <h4>} and {@code <h5>}.
     *
     * <p>Everything goes through the {@link HtmlSink}, so a renderer can never write unescaped input: text is
     * escaped, elements and attributes come from the sink's allow-lists, addresses keep only http, https and
     * mailto, rich text passes only as sanitised markup, and a bidirectional control character in a text cannot
     * reorder anything after that text. Content may be incomplete or hostile (stored before a limit existed, or
     * very long): render what is there, never throw. The contract test kit renders every sample, and hostile ones
     * (markup, template syntax, bidi overrides, a 1 MB title), through this method.
     *
     * <p>The default writes an {@code <article class="item item-<id>">}: a {@code title} field as its heading,
     * other plain and rich text as paragraphs, and every other present field under its label, in field order.
     * A type whose readers expect a layout of their own (a kicker above the title, numbered commitments, a
     * flyer's date line) overrides it.
     *
     * @param view the item in the page's locale, or in the source locale when it is not translated
     * @param html where to write; owned by the core, not to be kept
     * @since 0.3
     */
    default void render(ItemView view, HtmlSink html) {
        FieldwiseRendering.reader(this, view, html);
    }

    /**
     * Writes how the item looks to an editor in one locale. The default writes an
     * {@code <article class="item item-<id>">} holding a definition list of each present field's label
     * and value.
     *
     * @since 0.1
     */
    default void preview(ItemView view, HtmlSink html) {
        FieldwiseRendering.preview(this, view, html);
    }

    /**
     * One upgrade from each older schema version (1 to {@link #schemaVersion()} - 1), in any order.
     *
     * @since 0.1
     */
    default List<SchemaUpgrade> upgrades() {
        return List.of();
    }

    /**
     * The texts of this type's own violation message keys, in at least zh and en. A text may name
     * the violation's arguments in braces: {@code "结束时间 {end} 早于开始时间"}.
     *
     * @since 0.1
     */
    default Map<String, LocalizedText> messages() {
        return Map.of();
    }
}
