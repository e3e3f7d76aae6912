package org.bulletincms.webhook;

import java.util.List;
import java.util.Map;
import org.bulletincms.refusal.Refusal;

/**
 * A webhook URL whose host is, or resolves to, an address webhooks may not be sent to (SSRF guard). Answers
 * {@code invalid-content} with the {@code url} field under {@code errors}, as every invalid field of a request does.
 */
public class AddressRefused extends Refusal {

    private final String host;
    private final String address;
    private final AddressKind kind;

    public AddressRefused(String host, String address, AddressKind kind) {
        super(
                "invalid-content",
                Kind.INVALID,
                host + " resolves to " + address + ", a " + kind.code() + " address",
                host,
                address,
                kind.code());
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

    public AddressKind addressKind() {
        return kind;
    }

    @Override
    public String detailKey() {
        return "webhook-address-refused";
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return List.of(FieldViolation.of(
                "/url",
                "url.address-refused",
                Map.of("field", "url", "host", host, "address", address, "kind", kind.code())));
    }
}
