package org.bulletincms.web.request;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * Reads every JSON request body of the API through {@link StrictJson}, in place of the container's lenient JSON-P
 * reader (an application's provider wins over a built-in one for the same type). Resources take a
 * {@link JsonValue} and read it with {@link JsonBody}. The body arrives through {@link RequestBodyLimitFilter}'s
 * counting stream, so reading it whole is bounded.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<JsonValue> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public JsonValue readFrom(
            Class<JsonValue> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        byte[] body = entityStream.readAllBytes();
        if (body.length == 0) {
            // No body at all: the resource decides (workflow actions take none; JsonBody.of refuses a missing one).
            return null;
        }
        JsonValue value = StrictJson.parse(body);
        if (!type.isInstance(value)) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.not-json-object");
        }
        return value;
    }
}
