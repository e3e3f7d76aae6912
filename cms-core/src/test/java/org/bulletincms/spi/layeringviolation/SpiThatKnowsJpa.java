package org.bulletincms.spi.layeringviolation;

import jakarta.persistence.EntityManager;

/** Deliberately bad (LayeringRulesBiteTest): a JPA type in the plugin contract. */
public interface SpiThatKnowsJpa {

    void store(EntityManager entityManager);
}
