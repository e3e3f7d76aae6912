package org.bulletincms.web.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bulletincms.webhook.WebhookEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** A registration may name every event once: its limit, a constant in an annotation, follows the enum. */
class WebhookRequestsTest {

    @Test
    void aRegistrationMayNameEveryEvent() throws Exception {
        Schema events = WebhookRequests.Registration.class.getMethod("events").getAnnotation(Schema.class);

        assertEquals(WebhookEvent.values().length, events.maxItems());
    }
}
