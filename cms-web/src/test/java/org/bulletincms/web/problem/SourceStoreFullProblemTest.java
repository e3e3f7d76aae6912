package org.bulletincms.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.bulletincms.source.SourceStoreFull;
import org.junit.jupiter.api.Test;

class SourceStoreFullProblemTest {

    private static final ProblemDescriptions ENGLISH = ProblemDescriptions.inLanguages(List.of(Locale.ENGLISH));
    private static final ProblemDescriptions CHINESE = ProblemDescriptions.inLanguages(List.of(Locale.CHINESE));

    @Test
    void aFullSourceStoreIs507ThatTellsTheEditorNothingWasKeptAndAnAdministratorMustFreeSpace() {
        Problem problem = ENGLISH.forException(new SourceStoreFull("/srv/cms/sources"), "POST", "/api/v1/sources");

        assertEquals(507, problem.status());
        assertEquals(
                "urn:bulletin-cms:problem:insufficient-storage",
                problem.type().uri().toString());
        assertEquals("Insufficient storage", problem.title());
        assertTrue(
                problem.detail().contains("The server's disk for source files is full")
                        && problem.detail().contains("Nothing was kept")
                        && problem.detail().contains("administrator must free space"),
                problem.detail());
        assertFalse(problem.detail().contains("/srv/cms/sources"), "the store's path is for the log only");
    }

    @Test
    void theEditorReadsItInChinese() {
        Problem problem = CHINESE.forException(new SourceStoreFull("/d"), "POST", "/api/v1/sources");

        assertEquals("存储空间不足", problem.title());
        assertTrue(problem.detail().startsWith("服务器存放来源文件的磁盘已满"), problem.detail());
    }
}
