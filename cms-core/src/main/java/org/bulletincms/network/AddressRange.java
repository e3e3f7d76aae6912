package org.bulletincms.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IP address range in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}); a bare address is a range of one.
 * Only literals are read: nothing here looks a name up in DNS.
 *
 * @param network the range's first address, as bytes (4 or 16)
 * @param prefix  how many leading bits an address shares with {@code network} to be in the range
 * @param text    as the setting wrote it
 */
public record AddressRange(byte[] network, int prefix, String text) {

    public AddressRange {
        network = network.clone();
    }

    @Override
    public byte[] network() {
        return network.clone();
    }

    /**
     * The range {@code entry} writes; {@code setting} names the configuration key in the message of the
     * {@link IllegalArgumentException} a malformed entry throws.
     */
    public static AddressRange parse(String setting, String entry) {
        String[] parts = entry.split("/", 2);
        byte[] network = literal(parts[0])
                .orElseThrow(() -> new IllegalArgumentException(
                        setting + ": \"" + entry + "\" is neither an IP address nor a CIDR range"))
                .getAddress();
        int prefix = network.length * 8;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(
                        setting + ": \"" + entry + "\" has a prefix length outside 0.." + network.length * 8);
            }
        }
        return new AddressRange(network, prefix, entry);
    }

    /** Whether {@code text} is written as an IP address (a dotted quad, or anything with a colon: IPv6). */
    public static boolean looksLikeAddress(String text) {
        return text.contains(":") || text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    }

    /** The address {@code text} writes, when it is an IP literal; never a DNS lookup. */
    public static Optional<InetAddress> literal(String text) {
        if (!looksLikeAddress(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text)); // a literal: no DNS lookup
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int fullBytes = prefix / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int restBits = prefix % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = (0xff << (8 - restBits)) & 0xff;
        return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && prefix == range.prefix && Arrays.equals(network, range.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return text;
    }
}
