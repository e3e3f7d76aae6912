package org.bulletincms.web.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletincms.locale.LocaleTag;
import org.bulletincms.locale.TextByLocale;
import org.bulletincms.publication.PublicationLocales;
import org.bulletincms.refusal.Refusal.FieldViolation;

/**
 * The errors a resource finds in a request record beyond its shape (a locale the publication does not have, an item
 * not in the issue), collected so that every one is reported at once, each at its JSON pointer.
 */
public final class RequestErrors {

    private final List<FieldViolation> errors = new ArrayList<>();

    /**
     * Records an error at {@code pointer}: {@code key} is the {@code code} clients see and the key of its sentence in
     * the core's violation messages, worded in the caller's language when the problem is answered.
     */
    public void reject(String pointer, String key, Map<String, Object> arguments) {
        errors.add(FieldViolation.of(pointer, key, arguments));
    }

    public boolean hasErrorAt(String pointer) {
        return errors.stream().anyMatch(error -> error.pointer().equals(pointer));
    }

    /** Throws {@link InvalidRequest} listing every error found, if any. */
    public void verify() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /**
     * Texts by locale tag, each tag one of the publication's languages ({@code locale.not-of-publication} at
     * {@code pointer/tag} otherwise).
     */
    public TextByLocale inLocales(String pointer, Map<String, String> given, PublicationLocales locales) {
        Map<LocaleTag, String> texts = new LinkedHashMap<>();
        given.forEach((tag, text) -> {
            if (LocaleTag.isWellFormed(tag) && locales.all().contains(LocaleTag.of(tag))) {
                texts.put(LocaleTag.of(tag), text);
            } else {
                reject(
                        pointer + "/" + token(tag),
                        "locale.not-of-publication",
                        Map.of("locale", tag, "locales", String.valueOf(locales.all())));
            }
        });
        return TextByLocale.of(texts);
    }

    /** A JSON pointer token for a member name (RFC 6901). */
    public static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
