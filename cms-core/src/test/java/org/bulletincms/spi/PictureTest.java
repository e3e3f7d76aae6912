package org.bulletincms.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PictureTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aViewHoldsThePictureAndTheWordsOfItsLocaleAsOneValue() {
        ItemContent content = ItemContent.fromJson(json("{\"shared\": {\"picture\": {\"media\": \"m-1\","
                + " \"focalPoint\": {\"x\": 0.25, \"y\": 0.75}, \"credit\": \"UNEP\", \"decorative\": false}},"
                + " \"localized\": {\"zh-CN\": {\"picture\": {\"alt\": \"代表们\", \"caption\": \"签署现场\"}},"
                + " \"en\": {\"picture\": {\"alt\": \"Delegates\"}}}}"));

        Picture chinese = ItemView.of(content, "zh-CN").picture("picture").orElseThrow();
        Picture english = ItemView.of(content, "en").picture("picture").orElseThrow();

        assertEquals(
                new Picture(
                        "m-1",
                        Optional.of("代表们"),
                        Optional.of("签署现场"),
                        Optional.of("UNEP"),
                        Optional.empty(),
                        new Picture.FocalPoint(0.25, 0.75),
                        false,
                        Optional.empty()),
                chinese);
        assertEquals(Optional.of("Delegates"), english.alt());
        assertEquals(Optional.empty(), english.caption());
        assertEquals(Optional.of("UNEP"), english.rights());
    }

    @Test
    void aValueWithoutAPictureOrOfTheWrongShapeReadsAsNone() {
        ItemContent content = ItemContent.fromJson(json("{\"shared\": {\"logo\": \"logo.png\"},"
                + " \"localized\": {\"en\": {\"picture\": {\"alt\": \"no picture chosen yet\"}}}}"));

        assertEquals(Optional.empty(), ItemView.of(content, "en").picture("logo"));
        assertEquals(Optional.empty(), ItemView.of(content, "en").picture("picture"));
    }

    @Test
    void aFocalPointOutsideThePictureReadsAsTheCentreAndCannotBeMade() {
        JsonObject value = json("{\"media\": \"m-1\", \"focalPoint\": {\"x\": 2, \"y\": -1}}");

        assertEquals(Picture.FocalPoint.CENTRE, Picture.of(value).orElseThrow().focalPoint());
        assertThrows(IllegalArgumentException.class, () -> new Picture.FocalPoint(1.5, 0.5));
    }

    @Test
    void aServedPictureOffersTheNarrowestRenditionWideEnough() {
        Picture.Rendition narrow = new Picture.Rendition("https://b.example/a.jpg", 320, 200);
        Picture.Rendition wide = new Picture.Rendition("https://b.example/b.jpg", 640, 400);
        Picture.Source source = new Picture.Source(wide.url(), "", 700, 437, java.util.List.of(narrow, wide));

        assertEquals(wide, source.atLeast(600));
        assertEquals(narrow, source.atLeast(100));
        assertEquals(wide, source.atLeast(2000), "the widest when none is wide enough");
    }
}
