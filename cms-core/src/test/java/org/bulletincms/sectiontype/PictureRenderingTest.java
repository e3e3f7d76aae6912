package org.bulletincms.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.spi.AspectRatio;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.Picture;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

/** Pictures as readers get them: in the web page, in the e-mail, and in the view an edition is made from. */
class PictureRenderingTest {

    private static final String MEDIA = "https://bulletin.example.org/api/delivery/v1/media/";
    private static final Picture.Rendition NARROW = new Picture.Rendition(MEDIA + "a1.jpg", 320, 549);
    private static final Picture.Rendition MIDDLE = new Picture.Rendition(MEDIA + "b2.jpg", 640, 1097);
    private static final Picture.Rendition WIDEST = new Picture.Rendition(MEDIA + "c3.jpg", 700, 1200);
    private static final Picture.Source SOURCE = new Picture.Source(
            WIDEST.url(),
            NARROW.url() + " 320w, " + MIDDLE.url() + " 640w, " + WIDEST.url() + " 700w",
            700,
            1200,
            List.of(NARROW, MIDDLE, WIDEST));

    private final RichTextSanitizer sanitizer = new RichTextSanitizer();

    private static Picture picture(Optional<String> alt, boolean decorative, Optional<Picture.Source> source) {
        return new Picture(
                "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
                alt,
                Optional.of("签署现场"),
                Optional.of("UNEP"),
                Optional.of("CC BY 4.0"),
                Picture.FocalPoint.CENTRE,
                decorative,
                source);
    }

    @Test
    void aPublishedPictureInThePageIsAnImgWithItsRenditionsAltTextAndSize() {
        EscapingHtmlSink sink = new EscapingHtmlSink(sanitizer);

        sink.picture(picture(Optional.of("代表们 \"签署\" <宣言>"), false, Optional.of(SOURCE)));

        assertEquals(
                "<figure class=\"picture\"><img alt=\"代表们 &quot;签署&quot; &lt;宣言&gt;\" decoding=\"async\""
                        + " height=\"1200\" loading=\"lazy\" sizes=\"(max-width: 720px) 100vw, 720px\" src=\""
                        + WIDEST.url() + "\" srcset=\"" + SOURCE.srcset() + "\" width=\"700\">"
                        + "<figcaption><span class=\"caption\">签署现场</span>"
                        + "<small class=\"credit\">UNEP · CC BY 4.0</small></figcaption></figure>",
                sink.html());
    }

    @Test
    void anEmailShowsTheFirstRenditionAtLeast600PixelsWideAt600Pixels() {
        EscapingHtmlSink sink = EscapingHtmlSink.forEmail(sanitizer, Map.of("p", "margin:0;"));

        sink.picture(picture(Optional.of("代表们签署宣言"), false, Optional.of(SOURCE)));

        String html = sink.html();
        assertTrue(
                html.startsWith("<figure class=\"picture\"><img alt=\"代表们签署宣言\" src=\"" + MIDDLE.url()
                        + "\" style=\"display:block;max-width:100%;height:auto;border:0;\" width=\"600\">"),
                html);
    }

    @Test
    void aDecorativePictureHasAnEmptyAltText() {
        EscapingHtmlSink sink = new EscapingHtmlSink(sanitizer);

        sink.picture(picture(Optional.of("ignored"), true, Optional.of(SOURCE)));

        assertTrue(sink.html().contains("<img alt=\"\" "), sink.html());
    }

    @Test
    void aPictureNotServedYetShowsItsWordsOnly() {
        EscapingHtmlSink sink = new EscapingHtmlSink(sanitizer);

        sink.picture(picture(Optional.of("代表们签署宣言"), false, Optional.empty()));

        assertEquals(
                "<figure class=\"picture\"><figcaption><span class=\"caption\">签署现场</span>"
                        + "<small class=\"credit\">UNEP · CC BY 4.0</small></figcaption></figure>",
                sink.html());
    }

    @Test
    void aSourceThatIsNoWebAddressIsNeverWritten() {
        Picture.Rendition script = new Picture.Rendition("javascript:alert(1)", 320, 549);
        Picture.Source hostile = new Picture.Source(script.url(), script.url() + " 320w", 320, 549, List.of(script));
        EscapingHtmlSink sink = new EscapingHtmlSink(sanitizer);

        sink.picture(picture(Optional.of("x"), false, Optional.of(hostile)));

        assertTrue(!sink.html().contains("<img") && !sink.html().contains("javascript"), sink.html());
    }

