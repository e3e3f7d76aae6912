package org.bulletincms.spi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of {@link FieldKind#DATE} and {@link FieldKind#ZONED_DATE_TIME} values, shared by
 * the core's checks and plugins' cross-field rules so that the two never disagree about what a
 * valid date is.
 *
 * @since 0.1
 */
public final class IsoTemporal {

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_DATE_TIME_LENGTH = FieldKind.ZONED_DATE_TIME.defaultMaxLength();

    private IsoTemporal() {}

    /**
     * A {@code yyyy-mm-dd} date, or empty when the text is anything else (including 2023-02-29).
     *
     * @since 0.1
     */
    public static Optional<LocalDate> date(String text) {
        if (text == null || !DATE_SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An ISO-8601 date-time with offset and optional region zone
     * ({@code 2024-05-29T17:00+02:00[Europe/Zurich]}), or empty when the text is anything else or its
     * offset is not the zone's offset at that time.
     *
     * @since 0.1
     */
    public static Optional<ZonedDateTime> zonedDateTime(String text) {
        if (text == null || text.length() > MAX_DATE_TIME_LENGTH) {
            return Optional.empty();
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
            ZonedDateTime dateTime = ZonedDateTime.from(parsed);
            // ZonedDateTime silently moves the wall-clock time when offset and zone disagree; an
            // announced time must never move, so the disagreement is an invalid value instead.
            if (dateTime.getOffset().getTotalSeconds() != parsed.get(ChronoField.OFFSET_SECONDS)) {
                return Optional.empty();
            }
            return Optional.of(dateTime);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
