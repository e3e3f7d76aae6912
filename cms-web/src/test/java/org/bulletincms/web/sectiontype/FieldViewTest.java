package org.bulletincms.web.sectiontype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.bulletincms.spi.FieldKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class FieldViewTest {

    @Test
    void theDocumentedKindsAreExactlyTheFieldKinds() throws Exception {
        Schema kind = FieldView.class.getRecordComponents()[1].getAccessor().getAnnotation(Schema.class);
        List<String> kinds =
                Arrays.stream(FieldKind.values()).map(FieldView::kind).toList();

        assertEquals(kinds, List.of(kind.enumeration()));
    }
}
