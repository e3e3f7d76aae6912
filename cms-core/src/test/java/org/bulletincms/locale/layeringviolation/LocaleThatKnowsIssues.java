package org.bulletincms.locale.layeringviolation;

import org.bulletincms.issue.Issue;

/** Deliberately bad (LayeringRulesBiteTest): locale reaching back into issue, which already depends on locale. */
public class LocaleThatKnowsIssues {

    public String numberOf(Issue issue) {
        return issue.toString();
    }
}
