package org.bulletincms.web.issue.layeringviolation;

/** Deliberately bad (LayeringRulesBiteTest): a name that says nothing about the domain. */
public class ProblemUtils {}
