package org.bulletincms.web.problem;

import java.time.Duration;
import java.util.Map;

/** A bearer token that cannot be checked because the sign-in service does not answer: 503, try again later. */
public final class SignInUnavailable extends ApiProblem {

    private final Duration retryAfter;

    public SignInUnavailable(Duration retryAfter) {
        super(ProblemType.SIGN_IN_UNAVAILABLE, "detail.sign-in-unavailable", retryAfter.toSeconds());
        this.retryAfter = retryAfter;
    }

    @Override
    public Map<String, String> responseHeaders() {
        return Map.of("Retry-After", Long.toString(retryAfter.toSeconds()));
    }
}
