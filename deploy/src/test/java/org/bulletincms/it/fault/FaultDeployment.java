package org.bulletincms.it.fault;

import java.io.File;
import java.nio.file.Path;
import org.bulletincms.it.probe.CompiledDocumentsProbeResource;
import org.bulletincms.it.probe.PublishPause;
import org.bulletincms.it.probe.PublishPauseResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the fault suite deploys: the real WAR the build produced plus the test-only {@link PublishPause} hook
 * (and {@link CompiledDocumentsProbeResource}, which lists what a publication compiled).
 * The hook exists only in the test sources and only this archive carries it, so no production server can switch it
 * on (the product WAR is checked for it by the fault tests).
 */
public final class FaultDeployment {

    private FaultDeployment() {}

    static WebArchive testWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bulletin.war")))
                .addClasses(PublishPause.class, PublishPauseResource.class, CompiledDocumentsProbeResource.class);
    }

    /** Writes the test WAR to {@code target/fault-war/bulletin.war} (the deployment scanner's file name). */
    static Path exportTestWar() {
        File file = Path.of("target", "fault-war", "bulletin.war").toFile();
        file.getParentFile().mkdirs();
        testWar().as(ZipExporter.class).exportTo(file, true);
        return file.toPath();
    }
}
