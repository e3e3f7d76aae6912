package org.bulletincms.sectiontype.testkit;

import java.util.Objects;
import org.bulletincms.spi.ItemContent;

/**
 * One piece of content to try a section type with, and what it stands for (shown as the test's name).
 *
 * @param description what the sample is, e.g. "COP26 event from issue 2021/4"
 * @param content     the content
 */
public record Sample(String description, ItemContent content) {

    public Sample {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return description;
    }
}
