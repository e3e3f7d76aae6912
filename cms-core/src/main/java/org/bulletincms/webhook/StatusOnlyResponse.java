package org.bulletincms.webhook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Takes a receiver's answer as its status code alone, the moment the status line arrives: what a receiver writes
 * in its body must never reach the delivery log, so the body is dropped unread as it comes in (that lets the
 * connection be reused). A receiver that keeps streaming past {@link #DRAINED_BYTES_LIMIT} is hung up on; its
 * status code has been recorded by then.
 */
final class StatusOnlyResponse implements AsyncResponseConsumer<Integer> {

    /** Enough for any acknowledgement; not a setting, as nobody needs more of a body that is never read. */
    static final int DRAINED_BYTES_LIMIT = 64 * 1024;

    private long drained;

    @Override
    public void consumeResponse(
            HttpResponse response, EntityDetails body, HttpContext context, FutureCallback<Integer> result) {
        result.completed(response.getCode());
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers say nothing about the delivery; the final status follows.
    }

    @Override
    public void updateCapacity(CapacityChannel channel) throws IOException {
        channel.update(Integer.MAX_VALUE); // no back-pressure: nothing is kept, the limit is counted in consume
    }

    @Override
    public void consume(ByteBuffer chunk) throws IOException {
        drained += chunk.remaining();
        chunk.position(chunk.limit());
        if (drained > DRAINED_BYTES_LIMIT) {
            throw new IOException("Webhook receiver sent more than " + DRAINED_BYTES_LIMIT
                    + " bytes of body; closing the connection");
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        // Nothing was kept, so nothing is left to finish.
    }

    @Override
    public void failed(Exception cause) {
        // Reported to the sender through the exchange's own callback.
    }

    @Override
    public void releaseResources() {
        // Holds no resources.
    }
}
