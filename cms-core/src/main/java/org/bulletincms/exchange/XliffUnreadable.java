package org.bulletincms.exchange;

import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * An uploaded file is not an XLIFF file the exchange reads (400), so nothing of it was looked at further and nothing
 * written: it is not well-formed XML, declares a DOCTYPE (which could define entities: refused before any is
 * expanded), is not XLIFF, or is of a version other than 2.x and 1.2. {@code reason} says which, {@code line} where.
 */
public class XliffUnreadable extends Refusal {

    /** What is wrong with the file. */
    public enum Reason {
        NOT_WELL_FORMED,
        DOCTYPE,
        NOT_XLIFF,
        VERSION;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final int line;

    public XliffUnreadable(Reason reason, int line) {
        super("xliff-unreadable", Kind.MALFORMED, "XLIFF unreadable: " + reason + " at line " + line, line);
        this.reason = reason;
        this.line = line;
    }

    public Reason reason() {
        return reason;
    }

    /** The line the reader was at, 0 when it cannot tell. */
    public int line() {
        return line;
    }

    @Override
    public String detailKey() {
        return "xliff-unreadable-" + reason.code();
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("reason", Json.createValue(reason.code()), "line", Json.createValue(line));
    }
}
