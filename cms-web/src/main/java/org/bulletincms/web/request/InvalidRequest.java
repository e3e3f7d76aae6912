package org.bulletincms.web.request;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.bulletincms.web.problem.ApiProblem;
import org.bulletincms.web.problem.ProblemType;

/** A request body with errors (422), all of them listed at once under {@code errors}. */
public class InvalidRequest extends ApiProblem {

    private final transient List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(ProblemType.INVALID_CONTENT, Map.of("errors", toJson(errors)), "detail.invalid-content", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static JsonValue toJson(List<FieldError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        errors.forEach(error -> array.add(Json.createObjectBuilder()
                .add("pointer", error.pointer())
                .add("code", error.code())
                .add("message", error.message())));
        return array.build();
    }
}
