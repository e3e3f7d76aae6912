package org.bulletincms.plugins.standard;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.spi.DeliverySchema;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.HtmlSink;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.LocalizedText;

/**
 * The “摘自” line of items taken from another publication: the source's name, its address, or both, and whether
 * the original links to the source without its address being known (the seeds' {@code (#)} links). News,
 * declarations and report summaries store it in the same three fields and deliver it in one shape,
 * {@code "source": {"name", "url", "addressUnknown"}}.
 */
final class SourceAttribution {

    static final String NAME = "sourceName";
    static final String URL = "sourceUrl";
    static final String LINK = "sourceLink";

    /** The {@link #LINK} option saying the original links to the source at an address nobody kept. */
    static final String ADDRESS_UNKNOWN = "address-unknown";

    /** How the newsletter introduces a news story's source: “摘自：同一个地球网络网站”. */
    static final LocalizedText TAKEN_FROM = LocalizedText.of("摘自：", "Source: ");

    /** How it closes a declaration or a report summary: “——摘自“同一个地球网络”网站”. */
    static final LocalizedText CLOSING_CREDIT = LocalizedText.of("——摘自", "— Source: ");

    private SourceAttribution() {}

    static FieldSpec name() {
        return FieldSpec.plainText(NAME)
                .translatable()
                .max(200)
                .label("来源名称", "Source")
                .help("“摘自”后的来源，如“同一个地球网络”网站。", "Where the text was taken from, e.g. the One Planet network website.");
    }

    static FieldSpec url() {
        return FieldSpec.url(URL)
                .label("来源网址", "Source address")
                .help("来源的完整网址；没有可用链接时留空。", "The source's full address; leave empty when there is no usable link.");
    }

    static FieldSpec link() {
        return FieldSpec.choice(LINK)
                .option(ADDRESS_UNKNOWN, "原文有链接，但网址不详", "The original links to it, address not known")
                .label("来源链接", "Source link")
                .help(
                        "原文的来源带有链接但网址已无从查考时选择；知道网址时填写来源网址。",
                        "Choose when the original links to the source but its address is not known; when it is known,"
                                + " give the source address.");
    }

    /**
     * A type's delivery with its attribution fields replaced by one {@code "source"} object, if anything of the
     * source is known.
     */
    static JsonObject delivered(JsonObject fieldwise, ItemView view) {
        JsonObjectBuilder delivery = Json.createObjectBuilder();
        fieldwise.forEach((name, value) -> {
            if (!name.equals(NAME) && !name.equals(URL) && !name.equals(LINK)) {
                delivery.add(name, value);
            }
        });
        source(view).ifPresent(source -> delivery.add("source", source));
        return delivery.build();
    }

    /** The schema of {@link #delivered}, from the schema of the type's fieldwise delivery. */
    static DeliverySchema delivered(DeliverySchema fieldwise) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        properties.put("name", DeliverySchema.field(name()));
        properties.put("url", DeliverySchema.field(url()));
        properties.put(
                "addressUnknown",
                Json.createObjectBuilder()
                        .add("type", "boolean")
                        .add(
                                "description",
                                "The original links to the source but its address is not known; only ever true")
                        .build());
        return fieldwise.without(NAME, URL, LINK).with("source", DeliverySchema.object(properties, List.of()), false);
    }

    private static Optional<JsonObject> source(ItemView view) {
        JsonObjectBuilder source = Json.createObjectBuilder();
        view.text(NAME).ifPresent(name -> source.add("name", name));
        view.text(URL).ifPresent(url -> source.add("url", url));
        if (view.text(URL).isEmpty() && addressUnknown(view)) {
            source.add("addressUnknown", true);
        }
        JsonObject built = source.build();
        return built.isEmpty() ? Optional.empty() : Optional.of(built);
    }

    private static boolean addressUnknown(ItemView view) {
        return view.text(LINK).filter(ADDRESS_UNKNOWN::equals).isPresent();
    }

    /**
     * The credit line, introduced as the type's readers expect it; the name is a link when its address is known,
     * text otherwise (a link without an address would lead nowhere).
     */
    static void render(ItemView view, LocalizedText lead, HtmlSink html) {
        Optional<String> name = view.text(NAME);
        Optional<String> url = view.text(URL);
        if (name.isEmpty() && url.isEmpty()) {
            return;
        }
        html.start("p", Map.of("class", "source")).text(lead.get(view.locale()));
        String shown = name.orElseGet(url::get);
        if (url.isPresent()) {
            html.link(url.get(), shown);
        } else {
            html.text(shown);
        }
        html.end();
    }
}
