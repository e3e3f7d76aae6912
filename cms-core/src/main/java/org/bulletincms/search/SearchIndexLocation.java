package org.bulletincms.search;

import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Puts the Lucene index under the server's data directory unless told otherwise: {@value #SETTING} (system
 * property or MicroProfile Config), else {@code ${jboss.server.data.dir}/search-index}. A
 * {@code hibernate.search.backend.directory.root} in persistence.xml wins over both. Discovered by Hibernate
 * through {@code META-INF/services}, because persistence.xml cannot read system properties.
 */
public class SearchIndexLocation implements ServiceContributor {

    public static final String SETTING = "cms.search.index-dir";
    static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if (!registry.getSettings().containsKey(DIRECTORY_ROOT)) {
            registry.applySetting(DIRECTORY_ROOT, directory().toString());
        }
    }

    static Path directory() {
        String configured = System.getProperty(SETTING);
        if (configured == null) {
            try {
                configured = ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).orElse(null);
            } catch (IllegalStateException noConfig) {
                configured = null;
            }
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", "data"), "search-index");
    }
}
