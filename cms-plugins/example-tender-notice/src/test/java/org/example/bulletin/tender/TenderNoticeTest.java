package org.example.bulletin.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import org.bulletincms.sectiontype.EscapingHtmlSink;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.sectiontype.testkit.SampleFiles;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.ItemView;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.junit.jupiter.api.Test;

class TenderNoticeTest {

    private final TenderNotice tender = new TenderNotice();
    private final ItemContent eindhoven = SampleFiles.read(TenderNoticeTest.class, "eindhoven-public-lighting.json");

    @Test
    void isInstalledByItsServiceRegistrationAlone() {
        InstalledSectionTypes installed = InstalledSectionTypes.discover(TenderNotice.class.getClassLoader());

        assertEquals(
                List.of("tender-notice"),
                installed.all().stream().map(SectionType::id).toList());
    }

    @Test
    void deliversTheEstimateAsAmountAndCurrency() {
        assertEquals(
                Json.createObjectBuilder()
                        .add("amount", 2400000)
                        .add("currency", "EUR")
                        .build(),
                tender.toDelivery(ItemView.of(eindhoven, "en")).get("estimatedValue"));
    }

    @Test
    void aValueNeedsItsCurrencyToBePublished() {
        ItemContent noCurrency = eindhoven.toBuilder().withoutShared("currency").build();

        assertEquals(List.of(), tender.validate(noCurrency, ValidationMode.DRAFT));
        assertEquals(
                List.of(Violation.of("/shared/currency", "tender-notice.currency-missing")),
                tender.validate(noCurrency, ValidationMode.PUBLISH));
    }

    @Test
    void aCurrencyIsAnIso4217Code() {
        assertEquals(
                List.of("tender-notice.currency-unknown"),
                tender.validate(eindhoven.toBuilder().shared("currency", "eur").build(), ValidationMode.DRAFT).stream()
                        .map(Violation::messageKey)
                        .toList());
    }

    @Test
    void rendersForReadersTheValueWithItsCurrencyAndTheDeadlineAsATime() {
        EscapingHtmlSink sink = new EscapingHtmlSink(new RichTextSanitizer());

        tender.render(ItemView.of(eindhoven, "en"), sink);

        String html = sink.html();
        assertTrue(html.startsWith("<article class=\"item item-tender-notice\"><h3>"), html);
        assertTrue(html.contains("<dt>Estimated value</dt><dd>2,400,000 EUR</dd>"), html);
        assertTrue(html.contains("<dt>Submission deadline</dt><dd><time datetime=\""), html);
    }
}
