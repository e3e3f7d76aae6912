package org.bulletincms.exchange;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bulletincms.exchange.ImportReport.Outcome;
import org.bulletincms.exchange.ImportReport.UnitOutcome;
import org.bulletincms.issue.Issue;
import org.bulletincms.issue.Item;
import org.bulletincms.issue.Rubric;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.refusal.Refusal.FieldViolation;
import org.bulletincms.sectiontype.CheckedItemContent;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.spi.FieldKind;
import org.bulletincms.spi.FieldSpec;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.Json;
import org.bulletincms.spi.SectionType;
import org.bulletincms.spi.ValidationMode;
import org.bulletincms.spi.Violation;

/**
 * Decides, for a file already known to be for this issue and locale, what becomes of each unit, and what to write.
 * Writes nothing itself. The rules (docs/translation-exchange.md):
 * <ul>
 * <li>a unit is refused when its id names nothing translatable of the issue (or a shared field, or an item written
 * once, the same in every locale), appears twice,
 * is translated in some segments only, or its inline codes are unbalanced or not the source's;</li>
 * <li>a unit whose source changed since the export is outdated (by its fingerprint, or by its source text when a
 * tool dropped the fingerprint);</li>
 * <li>a unit without a target is unchanged;</li>
 * <li>an item is written whole or not at all, as the translation form writes it: its new values pass the section
 * type's checks (lengths, rich-text rules, the type's own rules) or its units are refused with the violations;
 * and an item with a refused or outdated unit is written not at all, its other units held, because writing
 * it would record the item's translation as made from the current source.</li>
 * </ul>
 */
final class ImportPlan {

    private final Issue issue;
    private final String source;
    private final String target;
    private final Function<String, Optional<SectionType>> types;
    private final ItemContentCheck check;
    private final Set<String> issueLocales;
    private final boolean mayRetitleRubrics;

    ImportPlan(
            Issue issue,
            String source,
            String target,
            Function<String, Optional<SectionType>> types,
            ItemContentCheck check,
            Set<String> issueLocales,
            boolean mayRetitleRubrics) {
        this.issue = issue;
        this.source = source;
        this.target = target;
        this.types = types;
        this.check = check;
        this.issueLocales = Set.copyOf(issueLocales);
        this.mayRetitleRubrics = mayRetitleRubrics;
    }

    /**
     * What to do.
     *
     * @param outcomes     per unit of the file, in its order
     * @param items        the items to write: each one's whole new values in the target locale
     * @param rubricTitles the rubrics to retitle: each one's new title in the target locale
     */
    record Result(List<UnitOutcome> outcomes, Map<UUID, JsonObject> items, Map<UUID, String> rubricTitles) {}

    /** A unit that passed its own checks: its new text at its place. */
    private record Candidate(int index, UnitId id, String text) {}

