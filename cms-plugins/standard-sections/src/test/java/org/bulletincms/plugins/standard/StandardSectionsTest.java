package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.spi.SectionType;
import org.junit.jupiter.api.Test;

class StandardSectionsTest {

    @Test
    void installsElevenTypesThroughTheServiceLoader() {
        InstalledSectionTypes installed = InstalledSectionTypes.discover(StandardSectionsTest.class.getClassLoader());

        assertEquals(
                List.of(
                        "announcement",
                        "colophon",
                        "declaration",
                        "event",
                        "news",
                        "podcast-series",
                        "programme-profile",
                        "report-summary",
                        "results",
                        "survey",
                        "working-group"),
                installed.all().stream().map(SectionType::id).toList());
    }
}
