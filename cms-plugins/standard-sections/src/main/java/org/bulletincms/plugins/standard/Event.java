package org.bulletincms.plugins.standard;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.PersonRole;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.SchemaUpgrade;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * A conference session, side event or webinar, as announced on a flyer: when, where, how to take
 * part and who speaks. Version 2 replaced version 1's date and free-text time with a start and an
 * end that carry their UTC offset (see {@link EventTimeUpgrade}).
 */
public final class Event implements SectionType {

    static final String START = "start";
    static final String END = "end";
    static final String PARTICIPATION = "participation";
    static final String VIRTUAL_LINK = "virtualLink";
    static final String HASHTAG = "hashtag";
    static final String PARTNER_LOGOS = "partnerLogos";

    private static final Pattern HASHTAG_FORM = Pattern.compile("#[\\p{L}\\p{N}_]+");
    private static final Set<String> NAMED_ZONES = Set.of("GMT", "UTC");
    private static final LocalizedText ORGANISED_BY = LocalizedText.of("主办：", "Organised by ");
    private static final LocalizedText IN_COLLABORATION_WITH = LocalizedText.of("合作方：", "In collaboration with ");
    private static final LocalizedText JOIN_ONLINE = LocalizedText.of("线上参会", "Join online");
    private static final LocalizedText LIST_SEPARATOR = LocalizedText.of("、", ", ");

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(300).label("活动名称", "Title"),
            FieldSpec.richText("description").translatable().label("活动介绍", "Description"),
            FieldSpec.textList("organisers")
                    .translatable()
                    .maxEntries(10)
                    .max(200)
                    .label("主办方", "Organisers"),
            FieldSpec.zonedDateTime(START)
                    .required()
                    .label("开始时间", "Starts")
                    .help(
                            "按公告所用时区填写，如 2024-05-29T17:00+02:00。",
                            "In the time zone the event announces, e.g. 2024-05-29T17:00+02:00."),
            FieldSpec.zonedDateTime(END).label("结束时间", "Ends"),
            FieldSpec.plainText("venue").translatable().max(200).label("地点", "Venue"),
            FieldSpec.plainText("room").translatable().max(200).label("会议室", "Room"),
            FieldSpec.choice(PARTICIPATION)
                    .required()
                    .label("参与方式", "Participation")
                    .option("physical", "线下参会", "In person")
                    .option("virtual", "线上参会", "Online")
                    .option("hybrid", "线上线下同步", "Physical and virtual"),
            FieldSpec.url(VIRTUAL_LINK)
                    .label("线上参会链接", "Link to join online")
                    .help("线上活动必填。", "Required for an online event."),
            FieldSpec.people("people")
                    .translatable()
                    .maxEntries(40)
                    .label("发言嘉宾", "People")
                    .help(
                            "发言人、主持人、讨论嘉宾等，可只写职务和机构。",
                            "Speakers, moderators, panelists; a title and organisation without a name will do."),
            FieldSpec.textList("partners")
                    .translatable()
                    .maxEntries(20)
                    .max(200)
                    .label("合作方", "In collaboration with"),
            FieldSpec.images(PARTNER_LOGOS)
                    .maxEntries(20)
                    .label("合作方标志", "Partner logos")
                    .help(
                            "媒体库中的合作方标志，按印刷顺序排列；替代文字写机构名称。",
                            "The partners' logos from the media library, in the order printed; the alt text names"
                                    + " the organisation."),
            FieldSpec.plainText(HASHTAG).max(60).label("话题标签", "Hashtag").help("如 #COP26", "E.g. #COP26"));

    @Override
    public String id() {
        return "event";
    }

    @Override
    public int schemaVersion() {
        return 2;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("活动", "Event");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of(
                "会议、边会或网络研讨会：时间、地点、参与方式和嘉宾。",
                "A session, side event or webinar: when, where, how to take part and who speaks.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /**
     * An event's flyer goes with the story about it, which the contents already list; the seed issues' 目录 have
     * no entry for the flyer.
     */
    @Override
    public boolean listedInContents() {
        return false;
    }

    @Override
    public List<SchemaUpgrade> upgrades() {
        return List.of(new EventTimeUpgrade());
    }

    @Override
    public List<Violation> validate(ItemContent content, ValidationMode mode) {
        List<Violation> violations = new ArrayList<>();
        Optional<ZonedDateTime> start = content.sharedDateTime(START);
        Optional<ZonedDateTime> end = content.sharedDateTime(END);
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            violations.add(Violation.of(
                    Violation.sharedField(END),
                    "event.end-before-start",
                    Map.of(
                            "start",
                            content.sharedText(START).orElseThrow(),
                            "end",
                            content.sharedText(END).orElseThrow())));
        }
        Optional<String> participation = content.sharedText(PARTICIPATION);
        boolean hasLink = content.sharedText(VIRTUAL_LINK).isPresent();
        if (mode == ValidationMode.PUBLISH
                && participation.filter("virtual"::equals).isPresent()
                && !hasLink) {
            violations.add(Violation.of(Violation.sharedField(VIRTUAL_LINK), "event.virtual-link-missing"));
        }
        if (participation.filter("physical"::equals).isPresent() && hasLink) {
            violations.add(Violation.of(Violation.sharedField(VIRTUAL_LINK), "event.link-for-physical-event"));
        }
        content.sharedText(HASHTAG)
                .filter(tag -> !HASHTAG_FORM.matcher(tag).matches())
                .ifPresent(tag -> violations.add(Violation.of(
                        Violation.sharedField(HASHTAG), "event.hashtag-malformed", Map.of("hashtag", tag))));
        return violations;
    }

    @Override
    public Map<String, LocalizedText> messages() {
        return Map.of(
                "event.end-before-start",
                        LocalizedText.of(
                                "结束时间 {end} 须晚于开始时间 {start}。", "The end, {end}, must come after the start, {start}."),
                "event.virtual-link-missing", LocalizedText.of("线上活动须填写参会链接。", "An online event needs a link to join."),
                "event.link-for-physical-event",
                        LocalizedText.of(
                                "线下活动不应有线上参会链接；如可线上参加，请选择“线上线下同步”。",
                                "An in-person event has no link to join online; choose “Physical and virtual” if people can join online."),
                "event.hashtag-malformed",
                        LocalizedText.of(
                                "话题标签“{hashtag}”应以 # 开头且不含空格，如 #COP26。",
                                "The hashtag “{hashtag}” must start with # and have no spaces, e.g. #COP26."));
    }

    @Override
    public void render(ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-event"));
        Prose.line(view, "title", "h3", html);
        view.dateTime(START).ifPresent(start -> when(start, view.dateTime(END), view.locale(), html));
        where(view, html);
        participation(view, html);
        Prose.richText(view, "description", html);
        people(view, html);
        names(view, "organisers", ORGANISED_BY, html);
        names(view, "partners", IN_COLLABORATION_WITH, html);
        logos(view, html);
        Prose.line(view, HASHTAG, "p", html);
        html.end();
    }

    /** As the flyers write it: “Wednesday, 29 May 2024, 17:00–17:45 (UTC+02:00)”. */
    private static void when(ZonedDateTime start, Optional<ZonedDateTime> end, String locale, HtmlSink html) {
        boolean chinese = locale.startsWith("zh");
        DateTimeFormatter day = chinese
                ? DateTimeFormatter.ofPattern("uuuu年M月d日 EEEE", Locale.CHINESE)
                : DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu,", Locale.ENGLISH);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        html.start("p", Map.of("class", "when"));
        html.element(
                "time",
                Map.of("datetime", start.toOffsetDateTime().toString()),
                day.format(start) + " " + time.format(start));
        end.ifPresent(finish -> {
            boolean sameDay = finish.toLocalDate().equals(start.toLocalDate());
            html.text("–")
                    .element(
                            "time",
                            Map.of("datetime", finish.toOffsetDateTime().toString()),
                            sameDay ? time.format(finish) : day.format(finish) + " " + time.format(finish));
        });
        html.text(zone(start, chinese));
        html.end();
    }

    /**
     * The time zone as the flyer names it: a time stored in the zone {@code GMT} or {@code UTC} keeps that name
     * (“13:30–14:45 GMT”, as the COP26 flyer wrote it); any other time says its offset from UTC (“(UTC+02:00)”).
     */
    private static String zone(ZonedDateTime start, boolean chinese) {
        String zone = start.getZone().getId();
        if (NAMED_ZONES.contains(zone)) {
            return chinese ? "（" + zone + "）" : " " + zone;
        }
        String offset = start.getOffset().getId();
        String utc = "UTC" + ("Z".equals(offset) ? "" : offset);
        return chinese ? "（" + utc + "）" : " (" + utc + ")";
    }

    private static void where(ItemView view, HtmlSink html) {
        List<String> place = new ArrayList<>();
        view.text("venue").ifPresent(place::add);
        view.text("room").ifPresent(place::add);
        if (!place.isEmpty()) {
            html.element("p", Map.of("class", "where"), String.join(LIST_SEPARATOR.get(view.locale()), place));
        }
    }

    private void participation(ItemView view, HtmlSink html) {
        Optional<String> mode = view.text(PARTICIPATION)
                .flatMap(code -> FIELDS.stream()
                        .filter(field -> field.name().equals(PARTICIPATION))
                        .findFirst()
                        .flatMap(field -> field.option(code)))
                .map(option -> option.label().get(view.locale()));
        Optional<String> link = view.text(VIRTUAL_LINK);
        if (mode.isEmpty() && link.isEmpty()) {
            return;
        }
        html.start("p", Map.of("class", "participation"));
        mode.ifPresent(html::text);
        link.ifPresent(url -> html.text(mode.isPresent() ? " " : "").link(url, JOIN_ONLINE.get(view.locale())));
        html.end();
    }

    /**
     * Grouped by role under the role's plural name, the groups in the order their first person was entered: the
     * COP26 flyer lists its panelists, then its moderator.
     */
    private static void people(ItemView view, HtmlSink html) {
        List<JsonObject> people = view.list("people").orElse(JsonValue.EMPTY_JSON_ARRAY).stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .toList();
        List<PersonRole> roles = people.stream()
                .map(person -> PersonRole.fromCode(text(person, "role")))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        for (PersonRole role : roles) {
            List<String> lines = people.stream()
                    .filter(person -> role.code().equals(text(person, "role")))
                    .map(Event::personLine)
                    .toList();
            html.start("section", Map.of("class", "people " + role.code()));
            html.element("h4", role.pluralLabel().get(view.locale()));
            html.start("ul");
            lines.forEach(line -> html.element("li", line));
            html.end().end();
        }
    }

    private static String personLine(JsonObject person) {
        List<String> parts = new ArrayList<>();
        for (String part : List.of("name", "title", "organisation")) {
            String text = text(person, part);
            if (!text.isBlank()) {
                parts.add(text);
            }
        }
        return String.join(", ", parts);
    }

    private static String text(JsonObject object, String member) {
        return object.get(member) instanceof JsonString string ? string.getString() : "";
    }

    /** The partners' logos in a row under their names, as the COP26 flyer prints them; never cropped. */
    private static void logos(ItemView view, HtmlSink html) {
        List<Picture> logos = view.pictures(PARTNER_LOGOS);
        if (!logos.isEmpty()) {
            html.start("div", Map.of("class", "partner-logos"));
            logos.forEach(html::picture);
            html.end();
        }
    }

    private static void names(ItemView view, String field, LocalizedText lead, HtmlSink html) {
        view.list(field).ifPresent(entries -> {
            List<String> names = entries.stream()
                    .filter(JsonString.class::isInstance)
                    .map(entry -> ((JsonString) entry).getString())
                    .toList();
            if (!names.isEmpty()) {
                html.element(
                        "p",
                        Map.of("class", field),
                        lead.get(view.locale()) + String.join(LIST_SEPARATOR.get(view.locale()), names));
            }
        });
    }

    /** The editor sees the item as readers will. */
    @Override
    public void preview(ItemView view, HtmlSink html) {
        render(view, html);
    }
}
