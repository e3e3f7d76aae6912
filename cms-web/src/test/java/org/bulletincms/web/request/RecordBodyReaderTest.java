package org.bulletincms.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** A request body becomes its record only when it fits it; otherwise every error is named at its pointer. */
class RecordBodyReaderTest {

    /** What the server answers: its members a request lacks are the server's. */
    public record Answer(String version, String name) {}

    @ServerOwned(
            value = {"id"},
            answers = Answer.class)
    public record Sample(
            @Schema(required = true, maxLength = 5) String name,

            @Schema(required = true, minimum = "1", maximum = "10")
            int count,

            Optional<UUID> ref,
            @Schema(maxItems = 2, maxLength = 3) List<String> tags,
            Map<String, String> title,
            Optional<Nested> nested,
            String unlimited) {}

    public record Nested(boolean flag) {}

    @Test
    void aBodyThatFitsBecomesTheRecordWithAbsentMembersEmpty() {
        Sample sample = read("{\"name\":\"news\",\"count\":3,\"unlimited\":\"" + "x".repeat(5000) + "\"}");

        assertEquals(
                new Sample("news", 3, Optional.empty(), List.of(), Map.of(), Optional.empty(), "x".repeat(5000)),
                sample);
    }

    @Test
    void nestedRecordsListsMapsAndIdsAreRead() {
        UUID ref = UUID.randomUUID();
        Sample sample = read("{\"name\":\"a\",\"count\":1,\"ref\":\"" + ref + "\",\"tags\":[\"x\",\"y\"],"
                + "\"title\":{\"en\":\"T\"},\"nested\":{\"flag\":true},\"unlimited\":\"u\"}");

        assertEquals(
                new Sample(
                        "a",
                        1,
                        Optional.of(ref),
                        List.of("x", "y"),
                        Map.of("en", "T"),
                        Optional.of(new Nested(true)),
                        "u"),
                sample);
    }

    @Test
    void everyMismatchIsReportedAtOnceAtItsPointer() {
        InvalidRequest invalid = assertThrows(
                InvalidRequest.class,
                () -> read(
                        "{\"id\":\"x\",\"version\":3,\"colour\":\"blue\",\"name\":\"toolong\",\"count\":11,\"ref\":\"nope\","
                                + "\"tags\":[\"abcd\",7],\"title\":{\"en\":1},\"nested\":{\"flag\":\"yes\",\"more\":1}}"));

        assertEquals(
                Map.ofEntries(
                        Map.entry("/id", "field.server-owned"),
                        Map.entry("/version", "field.server-owned"),
                        Map.entry("/colour", "field.unknown"),
                        Map.entry("/name", "field.too-long"),
                        Map.entry("/count", "field.out-of-range"),
                        Map.entry("/ref", "field.not-id"),
                        Map.entry("/tags/0", "field.too-long"),
                        Map.entry("/tags/1", "field.not-text"),
                        Map.entry("/title/en", "field.not-text"),
                        Map.entry("/nested/flag", "field.not-boolean"),
                        Map.entry("/nested/more", "field.unknown"),
                        Map.entry("/unlimited", "field.required")),
                keysByPointer(invalid));
    }

    @Test
    void wrongJsonTypesAreNamedNotGuessed() {
        InvalidRequest invalid = assertThrows(
                InvalidRequest.class,
                () -> read(
                        "{\"name\":5,\"count\":\"3\",\"tags\":\"x\",\"title\":[],\"nested\":1,\"unlimited\":\" \"}"));

        assertEquals(
                Map.of(
                        "/name", "field.not-text",
                        "/count", "field.not-integer",
                        "/tags", "field.not-array",
                        "/title", "field.not-object",
                        "/nested", "field.not-object",
                        "/unlimited", "field.blank"),
                keysByPointer(invalid));
    }

    @Test
    void tooManyEntriesAreRefusedWithoutReadingThem() {
        InvalidRequest invalid = assertThrows(
                InvalidRequest.class,
                () -> read("{\"name\":\"a\",\"count\":1,\"tags\":[\"a\",\"b\",\"c\"],\"unlimited\":\"u\"}"));

        assertEquals(Map.of("/tags", "field.too-many"), keysByPointer(invalid));
    }

    @Test
    void malformedJsonAndBodiesThatAreNoObjectAreBadRequests() {
        for (String body : List.of("", "{\"name\":", "[1]", "\"text\"", "{} {}", "{\"name\":\"a\",\"name\":\"b\"}")) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> read(body), body);
            assertEquals(ProblemType.MALFORMED_REQUEST, problem.type(), body);
        }
    }

    public record Texts(
            @Schema(required = true, maxLength = 11) String title, Optional<Instant> at) {}

    @Test
    void anInstantIsAnIsoTimeInUtcAndAnythingElseIsAnErrorAtItsPointer() {
        assertEquals(
                Optional.of(Instant.parse("2024-07-15T08:00:00Z")),
                readTexts("{\"title\":\"t\",\"at\":\"2024-07-15T08:00:00Z\"}").at());
        for (String at : List.of("\"yesterday\"", "\"2024-07-15\"", "1721030400")) {
            InvalidRequest invalid =
                    assertThrows(InvalidRequest.class, () -> readTexts("{\"title\":\"t\",\"at\":" + at + "}"), at);
            assertEquals(List.of("/at"), pointers(invalid), at);
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefused() {
        for (String bad : List.of("a\\u0000b", "bell\\u0007", "del\\u007f", "x \\ud800 y", "\\udc00")) {
            InvalidRequest invalid =
                    assertThrows(InvalidRequest.class, () -> readTexts("{\"title\":\"" + bad + "\"}"), bad);
            assertEquals(Map.of("/title", "text.invalid-character"), keysByPointer(invalid), bad);
        }
    }

    @Test
    void chineseEmojiTabsAndLineBreaksAreTextCountedInCharactersNotBytes() {
        // 11 characters: 12 UTF-16 units (the emoji is two) and 28 bytes of UTF-8
        assertEquals(
                "《宣言》\t第一\n二 🌏", readTexts("{\"title\":\"《宣言》\\t第一\\n二 🌏\"}").title());

        InvalidRequest invalid =
                assertThrows(InvalidRequest.class, () -> readTexts("{\"title\":\"《宣言》\\t第一\\n二 🌏🌏\"}"));
        assertEquals(Map.of("/title", "field.too-long"), keysByPointer(invalid));
    }

    private static Texts readTexts(String body) {
        return RecordBodyReader.read(body.getBytes(StandardCharsets.UTF_8), Texts.class);
    }

    private static List<String> pointers(InvalidRequest invalid) {
        return invalid.fieldViolations().stream().map(FieldViolation::pointer).toList();
    }

    private static Sample read(String body) {
        return RecordBodyReader.read(body.getBytes(StandardCharsets.UTF_8), Sample.class);
    }

    private static Map<String, String> keysByPointer(InvalidRequest invalid) {
        return invalid.fieldViolations().stream()
                .collect(Collectors.toMap(
                        FieldViolation::pointer,
                        violation -> violation.violation().messageKey()));
    }
}
