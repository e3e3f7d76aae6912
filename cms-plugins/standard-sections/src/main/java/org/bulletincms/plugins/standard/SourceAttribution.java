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
 * The “摘自” line of items taken from another publication: the source's name, its address, or both.
 * The newsletter writes “摘自：同一个地球网络网站” with a placeholder link as often as a bare address.
 */
final class SourceAttribution {

    static final String NAME = "sourceName";
    static final String URL = "sourceUrl";

    private static final LocalizedText TAKEN_FROM = LocalizedText.of("摘自：", "Source: ");

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

    /** {@code {"name": …, "url": …}} with what is present, if anything is. */
    static Optional<JsonObject> delivery(ItemView view) {
        JsonObjectBuilder source = Json.createObjectBuilder();
        view.text(NAME).ifPresent(name -> source.add("name", name));
        view.text(URL).ifPresent(url -> source.add("url", url));
        JsonObject built = source.build();
        return built.isEmpty() ? Optional.empty() : Optional.of(built);
    }

    /** The schema of {@link #delivery}: the name, the address or both. */
    static JsonObject schema() {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        properties.put("name", DeliverySchema.field(name()));
        properties.put("url", DeliverySchema.field(url()));
        return DeliverySchema.object(properties, List.of());
    }

    static void render(ItemView view, HtmlSink html) {
        Optional<String> name = view.text(NAME);
        Optional<String> url = view.text(URL);
        if (name.isEmpty() && url.isEmpty()) {
            return;
        }
        html.start("p", Map.of("class", "source")).text(TAKEN_FROM.get(view.locale()));
        String shown = name.orElseGet(url::get);
        if (url.isPresent()) {
            html.link(url.get(), shown);
        } else {
            html.text(shown);
        }
        html.end();
    }
}
