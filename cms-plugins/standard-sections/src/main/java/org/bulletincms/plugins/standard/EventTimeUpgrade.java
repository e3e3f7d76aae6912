package org.bulletincms.plugins.standard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletincms.spi.ItemContent;
import org.bulletincms.spi.LocalizedText;
import org.bulletincms.spi.SchemaUpgrade;

/**
 * Event schema 1 to 2. Version 1 had a {@code date} and a free-text {@code time} copied from the
 * flyer, such as “13:30-14:45 GMT” or “17:00–17:45 (UTC+02:00)”, which front ends could neither sort
 * nor convert. Version 2 has {@code start} and {@code end} with their offset.
 *
 * <p>A time in one of the flyers' forms becomes start and end on that date (an end earlier than the
 * start is on the next day). A time that says no offset, or that cannot be read, is not guessed at:
 * the old date and time are added to the description in every language, where an editor sees them,
 * and the missing start then stops publishing until someone fills it in.
 */
final class EventTimeUpgrade implements SchemaUpgrade {

    private static final Pattern FLYER_TIME = Pattern.compile(
            "(\\d{1,2})[:：](\\d{2})\\s*(?:[-–—~至到]\\s*(\\d{1,2})[:：](\\d{2}))?\\s*[(（]?\\s*(GMT|UTC)\\s*([+-]\\d{1,2}(?::?\\d{2})?)?\\s*[)）]?",
            Pattern.CASE_INSENSITIVE);
    private static final LocalizedText TIME_NOTE = LocalizedText.of("原时间：", "Time as first written: ");

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public ItemContent upgrade(ItemContent content) {
        Optional<LocalDate> date = content.sharedDate("date");
        Optional<String> time = content.sharedText("time");
        ItemContent.Builder upgraded = content.toBuilder().withoutShared("date").withoutShared("time");
        Optional<Times> times = date.flatMap(day -> time.flatMap(text -> read(day, text)));
        if (times.isPresent()) {
            upgraded.shared(Event.START, times.get().start().toString());
            times.get().end().ifPresent(end -> upgraded.shared(Event.END, end.toString()));
        } else if (date.isPresent() || time.isPresent()) {
            String written = (content.sharedText("date").orElse("") + " " + time.orElse("")).strip();
            noteInDescriptions(content, upgraded, written);
        }
        return upgraded.build();
    }

    private record Times(ZonedDateTime start, Optional<ZonedDateTime> end) {}

    private static Optional<Times> read(LocalDate date, String text) {
        Matcher flyer = FLYER_TIME.matcher(text.strip());
        if (!flyer.matches()) {
            return Optional.empty();
        }
        try {
            // “13:30 GMT” stays in the zone GMT, so that readers see the flyer's GMT rather than a UTC offset.
            ZoneId zone = flyer.group(6) == null
                    ? ZoneId.of(flyer.group(5).toUpperCase(Locale.ROOT))
                    : ZoneOffset.of(flyer.group(6));
            ZonedDateTime start = ZonedDateTime.of(date, time(flyer.group(1), flyer.group(2)), zone);
            if (flyer.group(3) == null) {
                return Optional.of(new Times(start, Optional.empty()));
            }
            ZonedDateTime end = ZonedDateTime.of(date, time(flyer.group(3), flyer.group(4)), zone);
            return Optional.of(new Times(start, Optional.of(end.isAfter(start) ? end : end.plusDays(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalTime time(String hours, String minutes) {
        return LocalTime.of(Integer.parseInt(hours), Integer.parseInt(minutes));
    }

    /** Every language gets the note, so that no translation silently loses the time. */
    private static void noteInDescriptions(ItemContent content, ItemContent.Builder upgraded, String written) {
        Set<String> locales = content.locales().isEmpty() ? Set.of(LocalizedText.ENGLISH) : content.locales();
        for (String locale : locales) {
            String description = content.localizedText(locale, "description").orElse("");
            upgraded.localized(
                    locale,
                    "description",
                    description + "<p>" + Prose.escape(TIME_NOTE.get(locale) + written) + "</p>");
        }
    }
}
