package org.bulletincms.it;

import static org.bulletincms.it.ApiAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.bulletincms.media.HostileImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The media library as an editor and a reader meet it: a picture uploaded, listed and found by name and alt text,
 * its renditions served under immutable URLs, and every hostile picture refused with nothing left behind.
 */
@ExtendWith(ArquillianExtension.class)
class MediaIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BulletinDeployment.forTests();
    }

    private static Api.Reply upload(DemoUser user, String publication, byte[] bytes, String filename) {
        return Api.as(user)
                .send(
                        "POST",
                        "/api/v1/publications/" + publication + "/media?filename="
                                + URLEncoder.encode(filename, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofByteArray(bytes),
                        "application/octet-stream");
    }

    private static JsonObject library(String publication, String query) {
        Api.Reply reply = Api.as(DemoUser.EDITH)
                .get("/api/v1/publications/" + publication + "/media"
                        + (query.isEmpty() ? "" : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static HttpResponse<byte[]> fetch(String url, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.base().resolve(url));
        if (!ifNoneMatch.isEmpty()) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUploadedPhotoIsListedFoundByNameAndAltAndServedInImmutableRenditions() throws Exception {
        String publication = Editorial.startPublication(DemoUser.EDITH).getString("id");
        byte[] photo = HostileImages.jpegWithGpsAndOrientation(1200, 700);

        Api.Reply uploaded = upload(DemoUser.EDITH, publication, photo, "夏约宣言.jpg");

        assertEquals(201, uploaded.status(), uploaded::toString);
        JsonObject image = uploaded.json();
        assertTrue(uploaded.header("Location").orElseThrow().endsWith("/media/" + image.getString("id")));
        assertEquals("image/jpeg", image.getString("mediaType"));
        assertEquals(700, image.getInt("width"), "turned upright by its EXIF orientation");
        assertEquals(1200, image.getInt("height"));
        List<Integer> widths = image.getJsonArray("renditions").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("width"))
                .toList();
        assertEquals(List.of(320, 640, 700), widths);
        assertTrue(image.getString("srcset").contains(" 320w, "), image::toString);

        Api.Reply again = upload(DemoUser.EDITH, publication, photo, "copy.jpg");
        assertEquals(200, again.status(), again::toString);
        assertTrue(again.json().getBoolean("duplicate"));

        Api.Reply described = Editorial.put(
                DemoUser.TOM,
                "/api/v1/publications/" + publication + "/media/" + image.getString("id") + "/alt",
                null,
                Json.createObjectBuilder()
                        .add(
                                "alt",
                                Json.createObjectBuilder()
                                        .add("zh-CN", "代表们在夏约宫签署宣言")
                                        .add("en", "Delegates signing the declaration at the Palais de Chaillot"))
                        .build());
        assertEquals(200, described.status(), described::toString);
        assertEquals(1, library(publication, "").getInt("total"));
        assertEquals(1, library(publication, "夏约宣言").getInt("total"), "found by its name");
        assertEquals(1, library(publication, "palais DE chaillot").getInt("total"), "found by its alt text");
        assertEquals(0, library(publication, "logo").getInt("total"));

        String src = image.getString("src");
        HttpResponse<byte[]> rendition = fetch(src, "");
        assertEquals(200, rendition.statusCode());
        assertEquals(
                "image/jpeg", rendition.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(rendition.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
        String etag = rendition.headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.startsWith("W/"), "a strong ETag");
        assertTrue(src.contains(sha256(rendition.body())), "the URL names the bytes' SHA-256");
        assertFalse(HostileImages.contains(rendition.body(), "Exif"), "no EXIF, so no GPS position, is delivered");
        assertEquals(
                700, ImageIO.read(new ByteArrayInputStream(rendition.body())).getWidth());
        assertEquals(304, fetch(src, etag).statusCode());
        // served again from this node's memory (RenditionMemoryHandler): the same bytes and the same headers
        HttpResponse<byte[]> remembered = fetch(src, "");
        assertArrayEquals(rendition.body(), remembered.body());
        for (String header :
                List.of("Content-Type", "Cache-Control", "ETag", "X-Content-Type-Options", "Content-Security-Policy")) {
            assertEquals(
                    rendition.headers().firstValue(header), remembered.headers().firstValue(header), header);
        }
        assertEquals(
                404,
                fetch("/api/delivery/v1/media/" + "0".repeat(64) + ".jpg", "").statusCode());
    }

    /** The example plugin's tender notice with a picture of the library, its alt text in both languages. */
    private static JsonObject tenderWithPicture(String mediaId) {
        JsonObject sample = Samples.tenderNotice();
        JsonObject localized = sample.getJsonObject("localized");
        return Json.createObjectBuilder(sample)
                .add(
                        "shared",
                        Json.createObjectBuilder(sample.getJsonObject("shared"))
                                .add(
                                        "picture",
                                        Json.createObjectBuilder()
                                                .add("media", mediaId)
                                                .add(
                                                        "focalPoint",
                                                        Json.createObjectBuilder()
                                                                .add("x", 0.5)
                                                                .add("y", 0.4))
                                                .add("credit", "Gemeente Eindhoven")
                                                .add("licence", "CC BY 4.0")))
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add(
                                        "zh-CN",
                                        Json.createObjectBuilder(localized.getJsonObject("zh-CN"))
                                                .add(
                                                        "picture",
                                                        Json.createObjectBuilder()
                                                                .add("alt", "夜间的LED路灯")))
                                .add(
                                        "en",
                                        Json.createObjectBuilder(localized.getJsonObject("en"))
                                                .add(
                                                        "picture",
                                                        Json.createObjectBuilder()
                                                                .add("alt", "LED street lights at night")
                                                                .add("caption", "Stratumseind, Eindhoven"))))
                .build();
    }

    private static JsonObject pictureOfTheOnlyItem(String path) {
        Api.Reply issue = Api.anonymous().get(path);
        assertEquals(200, issue.status(), issue::toString);
        return issue.json()
                .getJsonArray("rubrics")
                .getJsonObject(0)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("fields")
                .getJsonObject("picture");
    }

    /** The path of an absolute URL under the public base URL, to fetch it from the server under test. */
    private static String path(String url) {
        assertTrue(url.startsWith("https://bulletin.example.org/api/delivery/v1/media/"), url);
        return url.substring("https://bulletin.example.org".length());
    }

    @Test
    void aPictureInAnItemIsDeliveredWithItsRenditionsShownOnTheWebPageAndKeptWhileUsed() throws Exception {
        JsonObject publication = Editorial.startPublication(DemoUser.EDITH);
        String publicationId = publication.getString("id");
        String media = "/api/v1/publications/" + publicationId + "/media/";
        String photo = upload(DemoUser.EDITH, publicationId, HostileImages.jpeg(1200, 700), "路灯.jpg")
                .json()
                .getString("id");
        String spare = upload(DemoUser.EDITH, publicationId, HostileImages.jpeg(400, 300), "备用.jpg")
                .json()
                .getString("id");
        JsonObject issue = Editorial.draftIssue(DemoUser.EDITH, publication, 2024, 2, 16);
        String issueId = issue.getString("id");
        String rubricId =
                Editorial.addRubric(DemoUser.EDITH, issue, "招标", "Tenders").getString("id");

        String elsewhere = java.util.UUID.randomUUID().toString();
        Api.Reply unknown =
                Editorial.addItem(DemoUser.EDITH, issueId, rubricId, "tender-notice", tenderWithPicture(elsewhere));
        assertProblem(unknown, 422, "invalid-content");
        assertEquals(
                "/content/shared/picture/media",
                unknown.json().getJsonArray("errors").getJsonObject(0).getString("pointer"),
                unknown::toString);
        Editorial.created(
                Editorial.addItem(DemoUser.EDITH, issueId, rubricId, "tender-notice", tenderWithPicture(photo)));
        String logo = upload(DemoUser.EDITH, publicationId, HostileImages.png(400, 200), "标志.png")
                .json()
                .getString("id");
        Editorial.created(Editorial.addItem(DemoUser.EDITH, issueId, rubricId, "event", eventWithLogos(logo, photo)));

        Api.Reply inUse = Editorial.delete(DemoUser.EDITH, media + photo, null);
        assertProblem(inUse, 409, "media-in-use");
        assertEquals(
                issueId, inUse.json().getJsonArray("usedBy").getJsonObject(0).getString("issue"));
        assertEquals(200, Api.as(DemoUser.EDITH).get(media + photo).status(), "still in the library");
        List<String> unused = Api.as(DemoUser.EDITH).get(media + "unused").json().getJsonArray("media").stream()
                .map(image -> image.asJsonObject().getString("id"))
                .toList();
        assertEquals(List.of(spare), unused);
        String spareSrc = Api.as(DemoUser.EDITH).get(media + spare).json().getString("src");
        assertEquals(200, fetch(spareSrc, "").statusCode());
        assertEquals(200, fetch(spareSrc, "").statusCode(), "served from memory now");
        assertEquals(204, Editorial.delete(DemoUser.EDITH, media + spare, null).status());
        assertEquals(404, Api.as(DemoUser.EDITH).get(media + spare).status());
        assertEquals(404, fetch(spareSrc, "").statusCode(), "a deleted picture's renditions are no longer served");
        assertEquals(2, library(publicationId, "").getInt("total"));

        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "send-to-translation", null));
        Workflow.ok(Workflow.markDone(DemoUser.TOM, issueId, "en"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "submit-for-review", null));
        Workflow.ok(Workflow.take(DemoUser.ANNA, issueId, "approve", "可以发布"));
        Workflow.ok(Workflow.take(DemoUser.EDITH, issueId, "publish", null));

        String issuePath = "/api/delivery/v1/publications/" + publication.getString("slug") + "/issues/2024/2";
        JsonObject picture = pictureOfTheOnlyItem(issuePath + "?locale=en");
        assertEquals("LED street lights at night", picture.getString("alt"));
        assertEquals("Stratumseind, Eindhoven", picture.getString("caption"));
        assertEquals("Gemeente Eindhoven", picture.getString("credit"));
        assertEquals("CC BY 4.0", picture.getString("licence"));
        assertEquals(1200, picture.getInt("width"));
        assertEquals(700, picture.getInt("height"));
        assertEquals(
                "夜间的LED路灯", pictureOfTheOnlyItem(issuePath + "?locale=zh-CN").getString("alt"));
        HttpResponse<byte[]> src = fetch(path(picture.getString("src")), "");
        assertEquals(200, src.statusCode());
        assertTrue(src.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
        assertEquals(1024, ImageIO.read(new ByteArrayInputStream(src.body())).getWidth(), "src: the widest up to 1024");
        for (JsonObject rendition : picture.getJsonArray("renditions").getValuesAs(JsonObject.class)) {
            HttpResponse<byte[]> bytes = fetch(path(rendition.getString("url")), "");
            assertEquals(200, bytes.statusCode(), rendition::toString);
            assertEquals(
                    rendition.getInt("width"),
                    ImageIO.read(new ByteArrayInputStream(bytes.body())).getWidth());
            assertTrue(picture.getString("srcset")
                    .contains(rendition.getString("url") + " " + rendition.getInt("width") + "w"));
        }
        // focal point (0.5, 0.4) of a 1200 x 700 picture: 16:9 is the full width, moved up to the top edge
        List<JsonObject> crops = picture.getJsonArray("crops").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("16:9", "4:3", "1:1"),
                crops.stream().map(crop -> crop.getString("ratio")).toList());
        assertEquals(
                List.of(List.of(1200, 675), List.of(933, 700), List.of(700, 700)),
                crops.stream()
                        .map(crop -> List.of(crop.getInt("width"), crop.getInt("height")))
                        .toList());
        for (JsonObject crop : crops) {
            String[] shape = crop.getString("ratio").split(":");
            double ratio = Double.parseDouble(shape[0]) / Double.parseDouble(shape[1]);
            for (JsonObject rendition : crop.getJsonArray("renditions").getValuesAs(JsonObject.class)) {
                HttpResponse<byte[]> bytes = fetch(path(rendition.getString("url")), "");
                assertEquals(200, bytes.statusCode(), rendition::toString);
                assertTrue(bytes.headers()
                        .firstValue("Cache-Control")
                        .orElseThrow()
                        .contains("immutable"));
                BufferedImage cropped = ImageIO.read(new ByteArrayInputStream(bytes.body()));
                assertEquals(rendition.getInt("width"), cropped.getWidth(), rendition::toString);
                assertEquals(rendition.getInt("height"), cropped.getHeight(), rendition::toString);
                assertEquals(ratio, (double) cropped.getWidth() / cropped.getHeight(), 0.01 * ratio);
                assertTrue(crop.getString("srcset")
                        .contains(rendition.getString("url") + " " + rendition.getInt("width") + "w"));
            }
        }

        Api.Reply page = Api.anonymous().get(issuePath + ".html?locale=en");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("<img alt=\"LED street lights at night\""), page::body);
        assertTrue(page.body().contains(" loading=\"lazy\" "), page::body);
        assertTrue(
                page.body().contains(" height=\"675\" "),
                () -> "the tender notice shows its 16:9 crop: " + page.body());
        assertTrue(page.body().contains(" srcset=\"" + crops.get(0).getString("srcset") + "\""), page::body);
        assertTrue(page.body().contains("Gemeente Eindhoven · CC BY 4.0"), page::body);

        // the event's partner logos: several pictures in one field, each served and shown with its alt text
        List<JsonObject> logos = fieldsOfItem(issuePath + "?locale=en", 1)
                .getJsonArray("partnerLogos")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("UNEP logo", "One Planet network logo"),
                logos.stream().map(l -> l.getString("alt")).toList());
        assertEquals(
                List.of(400, 1200), logos.stream().map(l -> l.getInt("width")).toList());
        for (JsonObject shown : logos) {
            assertEquals(200, fetch(path(shown.getString("src")), "").statusCode(), shown::toString);
        }
        assertTrue(page.body().contains("<div class=\"partner-logos\">"), page::body);
        assertTrue(page.body().contains("<img alt=\"UNEP logo\""), page::body);
        assertTrue(page.body().contains("<img alt=\"One Planet network logo\""), page::body);

        // a new file for the picture: same id and alt texts, new renditions; the edition keeps the ones it names
        JsonObject before = Api.as(DemoUser.EDITH).get(media + photo).json();
        Api.Reply replaced = replaceFile(publicationId, photo, HostileImages.jpeg(1000, 600), "路灯-新.jpg");
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(photo, replaced.json().getString("id"));
        assertEquals(before.getJsonObject("alt"), replaced.json().getJsonObject("alt"));
        assertEquals(1000, replaced.json().getInt("width"));
        assertNotEquals(before.getString("src"), replaced.json().getString("src"));
        assertEquals(200, fetch(replaced.json().getString("src"), "").statusCode());
        assertEquals(picture, pictureOfTheOnlyItem(issuePath + "?locale=en"), "the edition as published");
        for (JsonObject rendition : picture.getJsonArray("renditions").getValuesAs(JsonObject.class)) {
            assertEquals(200, fetch(path(rendition.getString("url")), "").statusCode(), rendition::toString);
        }
        for (JsonObject crop : crops) {
            assertEquals(200, fetch(path(crop.getString("src")), "").statusCode(), crop::toString);
        }
        Api.Reply logoAgain = replaceFile(publicationId, photo, HostileImages.png(400, 200), "标志.png");
        assertProblem(logoAgain, 409, "media-already-in-library");
        assertEquals(logo, logoAgain.json().getString("existing"));
        assertEquals(1000, Api.as(DemoUser.EDITH).get(media + photo).json().getInt("width"), "nothing changed");

        assertProblem(Editorial.delete(DemoUser.EDITH, media + photo, null), 409, "media-in-use");
        assertEquals(200, fetch(path(picture.getString("src")), "").statusCode(), "served as published");
    }

    private static Api.Reply replaceFile(String publication, String id, byte[] bytes, String filename) {
        return Api.as(DemoUser.EDITH)
                .send(
                        "PUT",
                        "/api/v1/publications/" + publication + "/media/" + id + "/file?filename="
                                + URLEncoder.encode(filename, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofByteArray(bytes),
                        "application/octet-stream");
    }

    /** The COP26 event with the partners' logos under their names (in English, the event's one language). */
    private static JsonObject eventWithLogos(String first, String second) {
        JsonObject sample = Samples.cop26Event();
        JsonObject english = sample.getJsonObject("localized").getJsonObject("en");
        return Json.createObjectBuilder(sample)
                .add(
                        "shared",
                        Json.createObjectBuilder(sample.getJsonObject("shared"))
                                .add(
                                        "partnerLogos",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("media", first))
                                                .add(Json.createObjectBuilder()
                                                        .add("media", second)
                                                        .add("credit", "One Planet network"))))
                .add(
                        "localized",
                        Json.createObjectBuilder()
                                .add(
                                        "en",
                                        Json.createObjectBuilder(english)
                                                .add(
                                                        "partnerLogos",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("alt", "UNEP logo"))
                                                                .add(Json.createObjectBuilder()
                                                                        .add("alt", "One Planet network logo")))))
                .build();
    }

    private static JsonObject fieldsOfItem(String path, int index) {
        Api.Reply issue = Api.anonymous().get(path);
        assertEquals(200, issue.status(), issue::toString);
        return issue.json()
                .getJsonArray("rubrics")
                .getJsonObject(0)
                .getJsonArray("items")
                .getJsonObject(index)
                .getJsonObject("fields");
    }

    @Test
    void hostilePicturesAreRefusedWithTheirReasonAndNothingIsKept() {
        String publication = Editorial.startPublication(DemoUser.EDITH).getString("id");

        Api.Reply flood = upload(DemoUser.EDITH, publication, HostileImages.pixelFloodPng(100_000, 100_000), "a.png");
        assertProblem(flood, 413, "image-too-many-pixels");
        assertEquals(100_000, flood.json().getInt("width"));

        Api.Reply frames = upload(DemoUser.EDITH, publication, HostileImages.hugeFrameGif(), "b.gif");
        assertProblem(frames, 413, "image-too-many-pixels");

        Api.Reply cut = upload(DemoUser.EDITH, publication, HostileImages.truncatedJpeg(), "c.jpg");
        assertProblem(cut, 422, "image-unreadable");
        assertEquals("truncated", cut.json().getString("reason"));

        Api.Reply svg = upload(DemoUser.EDITH, publication, HostileImages.svgWithScript(), "logo.svg");
        assertProblem(svg, 415, "unsupported-media-type");
        assertEquals("image/svg+xml", svg.json().getString("detected"));

        Api.Reply disguised = upload(DemoUser.EDITH, publication, HostileImages.jpeg(50, 50), "photo.png");
        assertProblem(disguised, 415, "type-contradicts-name");
        assertEquals("image/jpeg", disguised.json().getString("detected"));

        Api.Reply translator = upload(DemoUser.TOM, publication, HostileImages.jpeg(50, 50), "photo.jpg");
        assertEquals(403, translator.status(), translator::toString);

        JsonObject after = library(publication, "");
        assertEquals(0, after.getInt("total"), "nothing of a refused upload is kept");
        assertEquals(0, after.getJsonObject("limits").getJsonNumber("usedBytes").longValue());
    }

    /** A decorative picture needs no alt text: editors mark it in the library (translators may not), and unmark it. */
    @Test
    void aPictureMarkedDecorativeByAnEditorIsListedSoUntilTheMarkIsTakenBack() {
        String publication = Editorial.startPublication(DemoUser.EDITH).getString("id");
        JsonObject ornament = upload(DemoUser.EDITH, publication, HostileImages.jpeg(300, 150), "ornament.jpg")
                .json();
        assertFalse(ornament.getBoolean("decorative"), "not decorative when uploaded");
        String path = "/api/v1/publications/" + publication + "/media/" + ornament.getString("id") + "/decorative";

        Api.Reply byTranslator = Editorial.put(DemoUser.TOM, path, null, decorative(JsonValue.TRUE));
        assertEquals(403, byTranslator.status(), byTranslator::toString);
        Api.Reply notABoolean = Editorial.put(DemoUser.EDITH, path, null, decorative(Json.createValue("yes")));
        assertEquals(422, notABoolean.status(), notABoolean::toString);
        assertFalse(
                library(publication, "").getJsonArray("media").getJsonObject(0).getBoolean("decorative"));

        Api.Reply marked = Editorial.put(DemoUser.EDITH, path, null, decorative(JsonValue.TRUE));
        assertEquals(200, marked.status(), marked::toString);
        assertTrue(marked.json().getBoolean("decorative"), marked::toString);
        assertTrue(
                library(publication, "").getJsonArray("media").getJsonObject(0).getBoolean("decorative"),
                "listed as decorative");

        Api.Reply takenBack = Editorial.put(DemoUser.EDITH, path, null, decorative(JsonValue.FALSE));
        assertEquals(200, takenBack.status(), takenBack::toString);
        assertFalse(takenBack.json().getBoolean("decorative"), takenBack::toString);
    }

    private static JsonObject decorative(JsonValue value) {
        return Json.createObjectBuilder().add("decorative", value).build();
    }

    @Test
    void anUploadToAPublicationThatDoesNotExistIsNotFound() {
        Api.Reply reply =
                upload(DemoUser.EDITH, "00000000-0000-0000-0000-000000000000", HostileImages.jpeg(50, 50), "photo.jpg");

        assertEquals(404, reply.status(), reply::toString);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
