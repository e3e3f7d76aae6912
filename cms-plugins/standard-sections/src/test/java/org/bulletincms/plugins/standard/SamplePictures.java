package org.bulletincms.plugins.standard;

import jakarta.json.Json;
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
}
