package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bulletincms.media.HostileImages;

/**
 * The pictures the seed issues print, drawn here and uploaded to the seed publication's library, then placed where
 * the seeds have them: the Chaillot declaration's picture (2024 No. 2), the CO₂ Performance Ladder's logo (2024
 * No. 2) and the organisers' logos at the top of the COP26 flyer (2021 No. 4). No third party's logo is copied:
 * each "logo" is flat shapes in a colour of its own, and its alt text says it stands for that organisation.
 */
final class SeedPictures {

    /** The alt texts a reader's page and e-mail show, by locale; the COP26 event is written in English only. */
    static final Map<String, String> CHAILLOT_ALT = Map.of(
            "zh-CN", "建筑领域旗舰倡议战略组成员合影（测试图片）",
            "en", "The strategy group of the buildings flagship initiative (test picture)");

    static final Map<String, String> LADDER_LOGO_ALT =
            Map.of("zh-CN", "二氧化碳绩效阶梯标志（测试图片）", "en", "CO₂ Performance Ladder logo (test picture)");

    /** The COP26 flyer's organisers, in the order its top prints their logos. */
    static final List<String> COP26_LOGO_ALT = List.of(
            "United Nations Secretariat logo (test picture)",
            "UN Environment Programme logo (test picture)",
            "One Planet network logo (test picture)");

    private static final String CHAILLOT = "declaration/2024-2-chaillot";
    private static final String LADDER = "programme-profile/2024-2-co2-performance-ladder";
    private static final String COP26 = "event/2021-4-cop26";

    private final String chaillotPhoto;
    private final String ladderLogo;
    private final List<String> cop26Logos;

    private SeedPictures(String chaillotPhoto, String ladderLogo, List<String> cop26Logos) {
        this.chaillotPhoto = chaillotPhoto;
        this.ladderLogo = ladderLogo;
        this.cop26Logos = cop26Logos;
    }

    /** Draws the seed pictures and uploads them into the publication's library as the demo editor. */
    static SeedPictures uploadedTo(String publicationId) {
        return new SeedPictures(
                upload(publicationId, HostileImages.jpeg(1200, 800), "夏乐宫宣言-战略组.jpg"),
                upload(publicationId, logo(new Color(0x2f855a), 0), "co2-performance-ladder.png"),
                List.of(
                        upload(publicationId, logo(new Color(0x2b6cb0), 1), "cop26-un-secretariat.png"),
                        upload(publicationId, logo(new Color(0x3182ce), 2), "cop26-unep.png"),
                        upload(publicationId, logo(new Color(0x38a169), 3), "cop26-one-planet-network.png")));
    }

    /** The seed item's content with its pictures placed, or the content as it is where the seed prints none. */
    JsonObject placedIn(String file, JsonObject sample) {
        return switch (file) {
            case CHAILLOT -> withPicture(sample, "picture", chaillotPhoto, CHAILLOT_ALT);
            case LADDER -> withPicture(sample, "logo", ladderLogo, LADDER_LOGO_ALT);
            case COP26 -> withLogos(sample);
            default -> sample;
        };
    }

    private static JsonObject withPicture(JsonObject sample, String field, String media, Map<String, String> alt) {
        JsonObjectBuilder localized = Json.createObjectBuilder();
        sample.getJsonObject("localized")
                .forEach((locale, values) -> localized.add(
                        locale,
                        Json.createObjectBuilder(values.asJsonObject())
                                .add(field, Json.createObjectBuilder().add("alt", alt.get(locale)))));
        return Json.createObjectBuilder(sample)
                .add(
                        "shared",
                        Json.createObjectBuilder(sample.getJsonObject("shared"))
                                .add(field, Json.createObjectBuilder().add("media", media)))
                .add("localized", localized)
                .build();
    }

    /** The organisers' logos in English, the event's one language (it is the same in every locale). */
    private JsonObject withLogos(JsonObject sample) {
        JsonArrayBuilder shared = Json.createArrayBuilder();
        JsonArrayBuilder english = Json.createArrayBuilder();
        for (int i = 0; i < cop26Logos.size(); i++) {
            shared.add(Json.createObjectBuilder().add("media", cop26Logos.get(i)));
            english.add(Json.createObjectBuilder().add("alt", COP26_LOGO_ALT.get(i)));
        }
        JsonObject localized = sample.getJsonObject("localized");
        return Json.createObjectBuilder(sample)
                .add(
                        "shared",
                        Json.createObjectBuilder(sample.getJsonObject("shared")).add("partnerLogos", shared))
                .add(
                        "localized",
                        Json.createObjectBuilder(localized)
                                .add(
                                        "en",
                                        Json.createObjectBuilder(localized.getJsonObject("en"))
                                                .add("partnerLogos", english)))
                .build();
    }

    /**
     * A made-up logo, 480 × 240: a disc and two bars in one colour on white, {@code variant} moving the bars so
     * that no two logos have the same bytes.
     */
    private static byte[] logo(Color colour, int variant) {
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, 480, 240);
            g.setPaint(colour);
            g.fillOval(30, 40, 160, 160);
            g.fillRect(220, 70 + 10 * variant, 220, 36);
            g.fillRect(220, 130 + 10 * variant, 160 - 20 * variant, 24);
        } finally {
            g.dispose();
        }
        return HostileImages.encoded(image, "png");
    }

    /** The library's id of the uploaded picture (the same bytes uploaded again answer the picture kept). */
    private static String upload(String publicationId, byte[] bytes, String filename) {
        Api.Reply uploaded = Api.as(DemoUser.EDITH)
                .send(
                        "POST",
                        "/api/v1/publications/" + publicationId + "/media?filename="
                                + URLEncoder.encode(filename, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofByteArray(bytes),
                        "application/octet-stream");
        assertTrue(uploaded.status() == 201 || uploaded.status() == 200, uploaded::toString);
        return uploaded.json().getString("id");
    }
}
