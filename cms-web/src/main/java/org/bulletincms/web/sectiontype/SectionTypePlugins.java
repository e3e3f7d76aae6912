package org.bulletincms.web.sectiontype;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.bulletincms.sectiontype.InstalledSectionTypes;
import org.bulletincms.sectiontype.ItemContentCheck;
import org.bulletincms.sectiontype.RichTextSanitizer;
import org.bulletincms.sectiontype.ViolationMessages;

/**
 * The section types installed with this deployment, discovered once at start-up with
 * {@link java.util.ServiceLoader} from the WAR's libraries: the standard plugins and any plugin jar added
 * beside them. A duplicate or malformed type fails the deployment with a message naming the plugin.
 */
@ApplicationScoped
public class SectionTypePlugins {

    private static final Logger LOG = Logger.getLogger(SectionTypePlugins.class.getName());

    private InstalledSectionTypes installed;
    private final ItemContentCheck contentCheck = new ItemContentCheck(new RichTextSanitizer());
    private final ViolationMessages violationMessages = new ViolationMessages();

    void discoverAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        installed();
    }

    // Produced as @Dependent (no client proxy: these classes are final) from this application-scoped holder,
    // so every injection point shares the one instance discovered at start-up.
    @Produces
    synchronized InstalledSectionTypes installed() {
        if (installed == null) {
            installed = InstalledSectionTypes.discover(SectionTypePlugins.class.getClassLoader());
            LOG.info(() -> "Section types installed: "
                    + installed.all().stream()
                            .map(type -> type.id() + " v" + type.schemaVersion())
                            .toList());
        }
        return installed;
    }

    @Produces
    ItemContentCheck contentCheck() {
        return contentCheck;
    }

    @Produces
    ViolationMessages violationMessages() {
        return violationMessages;
    }
}
