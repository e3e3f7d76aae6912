package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.Test;

class SurveyTest {

    private final Survey survey = new Survey();
    private final ItemContent igpn = Seeds.item("survey/2021-4-igpn-climate-survey.json");

    @Test
    void theDeadlineIsNotBeforeTheSurveyOpens() {
        List<Violation> violations =
                survey.validate(igpn.toBuilder().shared("opensOn", "2022-04-01").build(), ValidationMode.DRAFT);

        assertEquals(
                List.of("/shared/deadline"),
                violations.stream().map(Violation::pointer).toList());
    }

    @Test
    void aSurveyMayCloseOnTheDayItOpens() {
        assertEquals(
                List.of(),
                survey.validate(igpn.toBuilder().shared("opensOn", "2022-03-30").build(), ValidationMode.PUBLISH));
    }
}
