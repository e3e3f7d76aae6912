package org.bulletincms.web.issue.layeringviolation;

import org.bulletincms.issue.IssueRepository;

/** Deliberately bad (LayeringRulesBiteTest): a resource that reads a repository instead of a core service. */
public class RepositoryReadingResource {

    IssueRepository issues;
}
