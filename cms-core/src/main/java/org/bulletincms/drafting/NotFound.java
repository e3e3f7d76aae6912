package org.bulletincms.drafting;

import org.bulletincms.refusal.Refusal;

/**
 * An issue, item, revision or translation memory entry that the request names does not exist (404). Answers {@code not-found}, the type it had
 * before refusals had codes; the detail says which of them is missing.
 */
public class NotFound extends Refusal {

    /** What was not found; its code is in the detail key ({@code detail.item-not-found}). */
    public enum What {
        ISSUE("issue"),
        ITEM("item"),
        REVISION("revision"),
        MEMORY_ENTRY("memory-entry");

        private final String code;

        What(String code) {
            this.code = code;
        }
    }

    private final What what;

    public NotFound(What what, Object id) {
        super("not-found", Kind.NOT_FOUND, "no " + what.code + " " + id, id);
        this.what = what;
    }

    @Override
    public String detailKey() {
        return what.code + "-not-found";
    }
}
