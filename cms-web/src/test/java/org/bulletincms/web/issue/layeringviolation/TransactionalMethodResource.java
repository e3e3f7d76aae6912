package org.bulletincms.web.issue.layeringviolation;

import jakarta.transaction.Transactional;

/** Deliberately bad (LayeringRulesBiteTest): a resource method that begins a transaction. */
public class TransactionalMethodResource {

    @Transactional
    void write() {}
}
