package org.bulletincms.web.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language ranges of an {@code Accept-Language} header (RFC 9110 §12.5.4), most wanted first. One parser for
 * the delivery resources and for {@link DeliveryCacheHandler} on the I/O thread, so both negotiate the same locale
 * for the same header. Ranges with {@code q=0} are not acceptable and are left out; an unreadable range is
 * skipped rather than refused, as a front end's browser sent it, not the front end.
 */
final class AcceptLanguage {

    private AcceptLanguage() {}

    static List<Locale> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<Weighted> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].trim();
            if (range.isEmpty()) {
                continue;
            }
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                    quality = quality(parameter.substring(2)).orElse(1.0);
                }
            }
            if (quality > 0) {
                ranges.add(new Weighted(locale(range), quality));
            }
        }
        // A stable sort: equally wanted ranges keep the client's order.
        ranges.sort(Comparator.comparingDouble(Weighted::quality).reversed());
        return ranges.stream().map(Weighted::locale).toList();
    }

    @SuppressWarnings("deprecation") // Locale.of is Java 19; "*" is no language tag Locale.forLanguageTag reads
    private static Locale locale(String range) {
        return range.equals("*") ? new Locale("*") : Locale.forLanguageTag(range);
    }

    private static Optional<Double> quality(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return value >= 0 && value <= 1 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Weighted(Locale locale, double quality) {}
}
