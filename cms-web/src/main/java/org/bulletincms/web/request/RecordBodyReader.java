package org.bulletincms.web.request;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/**
 * Reads a JSON request body into the record a resource method takes: strict JSON first ({@link StrictJson}: UTF-8,
 * one value, no name twice; 400), then the record's shape ({@link RequestShape}: unknown members, wrong JSON types,
 * missing, too long or out of range; 422 with every error at its JSON pointer), then JSON-B builds the record. A
 * body over the limit is 413 ({@link RequestBodyLimitFilter}, whose counting stream this reads), another media type
 * 415 (JAX-RS). The record is also what the OpenAPI document shows as the request's schema.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class RecordBodyReader implements MessageBodyReader<Record> {

    /** Thread-safe and costly to create: one for the class. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        return read(entityStream.readAllBytes(), type);
    }

    /** The record in {@code body}, or the refusal of the first of the checks above that fails. */
    static <T extends Record> T read(byte[] body, Class<T> type) {
        if (body.length == 0 && type.isAnnotationPresent(MayBeEmpty.class)) {
            return read("{}".getBytes(StandardCharsets.UTF_8), type);
        }
        if (body.length == 0) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "detail.not-json-object");
        }
        return JSONB.fromJson(RequestShape.checked(StrictJson.parse(body), type).toString(), type);
    }
}
