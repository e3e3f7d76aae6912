package org.bulletincms.it;

import java.util.Objects;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps the application deployed from one test class to the next when the next class deploys the same archive, so a
 * test run deploys the real WAR once instead of once per class (a deploy costs 6 to 15 seconds: Hibernate, Weld, the
 * outbox agents; about 4 minutes of each database's run).
 *
 * <p>Arquillian deploys a class's managed deployments before the class and undeploys them after it. This
 * interceptor skips the undeploy of {@code bulletin.war} and, when the next class asks for an archive with the same
 * name and the same entries ({@link BulletinDeployment#forTests()}), skips its deploy too and gives the class the
 * first deploy's address. Any other archive (OrphanedContentIT's) first undeploys the kept one, so two applications
 * never share the context root; the kept one is undeployed before the server stops, as Arquillian would have.
 *
 * <p>What a class no longer gets is a fresh application: in-memory state (caches, counters, settings read at start)
 * carries over. Tests that change a server setting put it back and reload ({@link ServerRestart}); tests that arm a
 * probe disarm it. The database, the store and the search index were already shared by a run's classes.
 */
public final class KeptDeployment {

    private static final Logger LOG = Logger.getLogger(KeptDeployment.class.getName());
    private static final String KEPT_NAME = "bulletin.war";

    /** Registers {@link KeptDeployment} (META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension). */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(KeptDeployment.class);
        }
    }

    private record Kept(
            String fingerprint, Archive<?> archive, DeployableContainer<?> container, ProtocolMetaData address) {}

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> address;

    private Kept kept;

    /** Inside the deployment context Arquillian opens for the event (its handler has precedence 0). */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        Deployment asked = event.getDeployment();
        if (!asked.getDescription().isArchiveDeployment()) {
            context.proceed();
            return;
        }
        Archive<?> archive = archiveOf(asked.getDescription());
        String fingerprint = fingerprint(archive);
        if (kept != null
                && kept.fingerprint().equals(fingerprint)
                && kept.container() == event.getDeployableContainer()) {
            description.set(asked.getDescription());
            deployment.set(asked);
            address.set(kept.address());
            asked.deployed();
            return;
        }
        undeployKept();
        context.proceed();
        if (KEPT_NAME.equals(archive.getName()) && asked.isDeployed() && address.get() != null) {
            kept = new Kept(fingerprint, archive, event.getDeployableContainer(), address.get());
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        Deployment leaving = context.getEvent().getDeployment();
        if (kept != null
                && leaving.getDescription().isArchiveDeployment()
                && kept.fingerprint().equals(fingerprint(archiveOf(leaving.getDescription())))) {
            leaving.undeployed();
            return;
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop stopping) throws Exception {
        if (kept != null && kept.container() == stopping.getDeployableContainer()) {
            undeployKept();
        }
    }

    private void undeployKept() throws Exception {
        if (kept == null) {
            return;
        }
        Kept leaving = kept;
        kept = null;
        LOG.info(() -> "undeploying the kept " + leaving.archive().getName());
        leaving.container().undeploy(leaving.archive());
    }

    private static Archive<?> archiveOf(DeploymentDescription description) {
        return Objects.requireNonNullElse(description.getTestableArchive(), description.getArchive());
    }

    /** Every test class builds its archive from the one WAR of the run, so the name and the entries tell them apart. */
    private static String fingerprint(Archive<?> archive) {
        TreeSet<String> entries = new TreeSet<>();
        archive.getContent().keySet().forEach(path -> entries.add(path.get()));
        return archive.getName() + entries;
    }
}
