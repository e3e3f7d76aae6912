package org.bulletincms.web.issue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bulletincms.issue.ItemDraft;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.CheckedItemContent;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.MalformedItemContent;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;
import org.bulletincms.web.request.InvalidRequest;

/**
 * Turns the {@code content} of an item request into an {@link ItemDraft}: the section type checks it
 * (leniently, as a draft: required fields may still be empty) and rich text is sanitised. Every violation
 * comes back at once, each with a JSON pointer into the request body.
 */
final class ItemInput {

    private ItemInput() {}

    static ItemDraft draft(SectionType type, JsonObject contentJson, Set<String> issueLocales, ItemContentCheck check) {
        ItemContent content;
        try {
            content = ItemContent.fromJson(contentJson);
        } catch (MalformedItemContent e) {
            throw invalid(List.of(e.violation()), type);
        }
        CheckedItemContent checked = check.check(type, content, ValidationMode.DRAFT, issueLocales);
        if (!checked.isAcceptable()) {
            throw invalid(checked.violations(), type);
        }
        return new ItemDraft(
                type.id(), type.schemaVersion(), checked.content().toJson().toString());
    }

    /** Each violation at its place in the request, worded by the section type when the problem is answered. */
    private static InvalidRequest invalid(List<Violation> violations, SectionType type) {
        return new InvalidRequest(violations.stream()
                .map(violation ->
                        new FieldViolation("/content" + violation.pointer(), violation, Optional.of(type.id())))
                .toList());
    }
}
