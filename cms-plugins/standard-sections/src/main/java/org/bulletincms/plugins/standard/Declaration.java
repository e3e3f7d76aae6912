package org.bulletincms.plugins.standard;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletincms.spi.DeliverySchema;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.SectionType;

/**
 * A declaration or pledge and its numbered commitments, such as the Chaillot Declaration of the first
 * Buildings and Climate Global Forum.
 */
public final class Declaration implements SectionType {

    private static final String COMMITMENTS = "commitments";
    private static final String PICTURE = "picture";
    /** The caption stored before pictures had a field kind: printed with the picture, or alone without one. */
    private static final String IMAGE_CAPTION = "imageCaption";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.plainText("title").required().translatable().max(200).label("标题", "Title"),
            FieldSpec.contentsTitle(),
            FieldSpec.plainText("declarationName")
                    .translatable()
                    .max(200)
                    .label("宣言名称", "Name of the declaration")
                    .help(
                            "如《夏乐宫宣言》（Declaration de Chaillot）",
                            "E.g. the Chaillot Declaration (Déclaration de Chaillot)"),
            FieldSpec.richText("intro").required().translatable().label("导语", "Introduction"),
            FieldSpec.numberedList(COMMITMENTS)
                    .required()
                    .translatable()
                    .maxEntries(30)
                    .max(500)
                    .label("承诺", "Commitments")
                    .help("每条一项，编号按顺序自动生成。", "One per entry; numbers follow the order."),
            FieldSpec.richText("closing").translatable().label("结语", "Closing text"),
            FieldSpec.image(PICTURE)
                    .label("图片", "Picture")
                    .help(
                            "媒体库中的图片，如签署现场或与会者合影；替代文字说明图片内容。",
                            "A picture from the media library, such as the signing or the signatories; its alt text"
                                    + " says what it shows."),
            FieldSpec.plainText(IMAGE_CAPTION)
                    .translatable()
                    .max(500)
                    .label("图片说明", "Picture caption")
                    .help(
                            "图片的说明文字；图片本身在媒体库时，也可写在图片的说明中。",
                            "The picture's caption; with a picture from the media library it may be written as the"
                                    + " picture's caption instead."),
            SourceAttribution.name(),
            SourceAttribution.url(),
            SourceAttribution.link());

    @Override
    public String id() {
        return "declaration";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("宣言", "Declaration");
    }

    @Override
    public LocalizedText help() {
        return LocalizedText.of("宣言、倡议或承诺书及其逐条承诺。", "A declaration or pledge with its numbered commitments.");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    /**
     * As the default, with each commitment delivered with its number as the newsletter prints it,
     * {@code "commitments": [{"number": "01", "text": "…"}, …]}, and the source as news deliver it.
     */
    @Override
    public JsonObject toDelivery(ItemView view) {
        JsonObjectBuilder delivery = Json.createObjectBuilder();
        SectionType.super.toDelivery(view).forEach((name, value) -> {
            if (name.equals(COMMITMENTS)) {
                JsonArrayBuilder numbered = Json.createArrayBuilder();
                commitments(view)
                        .forEach(commitment -> numbered.add(Json.createObjectBuilder()
                                .add("number", commitment.number())
                                .add("text", commitment.text())));
                delivery.add(name, numbered);
            } else {
                delivery.add(name, value);
            }
        });
        return SourceAttribution.delivered(delivery.build(), view);
    }

    @Override
    public JsonObject deliverySchema() {
        FieldSpec commitments = FIELDS.stream()
                .filter(field -> field.name().equals(COMMITMENTS))
                .findFirst()
                .orElseThrow();
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        properties.put(
                "number",
                Json.createObjectBuilder()
                        .add("type", "string")
                        .add("pattern", "^[0-9]{2,}$")
                        .add("description", "The commitment's number as printed: 01, 02, …")
                        .build());
        properties.put(
                "text",
                Json.createObjectBuilder()
                        .add("type", "string")
                        .add("maxLength", commitments.maxLength())
                        .build());
        JsonObject list = Json.createObjectBuilder()
                .add("type", "array")
                .add("maxItems", commitments.maxEntries())
                .add("items", DeliverySchema.object(properties, List.of("number", "text")))
                .add("title", commitments.label().get(LocalizedText.ENGLISH))
                .add(DeliverySchema.KIND, commitments.kind().name())
                .add(DeliverySchema.TRANSLATABLE, commitments.isTranslatable())
                .build();
        return SourceAttribution.delivered(DeliverySchema.of(FIELDS))
                .with(COMMITMENTS, list, commitments.requiredAtPublish())
                .build();
    }

    /** Commitments numbered 01, 02, … as the newsletter prints them. */
    @Override
    public void render(ItemView view, HtmlSink html) {
        html.start("article", Map.of("class", "item item-declaration"));
        Prose.line(view, "title", "h3", html);
        Prose.line(view, "declarationName", "p", html);
        Prose.richText(view, "intro", html);
        List<Commitment> commitments = commitments(view);
        if (!commitments.isEmpty()) {
            html.start("ol", Map.of("class", "commitments"));
            for (Commitment commitment : commitments) {
                html.start("li")
                        .element("span", Map.of("class", "number"), commitment.number())
                        .text(" " + commitment.text())
                        .end();
            }
            html.end();
        }
        Prose.richText(view, "closing", html);
        // The credit closes the text, then comes the picture with its caption, as the newsletter prints them.
        SourceAttribution.render(view, SourceAttribution.CLOSING_CREDIT, html);
        view.picture(PICTURE)
                .ifPresentOrElse(
                        picture -> html.picture(withCaption(picture, view)),
                        () -> Prose.caption(view, IMAGE_CAPTION, html));
        html.end();
    }

    /** The picture with its own caption, else the one written beside it. */
    private static Picture withCaption(Picture picture, ItemView view) {
        return picture.caption().isPresent()
                ? picture
                : new Picture(
                        picture.mediaId(),
                        picture.alt(),
                        view.text(IMAGE_CAPTION),
                        picture.credit(),
                        picture.licence(),
                        picture.focalPoint(),
                        picture.decorative(),
                        picture.source());
    }

    /** One commitment and its number. */
    private record Commitment(String number, String text) {}

    /**
     * The commitments numbered in order from 01, as the newsletter prints them; each is numbered even when its
     * text repeats an earlier one (the Chaillot Declaration's 06 and 08 read the same in the seed, and stay so).
     */
    private static List<Commitment> commitments(ItemView view) {
        List<Commitment> numbered = new ArrayList<>();
        view.list(COMMITMENTS).ifPresent(entries -> {
            for (JsonValue entry : entries) {
                if (entry instanceof JsonString text) {
                    numbered.add(new Commitment(String.format("%02d", numbered.size() + 1), text.getString()));
                }
            }
        });
        return numbered;
    }

    /** The editor sees the item as readers will. */
    @Override
    public void preview(ItemView view, HtmlSink html) {
        render(view, html);
    }
}
