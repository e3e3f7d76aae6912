package org.bulletincms.web.problem;

import java.util.Optional;

/** Looks through a failure's causes: containers wrap what was thrown (transactions, CDI, JAX-RS). */
final class Causes {

    /** Deep enough for every wrapping seen; a cycle in a cause chain cannot loop. */
    private static final int MAX_DEPTH = 20;

    private Causes() {}

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
