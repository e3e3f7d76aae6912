package org.bulletincms.plugins.standard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Optional;
import org.bulletincms.spi.ItemContent;

/** Seed items with the pictures the printed bulletins show, placed as an editor would from the media library. */
final class SamplePictures {

    /** A media id as the media library gives them; the contract kit's library holds every picture. */
    static final String MEDIA = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

    private SamplePictures() {}

    /** The content with a picture in an image field, its alt text in Chinese and English, credited. */
    static ItemContent placed(ItemContent content, String field, String zhAlt, String enAlt) {
        return content.toBuilder()
                .shared(
                        field,
                        Json.createObjectBuilder()
                                .add("media", MEDIA)
                                .add(
                                        "focalPoint",
                                        Json.createObjectBuilder().add("x", 0.5).add("y", 0.35))
                                .add("credit", "One Planet network")
                                .build())
                .localized(
                        "zh-CN",
                        field,
                        Json.createObjectBuilder().add("alt", zhAlt).build())
                .localized(
                        "en",
                        field,
                        Json.createObjectBuilder().add("alt", enAlt).build())
                .build();
    }

    /** A second picture of the library, for fields that show several. */
    static final String OTHER_MEDIA = "0b5c8a6e-2f3d-4c1a-9e7b-5d4f3a2b1c0d";

    /**
     * The content with pictures in an image-list field, one after the other, each with its alt text in Chinese and
     * English ({@code {zh, en}} per picture); in its one language only when the content is written once.
     */
    static ItemContent listed(ItemContent content, String field, List<List<String>> alts) {
        JsonArrayBuilder pictures = Json.createArrayBuilder();
        JsonArrayBuilder chinese = Json.createArrayBuilder();
        JsonArrayBuilder english = Json.createArrayBuilder();
        for (int index = 0; index < alts.size(); index++) {
            pictures.add(Json.createObjectBuilder().add("media", index % 2 == 0 ? MEDIA : OTHER_MEDIA));
            chinese.add(Json.createObjectBuilder().add("alt", alts.get(index).get(0)));
            english.add(Json.createObjectBuilder().add("alt", alts.get(index).get(1)));
        }
        ItemContent.Builder placed = content.toBuilder().shared(field, pictures.build());
        Optional<String> once = content.sameInEveryLocale();
        if (once.isEmpty() || once.get().equals("zh-CN")) {
            placed.localized("zh-CN", field, chinese.build());
        }
        if (once.isEmpty() || once.get().equals("en")) {
            placed.localized("en", field, english.build());
        }
        return placed.build();
    }
}
