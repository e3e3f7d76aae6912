package org.bulletincms.web.issue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletincms.drafting.IssueView;
import org.bulletincms.drafting.ItemView;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ResolvedItemContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The table of contents (目录) of an issue in one locale, derived from the rubric titles and each item's contents
 * line (its contents title, else its title; none for types not listed in the contents); where the locale lacks
 * one the source locale's is given and marked as a fallback. Untitled rubrics (closing matter such as the
 * colophon) and items without any title are not listed.
 */
@Schema(name = "TableOfContents", description = "The titled rubrics and their titled items, in order, in one locale.")
@JsonbPropertyOrder({"locale", "rubrics"})
public record TableOfContentsDocument(
        @Schema(required = true, description = "The locale tag the titles are in", example = "zh-CN")
        String locale,

        @Schema(required = true) List<RubricEntry> rubrics) {

    /** A titled rubric. */
    @Schema(name = "TableOfContentsRubric")
    @JsonbPropertyOrder({"rubric", "title", "items"})
    public record RubricEntry(
            @Schema(required = true, format = "uuid") String rubric,

            @Schema(description = "Absent when the rubric has no title in this locale nor in the source locale")
            Optional<String> title,

            @Schema(required = true) List<ItemEntry> items) {}

    /** A titled item. */
    @Schema(name = "TableOfContentsItem")
    @JsonbPropertyOrder({"item", "title", "fallbackLocale"})
    public record ItemEntry(
            @Schema(required = true, format = "uuid") String item,

            @Schema(required = true) String title,

            @Schema(description = "Present when the title is the source locale's, this locale having none")
            Optional<String> fallbackLocale) {}

    static TableOfContentsDocument of(IssueView issue, LocaleTag locale, InstalledSectionTypes types) {
        LocaleTag source = issue.locales().source();
        List<RubricEntry> rubrics = new ArrayList<>();
        for (IssueView.RubricItems rubric : issue.rubrics()) {
            if (rubric.title().isEmpty()) {
                continue;
            }
            List<ItemEntry> items = new ArrayList<>();
            for (ItemView item : rubric.items()) {
                // The view's content is already upgraded to the installed schema version (or kept verbatim when
                // orphaned, which resolves as orphaned again), so resolving it again changes nothing.
                if (!(types.resolve(item.type(), item.schemaVersion(), item.content())
                        instanceof ResolvedItemContent resolved)) {
                    continue;
                }
                // The language readers see: the locale's own, the source's when untranslated, or the one language
                // of an item that is the same in every locale.
                String shown = resolved.content().shownIn(locale.value(), source.value());
                Optional<String> line = resolved.contentsLine(shown);
                String lineLocale = line.isPresent() ? shown : source.value();
                line.or(() -> resolved.contentsLine(source.value()))
                        .ifPresent(title -> items.add(new ItemEntry(
                                item.id().toString(),
                                title,
                                lineLocale.equals(locale.value()) ? Optional.empty() : Optional.of(lineLocale))));
            }
            Optional<String> title =
                    rubric.title().in(locale).or(() -> rubric.title().in(source));
            rubrics.add(new RubricEntry(rubric.id().toString(), title, items));
        }
        return new TableOfContentsDocument(locale.value(), rubrics);
    }
}
