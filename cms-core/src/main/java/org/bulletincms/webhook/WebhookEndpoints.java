package org.bulletincms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Registering, finding and removing webhook endpoints. */
@ApplicationScoped
public class WebhookEndpoints {

    @PersistenceContext(unitName = "bulletin")
    EntityManager em;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookHealth health;

    /**
     * Registers an endpoint with a new secret, after the SSRF guard has checked every address its host
     * resolves to now ({@link AddressRefused}, {@link InvalidWebhookUrl}). The guard checks again at each send.
     */
    public WebhookEndpoint register(WebhookUrl url, Set<WebhookEvent> events, String by, Instant now) {
        settings.addressPolicy().check(url.host(), InetAddress::getAllByName);
        WebhookEndpoint endpoint = new WebhookEndpoint(url, events, WebhookSecret.generate(), by, now);
        em.persist(endpoint);
        health.track(endpoint.id());
        return endpoint;
    }

    public Optional<WebhookEndpoint> find(UUID id) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
    }

    public List<WebhookEndpoint> all() {
        return em.createQuery("select e from WebhookEndpoint e order by e.createdAt, e.id", WebhookEndpoint.class)
                .getResultList();
    }

    /** Removes the endpoint and its delivery log. */
    public void remove(WebhookEndpoint endpoint) {
        em.createQuery("delete from WebhookDelivery d where d.endpointId = :e")
                .setParameter("e", endpoint.id())
                .executeUpdate();
        health.forget(endpoint.id());
        em.remove(endpoint);
    }
}
