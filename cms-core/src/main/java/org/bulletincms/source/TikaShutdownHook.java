package org.bulletincms.source;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Removes the JVM shutdown hook that Tika registers and never removes. Tika's {@code ProcessUtils} registers one when
 * its class is loaded, a thread whose task is a class of this deployment (tika-core is in the WAR): left registered,
 * it keeps this version of the application in memory until the server exits (docs/redeploy.md). The parser processes
 * it would destroy at exit are stopped with the application. The JDK keeps the hooks in
 * {@code java.lang.ApplicationShutdownHooks}, which WildFly opens to deployments ({@code --add-opens
 * java.base/java.lang=ALL-UNNAMED} in its launch scripts); where it is not open, a warning says this version stays.
 */
final class TikaShutdownHook {

    private static final Logger LOG = Logger.getLogger(TikaShutdownHook.class.getName());

    private TikaShutdownHook() {}

    /** Removes the shutdown hooks whose task is a class that {@code application} loaded. */
    static void removeThoseOf(ClassLoader application) {
        try {
            Class<?> registry = Class.forName("java.lang.ApplicationShutdownHooks");
            Field hooks = registry.getDeclaredField("hooks");
            hooks.setAccessible(true);
            Field task = Thread.class.getDeclaredField("target");
            task.setAccessible(true);
            List<Thread> ours;
            // the registry's own lock: its methods are static synchronized
            synchronized (registry) {
                Map<?, ?> registered = (Map<?, ?>) hooks.get(null);
                if (registered == null) {
                    return; // the JVM is exiting and runs them
                }
                ours = registered.keySet().stream()
                        .map(Thread.class::cast)
                        .filter(hook -> loadedBy(task, hook, application))
                        .toList();
            }
            ours.forEach(Runtime.getRuntime()::removeShutdownHook);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning("Tika's shutdown hook could not be removed, so this version of the application stays in memory"
                    + " after its undeploy (start WildFly with --add-opens=java.base/java.lang=ALL-UNNAMED): " + e);
        }
    }

    private static boolean loadedBy(Field task, Thread hook, ClassLoader application) {
        try {
            Object runs = task.get(hook);
            return runs != null && runs.getClass().getClassLoader() == application;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
