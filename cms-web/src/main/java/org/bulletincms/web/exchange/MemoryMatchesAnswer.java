package org.bulletincms.web.exchange;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bulletincms.exchange.ExchangeUnit;
import org.bulletincms.exchange.MemoryMatch;
import org.bulletincms.exchange.ParagraphMatches;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the translation memory offers an issue's texts in one target locale: the units it has matches for. */
@Schema(
        name = "TranslationMemoryMatches",
        description =
                "Per text of the issue that the memory has a match for (as a whole or in a paragraph): exact (100)"
                        + " and near matches, best first.")
public record MemoryMatchesAnswer(
        @Schema(required = true, description = "Units with at least one match, in reading order")
        List<Unit> units) {

    static MemoryMatchesAnswer of(List<ExchangeUnit> suggestions) {
        return new MemoryMatchesAnswer(suggestions.stream().map(Unit::of).toList());
    }

    /** One text of the issue and its matches. */
    @Schema(name = "TranslationMemoryUnit", description = "A text of the issue and what the memory offers for it.")
    @JsonbPropertyOrder({"id", "source", "state", "matches", "paragraphs"})
    public record Unit(
            @Schema(required = true, description = "The unit's id, as in the XLIFF export", example = "item:0b7c…:body")
            String id,

            @Schema(required = true, description = "The source text, words only (no markup)")
            String source,

            @Schema(
                    required = true,
                    description = "How far the current translation is along",
                    enumeration = {"initial", "translated", "final"})
            String state,

            @Schema(
                    required = true,
                    description = "For the text as a whole: the exact match first, if any, then near matches, most "
                            + "similar first")
            List<Match> matches,

            @Schema(
                    required = true,
                    description = "For a rich text of several paragraphs, its paragraphs that have matches; empty "
                            + "otherwise")
            List<Paragraph> paragraphs) {

        static Unit of(ExchangeUnit unit) {
            return new Unit(
                    unit.id().value(),
                    unit.source().words(),
                    unit.state().name().toLowerCase(Locale.ROOT),
                    unit.matches().stream().map(Match::of).toList(),
                    unit.paragraphs().stream().map(Paragraph::of).toList());
        }
    }

    /** One paragraph of a rich text and its matches. */
    @Schema(name = "TranslationMemoryParagraph", description = "A paragraph of a text and what the memory offers it.")
    @JsonbPropertyOrder({"paragraph", "source", "matches"})
    public record Paragraph(
            @Schema(required = true, minimum = "1", description = "Its place in the text, from 1")
            int paragraph,

            @Schema(required = true, description = "The paragraph, words only")
            String source,

            @Schema(required = true, description = "The exact match first, if any, then near matches")
            List<Match> matches) {

        static Paragraph of(ParagraphMatches paragraph) {
            return new Paragraph(
                    paragraph.paragraph(),
                    paragraph.source().words(),
                    paragraph.matches().stream().map(Match::of).toList());
        }
    }

    /** A translation published before. */
    @Schema(name = "TranslationMemoryMatch", description = "A translation of the same or a similar source text.")
    @JsonbPropertyOrder({"entry", "similarity", "source", "target", "targetHtml", "issue", "unit"})
    public record Match(
            @Schema(required = true, description = "The memory entry (editors may correct or delete it)")
            UUID entry,

            @Schema(
                    required = true,
                    minimum = "70",
                    maximum = "100",
                    description = "100 × (1 − edit distance / longer length) over code points of the words, rounded "
                            + "down; 100 only for the same source text")
            int similarity,

            @Schema(required = true, description = "The source text it translated, words only")
            String source,

            @Schema(required = true, description = "Its published translation, words only")
            String target,

            @Schema(
                    description = "For rich text only: its published translation with its markup (sanitised HTML), "
                            + "for the translation view to fill a rich-text field with when the translator asks")
            Optional<String> targetHtml,

            @Schema(description = "The issue it was published in; absent for an entry brought in from a TMX file")
            Optional<UUID> issue,

            @Schema(required = true, description = "Its unit id there")
            String unit) {

        static Match of(MemoryMatch match) {
            return new Match(
                    match.entry(),
                    match.similarity(),
                    match.source().words(),
                    match.target().words(),
                    match.source().hasCodes() ? Optional.of(match.target().html()) : Optional.empty(),
                    match.issue(),
                    match.unit());
        }
    }
}
