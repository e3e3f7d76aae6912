package org.bulletincms.web.source;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes Undertow itself stop reading an upload shortly past {@code cms.sources.max-upload-bytes}.
 *
 * <p>Why: counting while streaming ({@link org.bulletincms.source.SourceStore#receive}) refuses a too-large upload
 * with 413 at the limit, but when a servlet request ends, Undertow drains whatever of the body the application
 * did not read before it sends the answer, so a chunked upload with no {@code Content-Length} was read to its end
 * (400 MiB and more) before the client saw the 413. With the request's own maximum entity size set here, the drain
 * stops at the limit, the connection is closed, and the 413 goes out at once. The slack lets the application's
 * count trip first, so the client gets the product's problem document rather than a cut connection.
 */
public final class UploadBodyLimit implements ServletExtension {

    static final String UPLOAD_PATH = "/api/v1/sources";
    /** Read-ahead between Undertow's count and the application's: well above one buffer of either. */
    static final long SLACK_BYTES = 1024 * 1024;

    private static final long DEFAULT_MAX_UPLOAD_BYTES = 52428800;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        ClassLoader application = context.getClassLoader();
        deployment.addInitialHandlerChainWrapper(next -> new Handler(next, application));
    }

    private static final class Handler implements HttpHandler {

        private final HttpHandler next;
        private final ClassLoader application;
        private volatile long maxEntityBytes = -1;

        Handler(HttpHandler next, ClassLoader application) {
            this.next = next;
            this.application = application;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (Methods.POST.equals(exchange.getRequestMethod())
                    && UPLOAD_PATH.equals(exchange.getRequestPath())
                    && exchange.isRequestChannelAvailable()) {
                long serverWide = exchange.getMaxEntitySize();
                exchange.setMaxEntitySize(serverWide > 0 ? Math.min(serverWide, maxEntityBytes()) : maxEntityBytes());
            }
            next.handleRequest(exchange);
        }

        private long maxEntityBytes() {
            if (maxEntityBytes < 0) {
                // read once the application's configuration is there (SourceLimits checks the value at start-up)
                maxEntityBytes = ConfigProvider.getConfig(application)
                                .getOptionalValue("cms.sources.max-upload-bytes", Long.class)
                                .orElse(DEFAULT_MAX_UPLOAD_BYTES)
                        + SLACK_BYTES;
            }
            return maxEntityBytes;
        }
    }
}
