package org.bulletincms.web.security.layeringviolation;

import org.bulletincms.web.problem.ProblemType;

/** Deliberately bad (LayeringRulesBiteTest): security reaching into problem, which already depends on security. */
public class SecurityThatAnswersProblems {

    public ProblemType refusal() {
        return ProblemType.MALFORMED_REQUEST;
    }
}
