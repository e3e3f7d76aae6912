package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.bulletincms.spi.ItemView;
import org.junit.jupiter.api.Test;

class DeclarationTest {

    private final Declaration declaration = new Declaration();

    @Test
    void previewNumbersCommitmentsAsTheNewsletterDoes() {
        String html = Rendering.preview(declaration, Seeds.item("declaration/2024-2-chaillot.json"), "zh-CN");

        assertTrue(
                html.contains(
                        "<ol class=\"commitments\"><li><span class=\"number\">01</span> 实施路线图、监管框架以及强制性建筑和能源规范，以实现碳中和建筑</li>"),
                html);
        assertTrue(html.contains("<li><span class=\"number\">09</span> 发展多层次治理"), html);
    }

    @Test
    void deliversEachCommitmentWithItsNumberKeepingTheSeedsRepeatedText() {
        JsonArray commitments = declaration
                .toDelivery(ItemView.of(Seeds.item("declaration/2024-2-chaillot.json"), "zh-CN"))
                .getJsonArray("commitments");

        List<String> numbers = commitments.getValuesAs(JsonObject.class).stream()
                .map(commitment -> commitment.getString("number"))
                .toList();
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09"), numbers);
        assertEquals("促进合作价值链，以及创新解决方案的研发", commitments.getJsonObject(5).getString("text"));
        assertEquals(
                commitments.getJsonObject(5).getString("text"),
                commitments.getJsonObject(7).getString("text"),
                "06 and 08 read the same, as the publisher wrote them");
    }

    @Test
    void theDeliverySchemaDescribesNumberedCommitments() {
        JsonObject commitments =
                declaration.deliverySchema().getJsonObject("properties").getJsonObject("commitments");

        assertEquals("array", commitments.getString("type"));
        assertEquals(
                List.of("number", "text"),
                List.copyOf(commitments
                        .getJsonObject("items")
                        .getJsonObject("properties")
                        .keySet()));
    }
}
