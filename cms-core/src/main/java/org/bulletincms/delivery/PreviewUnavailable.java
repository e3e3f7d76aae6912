package org.bulletincms.delivery;

import org.bulletincms.refusal.Refusal;

/**
 * A preview link that shows nothing (404): no link has the token, or it expired or was revoked. Answers
 * {@code not-found} without saying which, so that a token cannot be probed.
 */
public class PreviewUnavailable extends Refusal {

    public PreviewUnavailable() {
        super("not-found", Kind.NOT_FOUND, "no usable preview link");
    }

    @Override
    public String detailKey() {
        return "preview-expired";
    }
}
