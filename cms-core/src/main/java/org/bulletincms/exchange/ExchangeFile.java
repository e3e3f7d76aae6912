package org.bulletincms.exchange;

import java.util.List;
import java.util.UUID;

/** An issue's translatable texts for one target locale, in reading order: what an export writes. */
public record ExchangeFile(UUID issue, String sourceLocale, String targetLocale, List<ExchangeUnit> units) {

    /** The {@code original} an exchange file names its issue by. */
    public static String original(UUID issue) {
        return "urn:bulletin-cms:issue:" + issue;
    }

    public ExchangeFile {
        units = List.copyOf(units);
    }
}
