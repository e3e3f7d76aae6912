package org.bulletincms.webhook;

/** Where a delivery stands: waiting to be (re)sent, accepted by the receiver (2xx), or given up. */
public enum DeliveryState {
    PENDING("pending"),
    DELIVERED("delivered"),
    FAILED("failed");

    private final String code;

    DeliveryState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
