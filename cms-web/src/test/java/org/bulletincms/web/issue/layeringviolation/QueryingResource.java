package org.bulletincms.web.issue.layeringviolation;

import jakarta.persistence.EntityManager;

/** Deliberately bad (LayeringRulesBiteTest): a resource that queries the database itself. */
public class QueryingResource {

    EntityManager entityManager;
}
