package org.bulletincms.exchange;

import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * An uploaded TMX file is not one the memory reads (400), so nothing of it was looked at further and nothing
 * written: not well-formed XML, a DOCTYPE (refused before any entity is expanded), not TMX, or a TMX version other
 * than 1.4. {@code reason} says which, {@code line} where.
 */
public class TmxUnreadable extends Refusal {

    /** What is wrong with the file. */
    public enum Reason {
        NOT_WELL_FORMED,
        DOCTYPE,
        NOT_TMX,
        VERSION;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final int line;

    public TmxUnreadable(Reason reason, int line) {
        super("tmx-unreadable", Kind.MALFORMED, "TMX unreadable: " + reason + " at line " + line, line);
        this.reason = reason;
        this.line = line;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String detailKey() {
        return "tmx-unreadable-" + reason.code();
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of("reason", Json.createValue(reason.code()), "line", Json.createValue(line));
    }
}
