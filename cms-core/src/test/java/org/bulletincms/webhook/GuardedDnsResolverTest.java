package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GuardedDnsResolverTest {

    private static InetAddress[] addresses(String... literals) throws UnknownHostException {
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            addresses[i] = InetAddress.getByName(literals[i]);
        }
        return addresses;
    }

    @Test
    void theAddressesHandedToTheConnectionAreExactlyTheOnesCheckedFromOneLookup() throws UnknownHostException {
        AtomicInteger lookups = new AtomicInteger();
        GuardedDnsResolver resolver = new GuardedDnsResolver(AddressPolicy.allowing(""), host -> {
            lookups.incrementAndGet();
            return addresses("203.0.113.7", "198.51.100.9");
        });

        List<InetSocketAddress> connectTo = resolver.resolve("hooks.example.org", 443);

        assertAll(
                () -> assertEquals(
                        List.of(
                                new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 443),
                                new InetSocketAddress(InetAddress.getByName("198.51.100.9"), 443)),
                        connectTo),
                () -> assertEquals(1, lookups.get()));
    }

    @Test
    void anAnswerWithOneInternalAddressFailsTheConnectionAsARefusal() {
        GuardedDnsResolver resolver =
                new GuardedDnsResolver(AddressPolicy.allowing(""), host -> addresses("203.0.113.7", "127.0.0.1"));

        GuardedDnsResolver.Refusal refusal =
                assertThrows(GuardedDnsResolver.Refusal.class, () -> resolver.resolve("rebinding.test", 80));

        assertEquals(
                AddressKind.LOOPBACK,
                assertInstanceOf(AddressRefused.class, refusal.getCause()).addressKind());
    }

    @Test
    void anIpLiteralIsCheckedLikeANameAndMayBeAllowListedWithoutBrackets() throws UnknownHostException {
        GuardedDnsResolver allowing = new GuardedDnsResolver(AddressPolicy.allowing("::1"), InetAddress::getAllByName);
        GuardedDnsResolver refusing = new GuardedDnsResolver(AddressPolicy.allowing(""), InetAddress::getAllByName);

        assertAll(
                () -> assertArrayEquals(addresses("::1"), allowing.resolve("[::1]")),
                () -> assertThrows(GuardedDnsResolver.Refusal.class, () -> refusing.resolve("127.0.0.1")));
    }

    @Test
    void aHostWithoutAddressesIsUnknownRatherThanLeftToTheSystemResolver() {
        GuardedDnsResolver resolver = new GuardedDnsResolver(AddressPolicy.allowing(""), host -> new InetAddress[0]);

        UnknownHostException unknown = assertThrows(UnknownHostException.class, () -> resolver.resolve("gone.test"));

        assertEquals(UnknownHostException.class, unknown.getClass());
    }
}
