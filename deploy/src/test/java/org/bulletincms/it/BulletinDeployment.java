package org.bulletincms.it;

import java.io.File;
import org.bulletincms.it.probe.CompiledDocumentsProbeResource;
import org.bulletincms.it.probe.FaultProbeResource;
import org.bulletincms.it.probe.LegacyUserNameProbeResource;
import org.bulletincms.it.probe.PrintHold;
import org.bulletincms.it.probe.PrintHoldResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced (cms-web), as the integration tests deploy it. */
public final class BulletinDeployment {

    private BulletinDeployment() {}

    /**
     * The real WAR with the example third-party section-type plugin installed the way an operator installs
     * one: its jar added to the WAR's libraries, nothing else changed.
     */
    public static WebArchive realWarWithExamplePlugin() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bulletin.war")))
                .addAsLibrary(new File(System.getProperty("bulletin.example-plugin")));
    }

    /**
     * The real WAR plus test-only resources: one that fails on purpose (see {@link FaultProbeResource}), one that
     * lists an issue's compiled delivery documents ({@link CompiledDocumentsProbeResource}).
     */
    public static WebArchive realWarWithFaultProbe() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bulletin.war")))
                .addClass(FaultProbeResource.class)
                .addClass(CompiledDocumentsProbeResource.class);
    }

    /**
     * The real WAR plus the test-only hook that holds print jobs ({@link PrintHold}) and the resource that lists an
     * issue's compiled documents.
     */
    public static WebArchive realWarWithPrintHold() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bulletin.war")))
                .addClasses(PrintHold.class, PrintHoldResource.class, CompiledDocumentsProbeResource.class);
    }

    /** The real WAR plus a test-only resource that makes rows legacy (see {@link LegacyUserNameProbeResource}). */
    public static WebArchive realWarWithLegacyUserNameProbe() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bulletin.war")))
                .addClass(LegacyUserNameProbeResource.class);
    }
}
