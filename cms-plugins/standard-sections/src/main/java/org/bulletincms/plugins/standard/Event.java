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
    static final String LAYOUT = "layout";
    static final String DATE_STYLE = "dateStyle";
    static final String AREA = "area";
    static final String VIRTUAL_LINK_ADDRESS = "virtualLinkAddress";
    static final String ADDRESS_UNKNOWN = "unknown";

    private static final Pattern HASHTAG_FORM = Pattern.compile("#[\\p{L}\\p{N}_]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Set<String> NAMED_ZONES = Set.of("GMT", "UTC");
    private static final LocalizedText ORGANISED_BY = LocalizedText.of("主办：", "Organised by ");
    private static final LocalizedText IN_COLLABORATION_WITH = LocalizedText.of("合作方：", "In collaboration with ");
    private static final LocalizedText JOIN_ONLINE = LocalizedText.of("线上参会", "Join online");
    private static final LocalizedText LIST_SEPARATOR = LocalizedText.of("、", ", ");
    private static final LocalizedText ORGANISERS = LocalizedText.of("主办方", "Organised by");
    private static final LocalizedText PARTNERS = LocalizedText.of("合作方", "In collaboration with");
    private static final LocalizedText VIRTUAL_SESSION = LocalizedText.of("线上会议：链接", "Virtual session: link is ");
    private static final LocalizedText HERE = LocalizedText.of("见此处", "here");
    private static final LocalizedText ADDRESS_NOT_KNOWN =
            LocalizedText.of("原宣传单有链接，但网址不详", "The flyer links to it; the address is not known");
    /** How a flyer names the way to take part, by the participation's code. */
    private static final Map<String, LocalizedText> PARTICIPATION_LINES = Map.of(
            "physical", LocalizedText.of("线下参会", "In-person participation"),
            "virtual", LocalizedText.of("线上参会", "Virtual participation"),
            "hybrid", LocalizedText.of("线上线下同步参会", "Physical and virtual participation"));

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
            FieldSpec.plainText(AREA)
                    .translatable()
                    .max(200)
                    .label("场区", "Area")
                    .help(
                            "大型会场中的区域，另起一行显示在会议室之后，如 Blue Zone。",
                            "The part of a large venue, shown on a line of its own after the room, e.g. Blue Zone."),
            FieldSpec.choice(PARTICIPATION)
                    .required()
                    .label("参与方式", "Participation")
                    .option("physical", "线下参会", "In person")
                    .option("virtual", "线上参会", "Online")
                    .option("hybrid", "线上线下同步", "Physical and virtual"),
            FieldSpec.url(VIRTUAL_LINK)
                    .label("线上参会链接", "Link to join online")
                    .help("线上活动必填。", "Required for an online event."),
            FieldSpec.choice(VIRTUAL_LINK_ADDRESS)
                    .label("线上链接网址", "Address of the link to join")
                    .option(ADDRESS_UNKNOWN, "原文有链接，但网址不详", "The original links to it, address not known")
                    .help(
                            "原宣传单写有线上参会链接但网址已无从查考时选择；知道网址时填写线上参会链接。",
                            "Choose when the flyer has a link to join online whose address is not known; when it is"
                                    + " known, give the link."),
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
            FieldSpec.plainText(HASHTAG).max(60).label("话题标签", "Hashtag").help("如 #COP26", "E.g. #COP26"),
            FieldSpec.choice(LAYOUT)
                    .label("版式", "Layout")
                    .option(Layout.DATE_FIRST.code, "时间在前（卡片）", "Date first (a card)")
                    .option(Layout.PLACE_FIRST.code, "地点在前（宣传单）", "Place first (a flyer)")
                    .option(Layout.PEOPLE_FIRST.code, "嘉宾在前（宣传单）", "People first (a flyer)")
                    .help(
                            "按宣传单的顺序显示：时间在前为默认；宣传单版式每项另起一行，嘉宾在前版式以主办方和话题标签开头。",
                            "The order the flyer gives: date first is the default; the flyer layouts put each fact"
                                    + " on a line of its own, and people first begins with the organisers and the hashtag."),
            FieldSpec.choice(DATE_STYLE)
                    .label("日期写法", "Date style")
                    .option(DateStyle.FULL.code, "完整（Wednesday, 29 May 2024）", "Full (Wednesday, 29 May 2024)")
                    .option(DateStyle.SHORT.code, "简短（Saturday 6th November）", "Short (Saturday 6th November)")
                    .help(
                            "简短写法不写年份，时间用连字符（13:30-14:45 GMT），如部分宣传单。",
                            "The short style leaves out the year and writes the times with a hyphen"
                                    + " (13:30-14:45 GMT), as some flyers do."));

    /** The order in which an event's facts are shown, as the flyer it comes from gives them. */
    enum Layout {
        /** The card: date, place, participation, description, people, organisers, partners, logos, hashtag. */
        DATE_FIRST("date-first"),
        /** The WSIS flyer: title, place, participation, date, time, then the people. */
        PLACE_FIRST("place-first"),
        /** The COP26 flyer: organisers, hashtag, title, the people, date, time, place, the link, partners. */
        PEOPLE_FIRST("people-first");

        final String code;

        Layout(String code) {
            this.code = code;
        }

        static Layout of(ItemView view) {
            String code = view.text(LAYOUT).orElse("");
            for (Layout layout : values()) {
                if (layout.code.equals(code)) {
                    return layout;
                }
            }
            return DATE_FIRST;
        }

        boolean flyer() {
            return this != DATE_FIRST;
        }
    }

    /** How a date is written in English. */
    enum DateStyle {
        /** “Wednesday, 29 May 2024”, “17:00–17:45”. */
        FULL("full"),
        /** “Saturday 6th November”, “13:30-14:45”. */
        SHORT("short");

        final String code;

        DateStyle(String code) {
            this.code = code;
        }

        static DateStyle of(ItemView view) {
            return view.text(DATE_STYLE).filter(SHORT.code::equals).isPresent() ? SHORT : FULL;
        }
    }

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
        // A link whose address is lost lets no reader join: it does not make an online event publishable, but it
        // still says that there is a way to join, which an in-person event does not have.
        boolean saysLink = hasLink || content.sharedText(VIRTUAL_LINK_ADDRESS).isPresent();
        if (mode == ValidationMode.PUBLISH
                && participation.filter("virtual"::equals).isPresent()
                && !hasLink) {
            violations.add(Violation.of(Violation.sharedField(VIRTUAL_LINK), "event.virtual-link-missing"));
        }
        if (participation.filter("physical"::equals).isPresent() && saysLink) {
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

    /**
     * In the order of the item's {@link Layout}: the card's order by default, or the flyer's, where each fact is on
     * a line of its own as the flyer prints it (the venue, the room and the area; the date and the time; one person
     * per line, name, title and organisation as the flyer writes them; one partner per line).
     */
    @Override
    public void render(ItemView view, HtmlSink html) {
        Layout layout = Layout.of(view);
        html.start("article", Map.of("class", "item item-event " + layout.code));
        switch (layout) {
            case DATE_FIRST -> {
                Prose.line(view, "title", "h3", html);
                view.dateTime(START).ifPresent(start -> when(view, start, html));
                where(view, html);
                participation(view, html);
                Prose.richText(view, "description", html);
                people(view, html);
                names(view, "organisers", ORGANISED_BY, html);
                names(view, "partners", IN_COLLABORATION_WITH, html);
                logos(view, html);
                Prose.line(view, HASHTAG, "p", html);
            }
            case PLACE_FIRST -> {
                Prose.line(view, "title", "h3", html);
                placeLines(view, html);
                participationLine(view, html);
                view.dateTime(START).ifPresent(start -> dateAndTimeLines(view, start, html));
                people(view, html);
                Prose.richText(view, "description", html);
                nameLines(view, "organisers", ORGANISERS, html);
                nameLines(view, "partners", PARTNERS, html);
                logos(view, html);
                Prose.line(view, HASHTAG, "p", html);
            }
            case PEOPLE_FIRST -> {
                nameLines(view, "organisers", ORGANISERS, html);
                Prose.line(view, HASHTAG, "p", html);
                Prose.line(view, "title", "h3", html);
                Prose.richText(view, "description", html);
                people(view, html);
                view.dateTime(START).ifPresent(start -> dateAndTimeLines(view, start, html));
                placeLines(view, html);
                participationLine(view, html);
                nameLines(view, "partners", PARTNERS, html);
                logos(view, html);
            }
        }
        html.end();
    }

    /** As the card writes it: “Wednesday, 29 May 2024, 17:00–17:45 (UTC+02:00)”. */
    private static void when(ItemView view, ZonedDateTime start, HtmlSink html) {
        boolean chinese = view.locale().startsWith("zh");
        DateTimeFormatter day = chinese
                ? DateTimeFormatter.ofPattern("uuuu年M月d日 EEEE", Locale.CHINESE)
                : DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu,", Locale.ENGLISH);
        html.start("p", Map.of("class", "when"));
        html.element(
                "time",
                Map.of("datetime", start.toOffsetDateTime().toString()),
                day.format(start) + " " + TIME.format(start));
        view.dateTime(END)
                .ifPresent(finish -> html.text("–")
                        .element(
                                "time",
                                Map.of("datetime", finish.toOffsetDateTime().toString()),
                                sameDay(start, finish)
                                        ? TIME.format(finish)
                                        : day.format(finish) + " " + TIME.format(finish)));
        html.text(zone(start, chinese));
        html.end();
    }

    /**
     * As a flyer writes it, the day on one line and the time on the next: “Wednesday, 29 May 2024” and
     * “17:00–17:45 (UTC+02:00)”, or in the short style “Saturday 6th November” and “13:30-14:45 GMT”.
     */
    private static void dateAndTimeLines(ItemView view, ZonedDateTime start, HtmlSink html) {
        boolean chinese = view.locale().startsWith("zh");
        boolean brief = DateStyle.of(view) == DateStyle.SHORT;
        Optional<ZonedDateTime> end = view.dateTime(END);
        html.start("p", Map.of("class", "when"));
        html.element("time", Map.of("datetime", start.toLocalDate().toString()), day(start, chinese, brief));
        html.end();
        html.start("p", Map.of("class", "time"));
        html.element("time", Map.of("datetime", start.toOffsetDateTime().toString()), TIME.format(start));
        end.ifPresent(finish -> html.text(brief && !chinese ? "-" : "–")
                .element(
                        "time",
                        Map.of("datetime", finish.toOffsetDateTime().toString()),
                        sameDay(start, finish)
                                ? TIME.format(finish)
                                : day(finish, chinese, brief) + " " + TIME.format(finish)));
        html.text(zone(start, chinese));
        html.end();
    }

    private static boolean sameDay(ZonedDateTime start, ZonedDateTime finish) {
        return finish.toLocalDate().equals(start.toLocalDate());
    }

    /** “Wednesday, 29 May 2024”, or in the short style “Saturday 6th November” (in Chinese “11月6日 星期六”). */
    static String day(ZonedDateTime date, boolean chinese, boolean brief) {
        if (chinese) {
            return DateTimeFormatter.ofPattern(brief ? "M月d日 EEEE" : "uuuu年M月d日 EEEE", Locale.CHINESE)
                    .format(date);
        }
        if (!brief) {
            return DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH)
                    .format(date);
        }
        return DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH).format(date) + " " + ordinal(date.getDayOfMonth())
                + " " + DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH).format(date);
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd, 31st. */
    static String ordinal(int day) {
        String suffix;
        if (day % 100 >= 11 && day % 100 <= 13) {
            suffix = "th";
        } else {
            suffix = switch (day % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return day + suffix;
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
        view.text(AREA).ifPresent(place::add);
        if (!place.isEmpty()) {
            html.element("p", Map.of("class", "where"), String.join(LIST_SEPARATOR.get(view.locale()), place));
        }
    }

    /** The venue, the room and the area each on a line of its own, the venue ending in a comma when a room follows. */
    private static void placeLines(ItemView view, HtmlSink html) {
        Optional<String> venue = view.text("venue");
        Optional<String> room = view.text("room");
        Optional<String> area = view.text(AREA);
        if (venue.isEmpty() && room.isEmpty() && area.isEmpty()) {
            return;
        }
        String comma = view.locale().startsWith("zh") ? "，" : ",";
        html.start("div", Map.of("class", "where"));
        venue.ifPresent(name -> html.element("p", Map.of("class", "venue"), room.isPresent() ? name + comma : name));
        room.ifPresent(name -> html.element("p", Map.of("class", "room"), name));
        area.ifPresent(name -> html.element("p", Map.of("class", AREA), name));
        html.end();
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
     * “Physical and virtual participation”, then, when there is a link to join, “Virtual session: link is here”
     * with the link on “here”, or the word alone when the flyer's link has no known address.
     */
    private static void participationLine(ItemView view, HtmlSink html) {
        view.text(PARTICIPATION)
                .map(PARTICIPATION_LINES::get)
                .ifPresent(line -> html.element("p", Map.of("class", "participation"), line.get(view.locale())));
        Optional<String> link = view.text(VIRTUAL_LINK);
        boolean unknown = view.text(VIRTUAL_LINK_ADDRESS).isPresent();
        if (link.isEmpty() && !unknown) {
            return;
        }
        html.start("p", Map.of("class", "virtual-session")).text(VIRTUAL_SESSION.get(view.locale()));
        if (link.isPresent()) {
            html.link(link.get(), HERE.get(view.locale()));
        } else {
            html.element(
                    "span",
                    Map.of("class", "address-unknown", "title", ADDRESS_NOT_KNOWN.get(view.locale())),
                    HERE.get(view.locale()));
        }
        html.end();
    }

    /**
     * Grouped by role under the role's plural name, the groups in the order their first person was entered (the
     * COP26 flyer lists its panelists, then its moderator); one person per line, name, title and organisation as
     * the flyer writes them, one after the other.
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
            html.start("section", Map.of("class", "people " + role.code()));
            html.element("h4", role.pluralLabel().get(view.locale()));
            people.stream()
                    .filter(person -> role.code().equals(text(person, "role")))
                    .forEach(person -> person(person, html));
            html.end();
        }
    }

    private static void person(JsonObject person, HtmlSink html) {
        html.start("p", Map.of("class", "person"));
        boolean first = true;
        for (String part : List.of("name", "title", "organisation")) {
            String text = text(person, part);
            if (!text.isBlank()) {
                html.text(first ? "" : " ").element("span", Map.of("class", part), text);
                first = false;
            }
        }
        html.end();
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

    private static List<String> names(ItemView view, String field) {
        return view.list(field).orElse(JsonValue.EMPTY_JSON_ARRAY).stream()
                .filter(JsonString.class::isInstance)
                .map(entry -> ((JsonString) entry).getString())
                .toList();
    }

    private static void names(ItemView view, String field, LocalizedText lead, HtmlSink html) {
        List<String> names = names(view, field);
        if (!names.isEmpty()) {
            html.element(
                    "p",
                    Map.of("class", field),
                    lead.get(view.locale()) + String.join(LIST_SEPARATOR.get(view.locale()), names));
        }
    }

    /** A heading, then one name per line, as a flyer lists its partners: “In collaboration with”. */
    private static void nameLines(ItemView view, String field, LocalizedText heading, HtmlSink html) {
        List<String> names = names(view, field);
        if (!names.isEmpty()) {
            html.start("section", Map.of("class", field));
            html.element("h4", heading.get(view.locale()));
            names.forEach(name -> html.element("p", name));
            html.end();
        }
    }

    /** The editor sees the item as readers will. */
    @Override
    public void preview(ItemView view, HtmlSink html) {
        render(view, html);
    }
}
