package org.bulletincms.source;

/**
 * The context class loader to start child processes with: the system class loader, never the application's. The
 * JDK watches each child process from a "process reaper" thread that it creates when none is idle; the new thread
 * inherits the context class loader of the thread that starts the process, and the JDK reuses it for later processes,
 * of any later deployment too. Created by an application thread, the reaper would keep that version of the
 * application in memory after its undeploy, for as long as the server goes on starting processes (docs/redeploy.md).
 *
 * <p>Use with try-with-resources around the call that starts a process; closing restores the thread's own loader.
 */
final class ProcessReaperContext implements AutoCloseable {

    private final Thread thread;
    private final ClassLoader own;

    private ProcessReaperContext(Thread thread) {
        this.thread = thread;
        this.own = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
    }

    static ProcessReaperContext enter() {
        return new ProcessReaperContext(Thread.currentThread());
    }

    @Override
    public void close() {
        thread.setContextClassLoader(own);
    }
}
