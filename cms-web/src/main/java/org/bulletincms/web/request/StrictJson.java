package org.bulletincms.web.request;

import jakarta.json.JsonConfig;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bulletincms.spi.Json;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * JSON as RFC 8259 defines it and nothing a lenient parser would make of it: UTF-8 only (an invalid byte is refused,
 * not stored as U+FFFD), one value per body (nothing but white space after it), and no name twice in an object
 * (where parsers disagree on which one wins, a check and a write could see different values). Every refusal is 400.
 */
public final class StrictJson {

    /** Parsson's own switch, and the JSON-P 2.1 one, for refusing duplicate names; both, as versions differ. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE, "org.eclipse.parsson.rejectDuplicateKeys", true));

    private StrictJson() {}

    /** The one JSON value in {@code body}. */
    public static JsonValue parse(byte[] body) {
        String text = utf8(body);
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.malformed-json");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (hasMore(parser)) {
                throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.json-trailing-content");
            }
            return value;
        } catch (JsonParsingException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.malformed-json");
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            // Parsson reports a duplicate name as an IllegalStateException ("Duplicate key … is not allowed"); the
            // other JSON-P failures of a parse from a string are the JsonParsingException above.
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.json-duplicate-name");
        }
    }

    /** Whether anything but white space follows the value: a second value, or text that is no JSON at all. */
    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true;
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.json-not-utf8");
        }
    }
}
