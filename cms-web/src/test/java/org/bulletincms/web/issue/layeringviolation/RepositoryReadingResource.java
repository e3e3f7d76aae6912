package org.bulletincms.web.issue.layeringviolation;

import org.bulletincms.issue.IssueRepository;

/** Deliberately bad (LayeringRulesBiteTest): a new resource that orchestrates repositories itself. */
public class RepositoryReadingResource {

    IssueRepository issues;
}
