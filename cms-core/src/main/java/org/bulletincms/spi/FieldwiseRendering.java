package org.bulletincms.spi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generic delivery, reader rendering and preview every section type gets unless it writes its own: one field after
 * another, each by its kind. Values of the wrong shape are skipped, never fatal.
 */
final class FieldwiseRendering {

    /** The field a reader sees as the item's heading. */
    private static final String TITLE = "title";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private FieldwiseRendering() {}

    static JsonObject delivery(List<FieldSpec> fields, ItemView view) {
        JsonObjectBuilder delivery = Json.createObjectBuilder();
        for (FieldSpec field : fields) {
            view.value(field.name()).ifPresent(value -> delivery.add(field.name(), value));
        }
        return delivery.build();
    }

    static void preview(SectionType type, ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-" + type.id()));
        html.start("dl");
        for (FieldSpec field : type.fields()) {
            if (view.value(field.name()).isPresent()) {
                html.element("dt", field.label().get(view.locale()));
                html.start("dd", Map.of("class", "field-" + field.name()));
                value(field, view, html);
                html.end();
            }
        }
        html.end();
        html.end();
    }

    /**
     * For readers: the title as the item's heading, prose as it is, every other field under its label. Labels
     * are for fields a reader cannot place without one (a date, a list of people); prose needs none.
     */
    static void reader(SectionType type, ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-" + type.id()));
        for (FieldSpec field : type.fields()) {
            String name = field.name();
            // The contents title is the contents' wording of the item; in the item, readers see its title.
            if (view.value(name).isEmpty() || FieldSpec.CONTENTS_TITLE.equals(name)) {
                continue;
            }
            switch (field.kind()) {
                case PLAIN_TEXT ->
                    view.text(name)
                            .ifPresent(text -> html.element(
                                    TITLE.equals(name) ? "h3" : "p", Map.of("class", "field-" + name), text));
                case RICH_TEXT -> view.richText(name).ifPresent(html::trustedRichText);
                case IMAGE -> view.picture(name).ifPresent(html::picture);
                case TERM_LIST ->
                    view.list(name).ifPresent(terms -> labelled(field, view, html, () -> termLines(terms, view, html)));
                default -> labelled(field, view, html, () -> value(field, view, html));
            }
        }
        html.end();
    }

    private static void labelled(FieldSpec field, ItemView view, HtmlSink html, Runnable value) {
        html.start("dl", Map.of("class", "field-" + field.name()));
        html.element("dt", field.label().get(view.locale()));
        html.start("dd");
        value.run();
        html.end();
        html.end();
    }

    /** Terms as bulletins print them, one a line: “活动筹资：设计、策划相关活动或项目；”. */
    private static void termLines(JsonArray terms, ItemView view, HtmlSink html) {
        String separator = view.locale().startsWith("zh") ? "：" : ": ";
        html.start("ul", Map.of("class", "terms"));
        for (JsonValue entry : terms) {
            if (entry instanceof JsonObject term) {
                html.start("li");
                member(term, "term").ifPresent(text -> html.element("strong", text));
                member(term, "description").ifPresent(text -> html.text(separator + text));
                html.end();
            }
        }
        html.end();
    }

    static void value(FieldSpec field, ItemView view, HtmlSink html) {
        String name = field.name();
        switch (field.kind()) {
            case PLAIN_TEXT, SOURCE_DOCUMENT -> view.text(name).ifPresent(text -> html.element("p", text));
            case RICH_TEXT -> view.richText(name).ifPresent(html::trustedRichText);
            case URL ->
                view.text(name).ifPresent(url -> html.start("p").link(url, url).end());
            case EMAIL ->
                view.text(name)
                        .ifPresent(address -> html.start("p")
                                .link("mailto:" + address, address)
                                .end());
            case DATE -> view.date(name).ifPresent(date -> time(html, date.toString(), date.toString()));
            case ZONED_DATE_TIME -> view.dateTime(name).ifPresent(when -> time(html, offsetForm(when), readable(when)));
            case NUMBER -> view.number(name).ifPresent(number -> html.element("p", JsonFieldReader.plain(number)));
            case CHOICE ->
                view.text(name)
                        .ifPresent(code -> html.element(
                                "p",
                                field.option(code)
                                        .map(option -> option.label().get(view.locale()))
                                        .orElse(code)));
            case PEOPLE -> list(view, name, "ul", html, entry -> person(entry, view.locale()));
            case NUMBERED_LIST -> list(view, name, "ol", html, FieldwiseRendering::string);
            case TEXT_LIST -> list(view, name, "ul", html, FieldwiseRendering::string);
            case KEY_FIGURES -> list(view, name, "ul", html, FieldwiseRendering::keyFigure);
            case TERM_LIST -> view.list(name).ifPresent(terms -> termList(terms, html));
            case IMAGE -> view.picture(name).ifPresent(html::picture);
            case IMAGE_LIST -> view.pictures(name).forEach(html::picture);
        }
    }

    private static void time(HtmlSink html, String machineForm, String readableForm) {
        html.start("p")
                .element("time", Map.of("datetime", machineForm), readableForm)
                .end();
    }

    private static String offsetForm(ZonedDateTime when) {
        return when.toOffsetDateTime().toString();
    }

    private static String readable(ZonedDateTime when) {
        String offset = when.getOffset().getId();
        return WHEN.format(when) + " (UTC" + ("Z".equals(offset) ? "" : offset) + ")";
    }

    private interface EntryText {
        Optional<String> of(JsonValue entry);
    }

    private static void list(ItemView view, String name, String listElement, HtmlSink html, EntryText text) {
        view.list(name).ifPresent(entries -> {
            html.start(listElement);
            for (JsonValue entry : entries) {
                text.of(entry).ifPresent(line -> html.element("li", line));
            }
            html.end();
        });
    }

    private static void termList(JsonArray terms, HtmlSink html) {
        html.start("dl");
        for (JsonValue entry : terms) {
            if (entry instanceof JsonObject term) {
                member(term, "term").ifPresent(text -> html.element("dt", text));
                member(term, "description").ifPresent(text -> html.element("dd", text));
            }
        }
        html.end();
    }

    private static Optional<String> string(JsonValue entry) {
        return entry instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }

    private static Optional<String> person(JsonValue entry, String locale) {
        if (!(entry instanceof JsonObject person)) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder();
        for (String part : List.of("name", "title", "organisation")) {
            member(person, part)
                    .ifPresent(
                            text -> line.append(line.length() == 0 ? "" : ", ").append(text));
        }
        member(person, "role")
                .flatMap(PersonRole::fromCode)
                .ifPresent(role ->
                        line.append(" (").append(role.label().get(locale)).append(')'));
        return Optional.of(line.toString());
    }

    private static Optional<String> keyFigure(JsonValue entry) {
        if (!(entry instanceof JsonObject figure) || !(figure.get("value") instanceof JsonNumber value)) {
            return Optional.empty();
        }
        String unit = member(figure, "unit").orElse("");
        return Optional.of(JsonFieldReader.plain(value.bigDecimalValue()) + unit + " "
                + member(figure, "label").orElse(""));
    }

    private static Optional<String> member(JsonObject object, String name) {
        return JsonFieldReader.text(object, name);
    }
}
