package org.bulletincms.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one translatable text of an issue in an exchange file, stable across exports: whose it is (an item or a
 * rubric), its id, and the path of the text in the owner's values, {@code body}, {@code ledBy.0} or
 * {@code activities.1.term}. Written {@code item:<uuid>:<path>}, which is an XML NMTOKEN as XLIFF 2 requires of a
 * unit id (no '/').
 *
 * @param owner   an item's field or a rubric's title
 * @param ownerId the item's or the rubric's id
 * @param path    the field's name, then for list fields the entry's index and, for entries with members, the member
 */
public record UnitId(Owner owner, UUID ownerId, String path) {

    private static final Pattern FORM = Pattern.compile(
            "(item|rubric):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+){0,2})");

    /** What a unit's text belongs to. */
    public enum Owner {
        ITEM,
        RUBRIC;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public UnitId {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(path, "path");
    }

    public static UnitId ofItem(UUID item, String path) {
        return new UnitId(Owner.ITEM, item, path);
    }

    public static UnitId ofRubric(UUID rubric) {
        return new UnitId(Owner.RUBRIC, rubric, "title");
    }

    /** The id a file names, if it is one this product writes. */
    public static Optional<UnitId> parse(String value) {
        Matcher matcher = FORM.matcher(value == null ? "" : value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new UnitId(
                Owner.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)),
                UUID.fromString(matcher.group(2)),
                matcher.group(3)));
    }

    /** The field the text is in. */
    public String field() {
        return steps().get(0);
    }

    /** The path's steps: the field, then an entry's index and member, if any. */
    public List<String> steps() {
        return Arrays.asList(path.split("\\."));
    }

    public String value() {
        return owner.code() + ":" + ownerId + ":" + path;
    }

    @Override
    public String toString() {
        return value();
    }
}
