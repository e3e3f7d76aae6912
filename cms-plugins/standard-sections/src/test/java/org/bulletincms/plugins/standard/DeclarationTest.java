package org.bulletincms.plugins.standard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeclarationTest {

    @Test
    void previewNumbersCommitmentsAsTheNewsletterDoes() {
        String html = Rendering.preview(new Declaration(), Seeds.item("declaration/2024-2-chaillot.json"), "zh-CN");

        assertTrue(
                html.contains(
                        "<ol class=\"commitments\"><li><span class=\"number\">01</span> 实施路线图、监管框架以及强制性建筑和能源规范，以实现碳中和建筑</li>"),
                html);
        assertTrue(html.contains("<li><span class=\"number\">09</span> 发展多层次治理"), html);
    }
}