    @Test
    void theViewOfAnEditionHasEachPictureWithItsWordsInTheLocaleAndWhereItIsServed() {
        UUID publication = UUID.randomUUID();
        UUID media = UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");
        SectionType type = DeclaredSectionType.wellFormed("photo")
                .withFields(FieldSpec.image("picture").label("图片", "Picture"));
        ItemContent content = ItemContent.builder()
                .shared(
                        "picture",
                        Json.createObjectBuilder()
                                .add("media", media.toString())
                                .add(
                                        "focalPoint",
                                        Json.createObjectBuilder().add("x", 0.2).add("y", 0.8))
                                .build())
                .localized(
                        "en",
                        "picture",
                        Json.createObjectBuilder().add("alt", "Delegates").build())
                .localized(
                        "zh-CN",
                        "picture",
                        Json.createObjectBuilder().add("alt", "代表们").build())
                .build();
        ServedPictures served = (inPublication, id) ->
                inPublication.equals(publication) && id.equals(media) ? Optional.of(SOURCE) : Optional.empty();

        ItemView view = served.served(type, ItemView.of(content, "en"), publication);

        Picture picture = view.picture("picture").orElseThrow();
        assertEquals(Optional.of("Delegates"), picture.alt());
        assertEquals(new Picture.FocalPoint(0.2, 0.8), picture.focalPoint());
        assertEquals(Optional.of(SOURCE), picture.source());
        assertEquals(
                Optional.empty(),
                served.served(type, ItemView.of(content, "en"), UUID.randomUUID())
                        .picture("picture")
                        .orElseThrow()
                        .source(),
                "another publication's library does not serve it");
    }

    @Test
    void anEditionCropsEachPictureAroundItsFocalPointAndARenderingAskingForAShapeShowsTheCrop() {
        UUID publication = UUID.randomUUID();
        UUID media = UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");
        Picture.Rendition small = new Picture.Rendition(MEDIA + "d4.jpg", 320, 180);
        Picture.Rendition large = new Picture.Rendition(MEDIA + "e5.jpg", 700, 394);
        Picture.Crop wide = new Picture.Crop(
                AspectRatio.WIDE,
                large.url(),
                small.url() + " 320w, " + large.url() + " 700w",
                700,
                394,
                List.of(small, large));
        ServedPictures served = new ServedPictures() {
            @Override
            public Optional<Picture.Source> source(UUID inPublication, UUID mediaId) {
                return Optional.of(SOURCE);
            }

            @Override
            public Optional<Picture.Source> source(UUID inPublication, UUID mediaId, Picture.FocalPoint point) {
                return Optional.of(new Picture.Source(
                        SOURCE.src(),
                        SOURCE.srcset(),
                        SOURCE.width(),
                        SOURCE.height(),
                        SOURCE.renditions(),
                        point.equals(new Picture.FocalPoint(0.2, 0.8)) ? List.of(wide) : List.of()));
            }
        };
        SectionType type = DeclaredSectionType.wellFormed("photo")
                .withFields(FieldSpec.image("picture").label("图片", "Picture"));
        ItemContent content = ItemContent.builder()
                .shared(
                        "picture",
                        Json.createObjectBuilder()
                                .add("media", media.toString())
                                .add(
                                        "focalPoint",
                                        Json.createObjectBuilder().add("x", 0.2).add("y", 0.8))
                                .build())
                .localized(
                        "en",
                        "picture",
                        Json.createObjectBuilder().add("alt", "Delegates").build())
                .build();

        Picture picture = served.served(type, ItemView.of(content, "en"), publication)
                .picture("picture")
                .orElseThrow();
        EscapingHtmlSink sink = new EscapingHtmlSink(sanitizer);
        sink.pictureImage(picture.croppedTo(AspectRatio.WIDE));

        assertEquals(Optional.of(wide), picture.source().orElseThrow().crop(AspectRatio.WIDE), "kept in the view");
        assertEquals(
                "<img alt=\"Delegates\" decoding=\"async\" height=\"394\" loading=\"lazy\""
                        + " sizes=\"(max-width: 720px) 100vw, 720px\" src=\"" + large.url() + "\" srcset=\""
                        + wide.srcset() + "\" width=\"700\">",
                sink.html());
        assertEquals(picture, picture.croppedTo(AspectRatio.SQUARE), "no square crop: the picture as it is");
    }
}
