package org.bulletincms.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.bulletincms.translation.TranslationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class TranslationOverviewTest {

    @Test
    void theDocumentedStatusesAreExactlyTheTranslationStatuses() throws Exception {
        Schema status = TranslationOverview.Cell.class
                .getRecordComponents()[0]
                .getAccessor()
                .getAnnotation(Schema.class);

        assertEquals(
                Arrays.stream(TranslationStatus.values())
                        .map(TranslationStatus::code)
                        .toList(),
                List.of(status.enumeration()));
    }
}
