package org.bulletincms.web.issue.layeringviolation;

import org.bulletincms.issue.Issue;

/** Deliberately bad (LayeringRulesBiteTest): a resource that maps a managed entity instead of a core view record. */
public class EntityShowingResource {

    String title(Issue issue) {
        return issue.title().toString();
    }
}
