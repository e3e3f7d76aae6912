package org.bulletincms.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a section type: its JSON key, what it holds, and the limits the core enforces. The
 * editor draws its form from these specs, and the core checks content against them, so a plugin
 * declares fields instead of checking them.
 *
 * <p>Plugins build specs with a factory per kind and refine them fluently; each step returns a new
 * immutable spec:
 * <pre>{@code
 * FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title")
 * FieldSpec.choice("participation").option("physical", "线下", "In person").option("hybrid", "线上线下", "Hybrid")
 * }</pre>
 *
 * <p>The constructor checks only for nulls: names, limits and labels are checked when the plugin is
 * installed, so that start-up can report every problem of a plugin at once and name the plugin.
 *
 * @param name              the JSON key, lower camel case ({@code [a-z][a-zA-Z0-9]*}); stored in
 *                          content, so it never changes once content uses it (use an upgrade)
 * @param kind              what the field holds
 * @param requiredAtPublish whether the field must be filled in to publish (in every locale of the
 *                          issue when translatable); drafts may leave it empty
 * @param isTranslatable    whether each locale has its own value ({@code /localized/<locale>/<name>})
 *                          or all locales share one ({@code /shared/<name>})
 * @param maxLength         the most code points of the value (text kinds) or of each text inside
 *                          each entry (list kinds); positive
 * @param maxEntries        the most entries of a list kind; positive; 1 for other kinds
 * @param label             the field's name in zh and en
 * @param help              optional guidance for editors in zh and en
 * @param options           the allowed values of a {@link FieldKind#CHOICE} field, in display order;
 *                          empty for other kinds
 * @since 0.1
 */
public record FieldSpec(
        String name,
        FieldKind kind,
        boolean requiredAtPublish,
        boolean isTranslatable,
        int maxLength,
        int maxEntries,
        LocalizedText label,
        Optional<LocalizedText> help,
        List<ChoiceOption> options) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        options = List.copyOf(options);
    }

    /**
     * The name of the field that words an item's entry in the contents (目录) when the title will not do.
     *
     * @since 0.4
     */
    public static final String CONTENTS_TITLE = "contentsTitle";

    /**
     * The optional, translatable contents title ({@value #CONTENTS_TITLE}): how the contents (目录) word
     * the item where that differs from its title, such as a kicker and title made one line
     * ({@code 新项目：可持续公共采购促进可持续粮食系统的区域路径}). Without it the contents show the title. Readers
     * see it only in the contents, never in the item itself.
     *
     * @since 0.4
     */
    public static FieldSpec contentsTitle() {
        return plainText(CONTENTS_TITLE)
                .translatable()
                .max(300)
                .label("目录标题", "Contents title")
                .help(
                        "目录中的写法与标题不同时填写，如“新项目：……”；留空则目录显示标题。",
                        "Fill in when the contents word the item otherwise than its title, e.g. “New project: …”;"
                                + " empty, the contents show the title.");
    }

    /**
     * A field of a kind with that kind's default limits, optional, shared, without label.
     *
     * @since 0.1
     */
    public static FieldSpec of(String name, FieldKind kind) {
        return new FieldSpec(
                name,
                kind,
                false,
                false,
                kind.defaultMaxLength(),
                kind.defaultMaxEntries(),
                LocalizedText.none(),
                Optional.empty(),
                List.of());
    }

    /** @since 0.1 */
    public static FieldSpec plainText(String name) {
        return of(name, FieldKind.PLAIN_TEXT);
    }

    /** @since 0.1 */
    public static FieldSpec richText(String name) {
        return of(name, FieldKind.RICH_TEXT);
    }

    /** @since 0.1 */
    public static FieldSpec url(String name) {
        return of(name, FieldKind.URL);
    }

    /** @since 0.1 */
    public static FieldSpec email(String name) {
        return of(name, FieldKind.EMAIL);
    }

    /** @since 0.1 */
    public static FieldSpec date(String name) {
        return of(name, FieldKind.DATE);
    }

    /** @since 0.1 */
    public static FieldSpec zonedDateTime(String name) {
        return of(name, FieldKind.ZONED_DATE_TIME);
    }

    /** @since 0.1 */
    public static FieldSpec number(String name) {
        return of(name, FieldKind.NUMBER);
    }

    /** @since 0.1 */
    public static FieldSpec people(String name) {
        return of(name, FieldKind.PEOPLE);
    }

    /** @since 0.1 */
    public static FieldSpec numberedList(String name) {
        return of(name, FieldKind.NUMBERED_LIST);
    }

    /** @since 0.1 */
    public static FieldSpec textList(String name) {
        return of(name, FieldKind.TEXT_LIST);
    }

    /** @since 0.1 */
    public static FieldSpec termList(String name) {
        return of(name, FieldKind.TERM_LIST);
    }

    /** @since 0.1 */
    public static FieldSpec keyFigures(String name) {
        return of(name, FieldKind.KEY_FIGURES);
    }

    /** A choice field; add its options with {@link #option(String, String, String)}. @since 0.1 */
    public static FieldSpec choice(String name) {
        return of(name, FieldKind.CHOICE);
    }

    /** @since 0.1 */
    public static FieldSpec sourceDocument(String name) {
        return of(name, FieldKind.SOURCE_DOCUMENT);
    }

    /**
     * A picture from the media library (see {@link FieldKind#IMAGE}): translatable, since its alt text and caption
     * are written per locale while the picture, its focal point, credit and licence are shared.
     *
     * @since 0.5
     */
    public static FieldSpec image(String name) {
        return of(name, FieldKind.IMAGE).translatable();
    }

    /**
     * Several pictures from the media library in one field, in the order shown (see {@link FieldKind#IMAGE_LIST}):
     * translatable like {@link #image(String)}; at most 20 unless {@link #maxEntries(int)} says otherwise.
     *
     * @since 0.5
     */
    public static FieldSpec images(String name) {
        return of(name, FieldKind.IMAGE_LIST).translatable();
    }

    /**
     * This field, required to publish.
     *
     * @since 0.1
     */
    public FieldSpec required() {
        return new FieldSpec(name, kind, true, isTranslatable, maxLength, maxEntries, label, help, options);
    }

    /**
     * This field, with one value per locale.
     *
     * @since 0.1
     */
    public FieldSpec translatable() {
        return new FieldSpec(name, kind, requiredAtPublish, true, maxLength, maxEntries, label, help, options);
    }

    /**
     * This field, with another {@link #maxLength()}.
     *
     * @since 0.1
     */
    public FieldSpec max(int codePoints) {
        return new FieldSpec(
                name, kind, requiredAtPublish, isTranslatable, codePoints, maxEntries, label, help, options);
    }

    /**
     * This list field, with another {@link #maxEntries()}.
     *
     * @since 0.1
     */
    public FieldSpec maxEntries(int entries) {
        return new FieldSpec(name, kind, requiredAtPublish, isTranslatable, maxLength, entries, label, help, options);
    }

    /**
     * This field, with a label in zh and en.
     *
     * @since 0.1
     */
    public FieldSpec label(String zh, String en) {
        return new FieldSpec(
                name,
                kind,
                requiredAtPublish,
                isTranslatable,
                maxLength,
                maxEntries,
                LocalizedText.of(zh, en),
                help,
                options);
    }

    /**
     * This field, with help for editors in zh and en.
     *
     * @since 0.1
     */
    public FieldSpec help(String zh, String en) {
        return new FieldSpec(
                name,
                kind,
                requiredAtPublish,
                isTranslatable,
                maxLength,
                maxEntries,
                label,
                Optional.of(LocalizedText.of(zh, en)),
                options);
    }

    /**
     * This choice field, with one more option after the ones it has.
     *
     * @throws IllegalStateException if this field is not a {@link FieldKind#CHOICE}
     * @since 0.1
     */
    public FieldSpec option(String code, String zh, String en) {
        if (kind != FieldKind.CHOICE) {
            throw new IllegalStateException("Field '" + name + "' is " + kind + "; only CHOICE fields have options");
        }
        List<ChoiceOption> more = new ArrayList<>(options);
        more.add(ChoiceOption.of(code, zh, en));
        return new FieldSpec(name, kind, requiredAtPublish, isTranslatable, maxLength, maxEntries, label, help, more);
    }

    /**
     * The option stored as {@code code}, if this field declares one.
     *
     * @since 0.1
     */
    public Optional<ChoiceOption> option(String code) {
        return options.stream().filter(option -> option.code().equals(code)).findFirst();
    }
}
