package org.bulletincms.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.bulletincms.issue.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void theDocumentedStagesAreExactlyTheStages() throws Exception {
        Schema stage = Tasks.Task.class.getRecordComponents()[3].getAccessor().getAnnotation(Schema.class);

        assertEquals(Arrays.stream(Stage.values()).map(Stage::code).toList(), List.of(stage.enumeration()));
    }
}
