package org.bulletincms.it;

import java.io.File;
import org.bulletincms.it.probe.CompiledDocumentsProbeResource;
import org.bulletincms.it.probe.FaultProbeResource;
import org.bulletincms.it.probe.LegacyUserNameProbeResource;
import org.bulletincms.it.probe.PrintHold;
import org.bulletincms.it.probe.PrintHoldResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced (cms-web), as the integration tests deploy it: one archive for every test class, so a
 * run deploys it once ({@link KeptDeployment}) instead of once per class.
 */
public final class BulletinDeployment {

    private BulletinDeployment() {}

    /**
     * The real WAR with the example third-party section-type plugin installed the way an operator installs one (its
     * jar added to the WAR's libraries, nothing else changed), plus the test-only probes: a resource that fails on
     * purpose ({@link FaultProbeResource}), one that lists an issue's compiled delivery documents
     * ({@link CompiledDocumentsProbeResource}), the hook that holds print jobs ({@link PrintHold}) and one that makes
     * rows legacy ({@link LegacyUserNameProbeResource}). Each probe does nothing until a test asks it to, and a test
     * that arms one disarms it.
     */
    public static WebArchive forTests() {
        return withoutThePlugin().addAsLibrary(new File(System.getProperty("bulletin.example-plugin")));
    }

    /** {@link #forTests()} without the example plugin: an installation whose operator removed it. */
    public static WebArchive withoutThePlugin() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bulletin.war")))
                .addClasses(
                        FaultProbeResource.class,
                        CompiledDocumentsProbeResource.class,
                        PrintHold.class,
                        PrintHoldResource.class,
                        LegacyUserNameProbeResource.class);
    }
}
