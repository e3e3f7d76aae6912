package org.bulletincms.web.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;
import org.bulletincms.history.FieldChange;
import org.junit.jupiter.api.Test;

/** A diff's changes carry the values that exist, and only those, as the API wrote them before they were typed. */
class RevisionDocumentsTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void anAddedFieldHasOnlyItsNewValue() {
        FieldChange added =
                new FieldChange("/shared/sourceUrl", FieldChange.Kind.ADDED, Optional.empty(), Optional.of(text("u")));

        assertEquals(
                "{\"pointer\":\"/shared/sourceUrl\",\"kind\":\"added\",\"after\":\"u\"}",
                jsonb.toJson(RevisionDocuments.Change.of(added)));
    }

    @Test
    void aChangedFieldHasBothValuesWhateverTheirJsonType() {
        FieldChange changed = new FieldChange(
                "/localized/en/tags",
                FieldChange.Kind.CHANGED,
                Optional.of(Json.createArrayBuilder().add("a").build()),
                Optional.of(Json.createObjectBuilder().add("n", 1).build()));

        assertEquals(
                "{\"pointer\":\"/localized/en/tags\",\"kind\":\"changed\",\"before\":[\"a\"],\"after\":{\"n\":1}}",
                jsonb.toJson(RevisionDocuments.Change.of(changed)));
    }

    private static JsonValue text(String value) {
        return Json.createValue(value);
    }
}
