package org.bulletincms.issue.layeringviolation;

/** Deliberately bad (LayeringRulesBiteTest): a name that says nothing about the domain. */
public class IssueHelper {}
