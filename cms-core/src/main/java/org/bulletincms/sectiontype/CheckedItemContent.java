package org.bulletincms.sectiontype;

import java.util.List;
import java.util.Objects;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.Violation;

/**
 * The outcome of checking content: the content with its rich text sanitised, which is what may be
 * stored, and every violation found.
 *
 * @param content    the sanitised content
 * @param violations every violation, generic ones first, then the section type's own
 */
public record CheckedItemContent(ItemContent content, List<Violation> violations) {

    public CheckedItemContent {
        Objects.requireNonNull(content, "content");
        violations = List.copyOf(violations);
    }

    /** Whether the content may be stored (for a draft) or published, depending on the mode checked. */
    public boolean isAcceptable() {
        return violations.isEmpty();
    }
}
