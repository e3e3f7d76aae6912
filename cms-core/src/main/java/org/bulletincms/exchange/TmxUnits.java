package org.bulletincms.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.RichTextSanitizer;

/**
 * The rules for one translation unit of an imported TMX file. It needs a segment in the pair's source locale and one
 * in its target locale, by language tag, ignoring case ({@code zh}, or a regional tag of it such as {@code zh-CN});
 * neither may be blank. A unit with inline codes is rich text: each segment's HTML (its native markup, which is
 * untrusted) is sanitised as every rich-text field is, and the translation must then have the source's elements,
 * each once, none added, as for an XLIFF import. A unit whose markup the sanitiser drops whole is plain text.
 */
final class TmxUnits {

    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    private TmxUnits() {}

    /** What checking a unit found. */
    sealed interface Checked permits Pair, Refused {}

    /**
     * A unit to keep: the texts as the memory stores them (for rich text the HTML of its inline text, as recorded at
     * publication; the words otherwise), and the source's fingerprint as an export computes it for a field holding
     * that text (of the sanitised HTML, as fields store it), so the entry is found as an exact match.
     */
    record Pair(String source, String target, boolean richText, String fingerprint) implements Checked {}

    /** A unit not kept, and why. */
    record Refused(List<FieldViolation> reasons) implements Checked {}

    static Checked check(ReceivedMemory.Tu tu, String source, String target) {
        Optional<ReceivedMemory.Segment> from = segment(tu, source);
        Optional<ReceivedMemory.Segment> to = segment(tu, target);
        for (var named : List.of(Map.entry(source, from), Map.entry(target, to))) {
            if (named.getValue().isEmpty()) {
                return refused("tmx.locale-missing", tu, named.getKey());
            }
            if (named.getValue().get().words().isBlank()) {
                return refused("tmx.segment-empty", tu, named.getKey());
            }
        }
        ReceivedMemory.Segment sourceSegment = from.orElseThrow();
        ReceivedMemory.Segment targetSegment = to.orElseThrow();
        if (!sourceSegment.coded() && !targetSegment.coded()) {
            return plain(sourceSegment.words(), targetSegment.words());
        }
        String sourceHtml = SANITIZER.sanitise(sourceSegment.html());
        String targetHtml = SANITIZER.sanitise(targetSegment.html());
        InlineText sourceText = InlineText.fromHtml(sourceHtml);
        InlineText targetText = InlineText.fromHtml(targetHtml);
        if (!sourceText.hasCodes() && !targetText.hasCodes()) {
            return plain(sourceText.words(), targetText.words());
        }
        InlineText.CodeCheck codes = targetText.restoredFrom(sourceText);
        if (codes instanceof InlineText.CodeCheck.Unbalanced) {
            return new Refused(List.of(FieldViolation.of(
                    "", "xliff.codes-unbalanced", Map.of("found", noneIfBlank(targetText.codeList())))));
        }
        if (codes instanceof InlineText.CodeCheck.Mismatched mismatch) {
            return new Refused(List.of(FieldViolation.of(
                    "",
                    "xliff.codes-mismatch",
                    Map.of("found", noneIfBlank(mismatch.found()), "expected", noneIfBlank(mismatch.expected())))));
        }
        return new Pair(sourceText.html(), targetText.html(), true, IssueTexts.fingerprintOfHtml(sourceHtml));
    }

    private static Pair plain(String source, String target) {
        return new Pair(source, target, false, IssueTexts.fingerprint(source));
    }

    /** The unit's segment in the locale: its own tag first, else a regional tag of it. */
    private static Optional<ReceivedMemory.Segment> segment(ReceivedMemory.Tu tu, String locale) {
        String wanted = locale.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(tu.segments().get(wanted))
                .or(() -> tu.segments().entrySet().stream()
                        .filter(segment -> segment.getKey().startsWith(wanted + "-"))
                        .map(Map.Entry::getValue)
                        .findFirst());
    }

    private static Refused refused(String key, ReceivedMemory.Tu tu, String locale) {
        return new Refused(List.of(FieldViolation.of("", key, Map.of("unit", tu.id(), "locale", locale))));
    }

    private static String noneIfBlank(String codes) {
        return codes.isEmpty() ? "—" : codes;
    }
}
