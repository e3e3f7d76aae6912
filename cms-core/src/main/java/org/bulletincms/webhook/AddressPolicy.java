package org.bulletincms.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bulletincms.network.AddressRange;

/**
 * The SSRF guard: which addresses webhooks may be sent to. Public unicast addresses are; loopback, link-local,
 * private, CGNAT, multicast, unspecified, broadcast and reserved ones are not, unless the admin's allow-list
 * ({@code cms.webhooks.allowed-hosts}: host names, IP addresses and CIDR ranges, comma-separated) names the
 * host or covers the address. A host is checked by resolving it and checking <em>every</em> address it has, so
 * a name with one public and one private address is refused. IPv6 addresses that carry an IPv4 address a gateway
 * will connect to (IPv4-mapped, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}, Teredo {@code 2001::/32}) are
 * judged by the IPv4 address they carry, and a host written as an IPv4 number in any form but plain dotted-quad
 * decimal ({@code 0177.0.0.1}, {@code 2130706433}) is refused outright, allow-list or not: programs read those
 * differently (see {@link NumericHost}). Pure: no configuration lookup, no state.
 */
public final class AddressPolicy {

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final List<AddressRange> allowedRanges;

    private AddressPolicy(Set<String> allowedHosts, List<AddressRange> allowedRanges) {
        this.allowedHosts = allowedHosts;
        this.allowedRanges = allowedRanges;
    }

    /** The policy with the given allow-list; blank allows nothing beyond public addresses. */
    public static AddressPolicy allowing(String allowList) {
        Set<String> hosts = new java.util.HashSet<>();
        List<AddressRange> ranges = new ArrayList<>();
        for (String raw : allowList == null ? new String[0] : allowList.split(",")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.contains("/") || AddressRange.looksLikeAddress(entry)) {
                ranges.add(AddressRange.parse("cms.webhooks.allowed-hosts", entry));
            } else {
                hosts.add(entry);
            }
        }
        return new AddressPolicy(Set.copyOf(hosts), List.copyOf(ranges));
    }

    /**
     * The addresses of {@code host}, all of them permitted; throws {@link AddressRefused} naming the first one
     * that is not, or {@link InvalidWebhookUrl} ({@code unresolvable}) when the host has none.
     */
    public List<InetAddress> check(String host, Resolver resolver) {
        if (NumericHost.isAmbiguous(host)) {
            throw new InvalidWebhookUrl(host, "ambiguous-ip");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new InvalidWebhookUrl(host, "unresolvable");
        }
        if (addresses == null || addresses.length == 0) {
            throw new InvalidWebhookUrl(host, "unresolvable");
        }
        for (InetAddress address : addresses) {
            AddressKind kind = kindOf(address);
            if (kind != AddressKind.PUBLIC && !allows(host, address)) {
                throw new AddressRefused(host, address.getHostAddress(), kind);
            }
        }
        return List.of(addresses);
    }

    private boolean allows(String host, InetAddress address) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT))
                || allowedRanges.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * Classifies an address; IPv6 addresses that embed an IPv4 address a gateway or tunnel would connect to are
     * classified as that IPv4 address (the worse of the two for Teredo, which carries a server and a client).
     */
    public static AddressKind kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && isIpv4Mapped(bytes)) {
            return kindOfIpv4(Arrays.copyOfRange(bytes, 12, 16));
        }
        return address instanceof Inet4Address ? kindOfIpv4(bytes) : kindOfIpv6(bytes);
    }

    private static AddressKind kindOfIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return AddressKind.UNSPECIFIED;
        }
        if (first == 127) {
            return AddressKind.LOOPBACK;
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return AddressKind.PRIVATE;
        }
        if (first == 169 && second == 254) {
            return AddressKind.LINK_LOCAL;
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return AddressKind.CGNAT;
        }
        if (first >= 224 && first <= 239) {
            return AddressKind.MULTICAST;
        }
        if (first == 255 && second == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
            return AddressKind.BROADCAST;
        }
        if (first >= 240 || first == 192 && second == 0 && (b[2] & 0xff) == 0) {
            return AddressKind.RESERVED;
        }
        return AddressKind.PUBLIC;
    }

    private static AddressKind kindOfIpv6(byte[] b) {
        boolean allZeroButLast = true;
        for (int i = 0; i < 15; i++) {
            allZeroButLast &= b[i] == 0;
        }
        if (allZeroButLast && b[15] == 0) {
            return AddressKind.UNSPECIFIED;
        }
        if (allZeroButLast && b[15] == 1) {
            return AddressKind.LOOPBACK;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xff) {
            return AddressKind.MULTICAST;
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return AddressKind.LINK_LOCAL;
        }
        if ((first & 0xfe) == 0xfc || first == 0xfe && (second & 0xc0) == 0xc0) {
            return AddressKind.PRIVATE;
        }
        if (allZeroButLast || isIpv4Compatible(b)) {
            return AddressKind.RESERVED;
        }
        return kindOfTunnelled(b).orElse(AddressKind.PUBLIC);
    }

    /**
     * The kind of the IPv4 address a translated or tunnelled IPv6 address leads to, if it is one: NAT64's
     * well-known prefix {@code 64:ff9b::/96} (the last four bytes), 6to4 {@code 2002::/16} (bytes 2 to 5) and
     * Teredo {@code 2001:0::/32} (the server in bytes 4 to 7, the client inverted in the last four). The local-use
     * NAT64 prefix {@code 64:ff9b:1::/48} (RFC 8215) leads into the operator's own network: private. The
     * documentation prefix {@code 2001:db8::/32} and the discard prefix {@code 100::/64} lead nowhere: reserved.
     */
    private static Optional<AddressKind> kindOfTunnelled(byte[] b) {
        int word0 = (b[0] & 0xff) << 8 | b[1] & 0xff;
        int word1 = (b[2] & 0xff) << 8 | b[3] & 0xff;
        int word2 = (b[4] & 0xff) << 8 | b[5] & 0xff;
        if (word0 == 0x64 && word1 == 0xff9b && allZero(b, 4, 12)) {
            return Optional.of(kindOfIpv4(Arrays.copyOfRange(b, 12, 16)));
        }
        if (word0 == 0x64 && word1 == 0xff9b && word2 == 1) {
            return Optional.of(AddressKind.PRIVATE);
        }
        if (word0 == 0x2002) {
            return Optional.of(kindOfIpv4(Arrays.copyOfRange(b, 2, 6)));
        }
        if (word0 == 0x2001 && word1 == 0) {
            AddressKind server = kindOfIpv4(Arrays.copyOfRange(b, 4, 8));
            byte[] client = Arrays.copyOfRange(b, 12, 16);
            for (int i = 0; i < client.length; i++) {
                client[i] = (byte) ~client[i];
            }
            AddressKind clientKind = kindOfIpv4(client);
            return Optional.of(server != AddressKind.PUBLIC ? server : clientKind);
        }
        if (word0 == 0x2001 && word1 == 0x0db8 || word0 == 0x100 && allZero(b, 2, 8)) {
            return Optional.of(AddressKind.RESERVED);
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static boolean isIpv4Compatible(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "AddressPolicy[allowed hosts " + allowedHosts + ", ranges "
                + allowedRanges.stream().map(AddressRange::toString).collect(Collectors.joining(", ")) + "]";
    }
}
