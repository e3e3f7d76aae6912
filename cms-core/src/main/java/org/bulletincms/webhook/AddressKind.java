package org.bulletincms.webhook;

/** What an IP address is, as far as sending webhooks to it is concerned. Only {@link #PUBLIC} is safe by default. */
public enum AddressKind {
    PUBLIC("public"),
    LOOPBACK("loopback"),
    LINK_LOCAL("link-local"),
    PRIVATE("private"),
    CGNAT("cgnat"),
    MULTICAST("multicast"),
    UNSPECIFIED("unspecified"),
    BROADCAST("broadcast"),
    RESERVED("reserved");

    private final String code;

    AddressKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
