package org.bulletincms.webhook;

/** A webhook URL whose host is, or resolves to, an address webhooks may not be sent to (SSRF guard). */
public class AddressRefused extends RuntimeException {

    private final String host;
    private final String address;
    private final AddressKind kind;

    public AddressRefused(String host, String address, AddressKind kind) {
        super(host + " resolves to " + address + ", a " + kind.code() + " address", null, false, false);
        this.host = host;
        this.address = address;
        this.kind = kind;
    }

    public String host() {
        return host;
    }

    public String address() {
        return address;
    }

    public AddressKind kind() {
        return kind;
    }
}