    Result plan(ReceivedFile file) {
        UnitOutcome[] outcomes = new UnitOutcome[file.units().size()];
        Map<String, Long> occurrences = file.units().stream()
                .collect(Collectors.groupingBy(ReceivedFile.ReceivedUnit::id, Collectors.counting()));
        Map<UUID, List<Candidate>> byItem = new LinkedHashMap<>();
        Set<UUID> blockedItems = new HashSet<>();
        Map<UUID, String> rubricTitles = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            ReceivedFile.ReceivedUnit unit = file.units().get(i);
            Optional<UnitId> id = UnitId.parse(unit.id());
            Optional<Known> known = id.flatMap(this::known);
            if (occurrences.get(unit.id()) > 1) {
                outcomes[i] = refused(unit, "xliff.unit-duplicate", Map.of("unit", unit.id()));
            } else if (id.isPresent() && writtenIn(id.get()).isPresent()) {
                outcomes[i] = refused(
                        unit,
                        "xliff.unit-written-once",
                        Map.of("unit", unit.id(), "locale", writtenIn(id.get()).get()));
            } else if (id.isPresent() && isShared(id.get())) {
                outcomes[i] = UnitOutcome.refused(unit.id(), List.of(sharedReadOnly(id.get())));
            } else if (known.isEmpty()) {
                outcomes[i] = refused(unit, "xliff.unit-unknown", Map.of("unit", unit.id()));
            } else {
                outcomes[i] = check(unit, id.get(), known.get()).orElse(null);
                if (outcomes[i] == null) {
                    String text = restored(unit, known.get());
                    if (id.get().owner() == UnitId.Owner.RUBRIC) {
                        outcomes[i] = rubric(unit, id.get(), text, rubricTitles);
                    } else {
                        byItem.computeIfAbsent(id.get().ownerId(), item -> new ArrayList<>())
                                .add(new Candidate(i, id.get(), text));
                    }
                }
            }
            if (outcomes[i] != null
                    && id.isPresent()
                    && id.get().owner() == UnitId.Owner.ITEM
                    && (outcomes[i].outcome() == Outcome.REFUSED || outcomes[i].outcome() == Outcome.OUTDATED)) {
                blockedItems.add(id.get().ownerId());
            }
        }
        Map<UUID, JsonObject> items = new LinkedHashMap<>();
        byItem.forEach((itemId, candidates) -> item(itemId, candidates, blockedItems.contains(itemId), outcomes)
                .ifPresent(values -> items.put(itemId, values)));
        return new Result(List.of(outcomes), items, rubricTitles);
    }

    /**
     * What a unit's id names: its current source as stored and as inline text, and for an item's unit its field.
     */
    private record Known(String stored, InlineText source, Optional<FieldSpec> spec) {

        boolean rich() {
            return spec.filter(field -> field.kind() == FieldKind.RICH_TEXT).isPresent();
        }
    }

    private Optional<Known> known(UnitId id) {
        if (id.owner() == UnitId.Owner.RUBRIC) {
            return issue.rubrics().stream()
                    .filter(rubric -> rubric.id().equals(id.ownerId()))
                    .findFirst()
                    .filter(rubric -> id.path().equals("title"))
                    .flatMap(rubric -> rubric.title().in(LocaleTag.of(source)))
                    .filter(title -> !title.isEmpty())
                    .map(title -> new Known(title, InlineText.plain(title), Optional.empty()));
        }
        Optional<Item> item = issue.findItem(id.ownerId());
        Optional<SectionType> type = item.flatMap(found -> types.apply(found.sectionType()));
        Optional<FieldSpec> spec = type.flatMap(found -> found.fields().stream()
                .filter(field -> field.name().equals(id.field()))
                .findFirst()
                .filter(TextLeaves::exchanged));
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        JsonValue value = IssueTexts.localized(item.get().content(), source).get(id.field());
        return TextLeaves.at(value == null ? JsonValue.NULL : value, id.steps())
                .map(text -> new Known(
                        text,
                        spec.get().kind() == FieldKind.RICH_TEXT ? InlineText.fromHtml(text) : InlineText.plain(text),
                        spec));
    }

    /**
     * The language of the item the unit names, when that item is written once and shown so in every locale: it
     * takes no translation (an old or hand-made file may still hold a unit for it).
     */
    private Optional<String> writtenIn(UnitId id) {
        return id.owner() == UnitId.Owner.ITEM
                ? issue.findItem(id.ownerId())
                        .flatMap(item -> ItemContent.fromJson(item.content()).sameInEveryLocale())
                : Optional.empty();
    }

    private boolean isShared(UnitId id) {
        return id.owner() == UnitId.Owner.ITEM
                && issue.findItem(id.ownerId())
                        .flatMap(item -> types.apply(item.sectionType()))
                        .flatMap(type -> type.fields().stream()
                                .filter(field -> field.name().equals(id.field()))
                                .findFirst())
                        .filter(field -> !field.isTranslatable())
                        .isPresent();
    }

    private FieldViolation sharedReadOnly(UnitId id) {
        String sectionType = issue.item(id.ownerId()).sectionType();
        return new FieldViolation(
                Violation.sharedField(id.field()),
                Violation.of(Violation.sharedField(id.field()), "field.shared-read-only", Map.of("field", id.field())),
                Optional.of(sectionType));
    }

    /** The unit's own checks; empty when it may be applied. */
    private Optional<UnitOutcome> check(ReceivedFile.ReceivedUnit unit, UnitId id, Known known) {
        String now = known.source().words();
        boolean sourceChanged = unit.fingerprint()
                .map(fingerprint -> !fingerprint.equals(IssueTexts.fingerprint(known.stored())))
                .orElseGet(() -> !unit.source().sameShapeAs(known.source()));
        if (sourceChanged) {
            return Optional.of(UnitOutcome.outdated(unit.id(), unit.source().words(), now));
        }
        if (unit.partlyTarget()) {
            return Optional.of(refused(unit, "xliff.unit-partly-translated", Map.of("unit", unit.id())));
        }
        if (unit.target().isEmpty()) {
            return Optional.of(UnitOutcome.of(unit.id(), Outcome.UNCHANGED));
        }
        InlineText.CodeCheck codes = unit.target().get().restoredFrom(known.source());
        if (codes instanceof InlineText.CodeCheck.Unbalanced) {
            return Optional.of(refused(
                    unit,
                    "xliff.codes-unbalanced",
                    Map.of("found", unit.target().get().codeList())));
        }
        if (codes instanceof InlineText.CodeCheck.Mismatched mismatch) {
            return Optional.of(refused(
                    unit,
                    "xliff.codes-mismatch",
                    Map.of("found", blankAsNone(mismatch.found()), "expected", blankAsNone(mismatch.expected()))));
        }
        return Optional.empty();
    }

    private static String blankAsNone(String codes) {
        return codes.isEmpty() ? "—" : codes;
    }

    /** The target as the value to store: HTML with the source's markup for rich text, words for other text. */
    private static String restored(ReceivedFile.ReceivedUnit unit, Known known) {
        InlineText restored =
                ((InlineText.CodeCheck.Restored) unit.target().orElseThrow().restoredFrom(known.source())).text();
        return known.rich() ? restored.html() : restored.words();
    }

    private UnitOutcome rubric(ReceivedFile.ReceivedUnit unit, UnitId id, String text, Map<UUID, String> titles) {
        Rubric rubric = issue.rubric(id.ownerId());
        if (rubric.title().in(LocaleTag.of(target)).filter(text::equals).isPresent()) {
            return UnitOutcome.of(unit.id(), Outcome.UNCHANGED);
        }
        if (!mayRetitleRubrics) {
            return refused(unit, "xliff.rubric-editors-only", Map.of());
        }
        titles.put(rubric.id(), text);
        return UnitOutcome.of(unit.id(), Outcome.APPLIED);
    }

    /**
     * The item's new values in the target locale, if it is to be written; fills in its units' outcomes. The values
     * are checked even when another unit holds the item back, so that each unit reports what is wrong with it.
     */
    private Optional<JsonObject> item(UUID itemId, List<Candidate> candidates, boolean blocked, UnitOutcome[] out) {
        Item item = issue.item(itemId);
        SectionType type = types.apply(item.sectionType()).orElseThrow();
        JsonObject sourceValues = IssueTexts.localized(item.content(), source);
        JsonObject current = IssueTexts.localized(item.content(), target);
        Map<String, JsonValue> fields = new LinkedHashMap<>(current);
        for (Candidate candidate : candidates) {
            String field = candidate.id().field();
            JsonValue sourceValue = sourceValues.get(field);
            JsonValue base = fields.containsKey(field) && TextLeaves.sameShape(fields.get(field), sourceValue)
                    ? fields.get(field)
                    : sourceValue;
            fields.put(field, TextLeaves.with(base, candidate.id().steps(), candidate.text()));
        }
        JsonObjectBuilder values = Json.createObjectBuilder();
        fields.forEach(values::add);
        JsonObject content = Json.createObjectBuilder(item.content())
                .add(
                        "localized",
                        Json.createObjectBuilder(item.content().getJsonObject("localized"))
                                .add(target, values))
                .build();
        // A translation changes texts only; the item's pictures are shared values the editor's write checked, and
        // a picture in use cannot be deleted, so every picture the item names is still held.
        CheckedItemContent checked =
                check.check(type, ItemContent.fromJson(content), ValidationMode.DRAFT, issueLocales, picture -> true);
        if (blocked || !checked.isAcceptable()) {
            for (Candidate candidate : candidates) {
                String field = Violation.localizedField(target, candidate.id().field());
                List<FieldViolation> own = checked.violations().stream()
                        .filter(v -> v.pointer().equals(field) || v.pointer().startsWith(field + "/"))
                        .map(v -> new FieldViolation(v.pointer(), v, Optional.of(type.id())))
                        .toList();
                out[candidate.index()] = own.isEmpty()
                        ? held(candidate, type)
                        : UnitOutcome.refused(candidate.id().value(), own);
            }
            return Optional.empty();
        }
        JsonObject sanitised = checked.content().localized(target);
        boolean changed = false;
        for (Candidate candidate : candidates) {
            List<String> steps = candidate.id().steps();
            Optional<String> before =
                    Optional.ofNullable(current.get(steps.get(0))).flatMap(value -> TextLeaves.at(value, steps));
            Optional<String> after =
                    Optional.ofNullable(sanitised.get(steps.get(0))).flatMap(value -> TextLeaves.at(value, steps));
            boolean applied = !before.equals(after);
            changed |= applied;
            out[candidate.index()] =
                    UnitOutcome.of(candidate.id().value(), applied ? Outcome.APPLIED : Outcome.UNCHANGED);
        }
        return changed ? Optional.of(sanitised) : Optional.empty();
    }

    private static UnitOutcome held(Candidate candidate, SectionType type) {
        return UnitOutcome.refused(
                candidate.id().value(),
                List.of(new FieldViolation("", Violation.of("", "xliff.item-held", Map.of()), Optional.of(type.id()))));
    }

    private static UnitOutcome refused(ReceivedFile.ReceivedUnit unit, String key, Map<String, Object> arguments) {
        return UnitOutcome.refused(unit.id(), List.of(FieldViolation.of("", key, arguments)));
    }
}
