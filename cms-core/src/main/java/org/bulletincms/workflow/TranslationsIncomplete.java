package org.bulletincms.workflow;

import java.util.List;
import org.bulletincms.translation.ItemLocaleStatus;

/** The issue cannot go to review (or a locale be marked done) while translations are missing or outdated (409). */
public class TranslationsIncomplete extends RuntimeException {

    private final List<ItemLocaleStatus> blocking;

    public TranslationsIncomplete(List<ItemLocaleStatus> blocking) {
        super(blocking.size() + " translation(s) missing or outdated");
        this.blocking = List.copyOf(blocking);
    }

    public List<ItemLocaleStatus> blocking() {
        return blocking;
    }
}
