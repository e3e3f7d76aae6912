package org.bulletincms.web.issue.layeringviolation;

import jakarta.transaction.Transactional;

/** Deliberately bad (LayeringRulesBiteTest): a resource that begins the transaction its use case should own. */
@Transactional
public class TransactionalResource {}
