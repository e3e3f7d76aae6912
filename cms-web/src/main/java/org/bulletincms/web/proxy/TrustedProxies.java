package org.bulletincms.web.proxy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bulletincms.network.AddressRange;

/**
 * The peers whose forwarded headers a node believes ({@code cms.trusted-proxies}: IP addresses and CIDR ranges,
 * comma-separated; none by default). Host names are refused: a proxy is known by the address it connects from, and a
 * name would make every request depend on DNS.
 */
public record TrustedProxies(List<AddressRange> ranges) {

    public static final String SETTING = "cms.trusted-proxies";

    public TrustedProxies {
        ranges = List.copyOf(ranges);
    }

    /** The proxies {@code setting} names; throws {@link IllegalArgumentException} naming a malformed entry. */
    public static TrustedProxies parse(Optional<String> setting) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String raw : setting.orElse("").split(",")) {
            String entry = raw.trim();
            if (!entry.isEmpty()) {
                ranges.add(AddressRange.parse(SETTING, entry));
            }
        }
        return new TrustedProxies(ranges);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Whether a request from {@code peer} may tell who its client is; false for an unknown address. */
    public boolean trust(Optional<InetAddress> peer) {
        return peer.filter(address -> ranges.stream().anyMatch(range -> range.contains(address)))
                .isPresent();
    }

    @Override
    public String toString() {
        return ranges.isEmpty() ? "none" : ranges.toString();
    }
}
