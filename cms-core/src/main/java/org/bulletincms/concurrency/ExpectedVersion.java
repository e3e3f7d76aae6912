package org.bulletincms.concurrency;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The version a change says it changes, as the client sent it in {@code If-Match}: one or more quoted tags, or
 * {@code *} for whatever is current. Absent when the client sent none.
 *
 * @param ifMatch the header's value, if the request had one that is not blank
 */
public record ExpectedVersion(Optional<String> ifMatch) {

    public ExpectedVersion {
        Objects.requireNonNull(ifMatch, "ifMatch");
        ifMatch = ifMatch.filter(value -> !value.isBlank());
    }

    /** From the header's value, which is {@code null} when the request had none. */
    public static ExpectedVersion ofHeader(String ifMatch) {
        return new ExpectedVersion(Optional.ofNullable(ifMatch));
    }

    /**
     * Refuses the change unless it names {@code currentTag} (unquoted), or {@code *}.
     *
     * @throws VersionRequired when no version was named
     * @throws StaleVersion    when the version named is not the current one
     */
    public void require(String currentTag) {
        require(currentTag, List.of());
    }

    /**
     * Refuses the change unless it names {@code currentTag}, one of {@code alsoAccepted} (the current tag of
     * something whose version covers this one, such as the issue an item is part of), or {@code *}. A refusal
     * carries {@code currentTag}.
     */
    public void require(String currentTag, List<String> alsoAccepted) {
        String header = ifMatch.orElseThrow(VersionRequired::new);
        List<String> named =
                List.of(header.split(",")).stream().map(String::trim).toList();
        if (named.contains("*")
                || named.contains(quoted(currentTag))
                || alsoAccepted.stream().map(ExpectedVersion::quoted).anyMatch(named::contains)) {
            return;
        }
        throw new StaleVersion(currentTag);
    }

    private static String quoted(String tag) {
        return "\"" + tag + "\"";
    }
}
