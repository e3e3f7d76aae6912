package org.bulletincms.webhook;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A host written as a number in one of the forms C's {@code inet_aton} accepts: one to four parts, each
 * decimal, octal (leading {@code 0}) or hexadecimal ({@code 0x}), the last part filling the remaining bytes.
 * Programs disagree about these: curl and glibc read {@code 0177.0.0.1} as 127.0.0.1, Java as 177.0.0.1; Java
 * reads {@code 2130706433} and {@code 127.1} as 127.0.0.1. So the SSRF guard cannot know which address a receiver
 * URL means, and refuses every such host except the one form all agree on: four decimal parts without leading
 * zeros ({@code 93.184.215.14}).
 */
final class NumericHost {

    private static final Pattern INET_ATON = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

    private NumericHost() {}

    /**
     * Whether {@code host} is a numeric form other than plain dotted-quad decimal; an out-of-range plain
     * dotted quad ({@code 256.1.1.1}) is ambiguous too.
     */
    static boolean isAmbiguous(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (!INET_ATON.matcher(lower).matches()) {
            return false;
        }
        if (!DOTTED_QUAD.matcher(lower).matches()) {
            return true;
        }
        for (String part : lower.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return true;
            }
        }
        return false;
    }
}
