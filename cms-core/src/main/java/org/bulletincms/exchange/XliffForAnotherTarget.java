package org.bulletincms.exchange;

import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import org.bulletincms.refusal.Refusal;
import org.bulletincms.spi.Json;

/**
 * An uploaded XLIFF file was made for another issue, another target locale or from another source locale than the
 * one it is uploaded to (409): applied here, its texts would land in the wrong place, so none is. {@code what} says
 * which, {@code named} what the file names and {@code expected} what it should.
 */
public class XliffForAnotherTarget extends Refusal {

    /** What the file names otherwise. */
    public enum What {
        ISSUE,
        TARGET_LOCALE,
        SOURCE_LOCALE;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final What what;
    private final String named;
    private final String expected;

    public XliffForAnotherTarget(What what, String named, String expected) {
        super(
                "xliff-other-target",
                Kind.CONFLICT,
                "XLIFF file names " + what + " " + named + ", not " + expected,
                named,
                expected);
        this.what = what;
        this.named = named;
        this.expected = expected;
    }

    public What what() {
        return what;
    }

    @Override
    public String detailKey() {
        return "xliff-other-" + what.code();
    }

    @Override
    public Map<String, JsonValue> facts() {
        return Map.of(
                "what", Json.createValue(what.code()),
                "named", Json.createValue(named),
                "expected", Json.createValue(expected));
    }
}
