package org.bulletincms.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryAddressTest {

    private static final String P = "/api/delivery/v1/publications";

    @Test
    void everyCompiledShapeIsRead() {
        UUID item = UUID.randomUUID();
        assertInstanceOf(DeliveryAddress.Publications.class, shape(P, null));
        assertEquals(new DeliveryAddress.Page(1), shape(P + "/spp/issues", null));
        assertEquals(new DeliveryAddress.Page(2), shape(P + "/spp/issues", "page=2"));
        assertEquals(new DeliveryAddress.Page(5), shape(P + "/spp/issues", "locale=en&page=5"));
        assertEquals(new DeliveryAddress.Page(3), shape(P + "/spp/issues", "page=3&locale=en"));
        assertEquals(new DeliveryAddress.Latest(2024, 2), shape(P + "/spp/issues/2024/2", null));
        assertEquals(new DeliveryAddress.WebPage(2024, 2), shape(P + "/spp/issues/2024/2.html", "locale=zh-CN"));
        assertEquals(new DeliveryAddress.Email(2024, 2, true), shape(P + "/spp/issues/2024/2.email.html", null));
        assertEquals(new DeliveryAddress.Email(2024, 2, false), shape(P + "/spp/issues/2024/2.email.txt", null));
        assertEquals(new DeliveryAddress.Edition(2024, 2, 1), shape(P + "/spp/issues/2024/2/editions/1", null));
        assertEquals(new DeliveryAddress.Cumulative(16), shape(P + "/spp/issues/cumulative/16", null));
        assertEquals(new DeliveryAddress.Item(item), shape(P + "/spp/items/" + item, null));
        assertInstanceOf(DeliveryAddress.Feed.class, shape(P + "/spp/feed.atom", "locale=zh-CN"));
    }

    @Test
    void theLocaleParameterIsRead() {
        assertEquals(
                Optional.of("en"),
                DeliveryAddress.of(P + "/spp/issues/2024/2", "locale=en")
                        .orElseThrow()
                        .locale());
    }

    @Test
    void unusualFormsAreLeftToJaxRs() {
        for (String[] request : new String[][] {
            {P + "/spp/issues/2024/2", "locale=en&x=1"},
            {P + "/spp/issues/2024/2", "page=2"},
            {P + "/spp/issues", "page=6"},
            {P + "/spp/issues", "page=0"},
            {P + "/spp/issues", "page=02"},
            {P + "/spp/issues", "page=2&page=3"},
            {P + "/spp/issues", "locale=en&locale=zh-CN"},
            {P + "/spp/issues", "page=2&size=20"},
            {P, "page=2"},
            {P + "/spp/issues", "size=5"},
            {P + "/spp/issues/2024/2/", null},
            {P + "/spp/issues/2024/%32", null},
            {P + "/SPP/issues/2024/2", null},
            {P + "/spp/items/" + UUID.randomUUID().toString().toUpperCase(), null},
            {P + "/spp/feed.atom", "locale=en&x=1"},
            {P + "/spp/feed.atom/", null},
            {P + "/spp/issues/2024/2.htm", null},
            {P + "/spp/issues/2024/2.html/", null},
            {P + "/spp/issues/2024/x.html", null},
            {P + "/spp/issues/2024/2.email.pdf", null},
            {P, "locale=en"},
            {P + "x", null}
        }) {
            assertTrue(DeliveryAddress.of(request[0], request[1]).isEmpty(), request[0] + "?" + request[1]);
        }
    }

    private static DeliveryAddress.Shape shape(String path, String query) {
        return DeliveryAddress.of(path, query).orElseThrow().shape();
    }
}
