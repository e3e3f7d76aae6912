package org.bulletincms.webhook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

    private static final AddressPolicy STRICT = AddressPolicy.allowing("");

    /** Resolves IP literals only (no DNS in unit tests); names come from a fixed table. */
    private static AddressPolicy.Resolver table(Map<String, List<String>> names) {
        return host -> {
            List<String> addresses = names.get(host);
            if (addresses == null) {
                if (host.contains(":") || host.matches("[0-9.]+")) {
                    return new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        };
    }

    private static final AddressPolicy.Resolver LITERALS = table(Map.of());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, loopback",
        "127.1.2.3, loopback",
        "::1, loopback",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "172.16.0.1, private",
        "172.31.255.254, private",
        "192.168.1.1, private",
        "fc00::1, private",
        "fd12:3456::1, private",
        "fec0::1, private",
        "169.254.169.254, link-local",
        "169.254.0.1, link-local",
        "fe80::1, link-local",
        "febf::1, link-local",
        "100.64.0.1, cgnat",
        "100.127.255.254, cgnat",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "ff02::1, multicast",
        "0.0.0.0, unspecified",
        "0.1.2.3, unspecified",
        "::, unspecified",
        "255.255.255.255, broadcast",
        "240.0.0.1, reserved",
        "::ffff:127.0.0.1, loopback",
        "::ffff:10.1.2.3, private",
        "::ffff:169.254.169.254, link-local",
        "8.8.8.8, public",
        "93.184.215.14, public",
        "172.32.0.1, public",
        "172.15.255.255, public",
        "100.63.255.255, public",
        "100.128.0.1, public",
        "169.253.1.1, public",
        "2001:4860:4860::8888, public"
    })
    void classifiesEveryAddressKind(String address, String kind) throws UnknownHostException {
        assertEquals(kind, AddressPolicy.kindOf(InetAddress.getByName(address)).code());
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({
        "127.0.0.1",
        "::1",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.0.10",
        "fd00::5",
        "169.254.169.254",
        "fe80::1",
        "100.64.0.1",
        "224.0.0.1",
        "ff02::1",
        "0.0.0.0",
        "::",
        "255.255.255.255",
        "::ffff:192.168.0.1"
    })
    void everyNonPublicAddressIsRefusedByDefault(String address) {
        AddressRefused refused = assertThrows(AddressRefused.class, () -> STRICT.check(address, LITERALS));
        assertEquals(address, refused.host());
    }

    @ParameterizedTest(name = "{0} leads to a {1} address")
    @CsvSource({
        "64:ff9b::7f00:1, loopback",
        "64:ff9b::a9fe:a9fe, link-local",
        "64:ff9b::a00:1, private",
        "64:ff9b::6440:1, cgnat",
        "64:ff9b::, unspecified",
        "64:ff9b::808:808, public",
        "64:ff9b:1::a00:1, private",
        "64:ff9b:1:ffff::808:808, private",
        "2002:7f00:1::1, loopback",
        "2002:a9fe:a9fe::1, link-local",
        "2002:c0a8:101::1, private",
        "2002:808:808::1, public",
        "2001:0:4136:e378:8000:63bf:80ff:fffe, loopback",
        "2001:0:4136:e378:8000:63bf:5601:5601, link-local",
        "2001:0:a00:1:8000:63bf:f7f7:f7f7, private",
        "2001:0:4136:e378:8000:63bf:f7f7:f7f7, public",
        "::7f00:1, reserved",
        "::a9fe:a9fe, reserved",
        "2001:db8::1, reserved",
        "100::1, reserved"
    })
    void anIpv6AddressThatCarriesAnIpv4AddressIsJudgedByIt(String address, String kind) throws UnknownHostException {
        assertEquals(kind, AddressPolicy.kindOf(InetAddress.getByName(address)).code());
    }

    @Test
    void nat64AddressesOfLoopbackAndTheMetadataServiceAreRefusedEvenWhenLoopbackIsAllowed() {
        AddressPolicy loopbackAllowed = AddressPolicy.allowing("127.0.0.1,localhost");

        AddressRefused loopback =
                assertThrows(AddressRefused.class, () -> loopbackAllowed.check("64:ff9b::7f00:1", LITERALS));
        AddressRefused metadata =
                assertThrows(AddressRefused.class, () -> loopbackAllowed.check("64:ff9b::a9fe:a9fe", LITERALS));

        assertAll(
                () -> assertEquals(AddressKind.LOOPBACK, loopback.addressKind()),
                () -> assertEquals(AddressKind.LINK_LOCAL, metadata.addressKind()));
    }

    @ParameterizedTest(name = "{0} is refused as an ambiguous number")
    @CsvSource({
        "0177.0.0.1",
        "0x7f.1",
        "0x7F.0.0.1",
        "2130706433",
        "127.1",
        "127.0.1",
        "0x7f000001",
        "017700000001",
        "127.0.0.01",
        "127.0.0.1.",
        "0.0.0.0.",
        "0x",
        "256.1.1.1",
        "1.2.3.0400",
        "0251.0376.0251.0376",
        "169.254.43518",
        "8.8.8.010"
    })
    void anIpv4NumberInAnyFormButPlainDottedQuadIsRefusedAllowListOrNot(String host) {
        AddressPolicy loopbackAllowed = AddressPolicy.allowing("127.0.0.1,0.0.0.0/0");
        AddressPolicy.Resolver resolvesEverythingToLoopback =
                name -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};

        assertAll(
                () -> assertEquals(
                        "ambiguous-ip",
                        assertThrows(InvalidWebhookUrl.class, () -> STRICT.check(host, resolvesEverythingToLoopback))
                                .reason()),
                () -> assertEquals(
                        "ambiguous-ip",
                        assertThrows(
                                        InvalidWebhookUrl.class,
                                        () -> loopbackAllowed.check(host, resolvesEverythingToLoopback))
                                .reason()));
    }

    @Test
    void plainDottedQuadsAndNamesThatMerelyContainDigitsAreNotAmbiguous() {
        AddressPolicy.Resolver dns = table(Map.of(
                "1e100.net",
                List.of("142.250.1.1"),
                "0x1.example.org",
                List.of("93.184.215.14"),
                "123.45.67.89.example",
                List.of("93.184.215.14")));

        assertAll(
                () -> assertEquals(1, STRICT.check("93.184.215.14", LITERALS).size()),
                () -> assertEquals(1, STRICT.check("8.8.8.8", LITERALS).size()),
                () -> assertEquals(1, STRICT.check("1e100.net", dns).size()),
                () -> assertEquals(1, STRICT.check("0x1.example.org", dns).size()),
                () -> assertEquals(1, STRICT.check("123.45.67.89.example", dns).size()),
                () -> assertEquals(
                        1,
                        AddressPolicy.allowing("127.0.0.1")
                                .check("127.0.0.1", LITERALS)
                                .size()));
    }

    @Test
    void aPublicAddressIsPermitted() {
        assertEquals(1, STRICT.check("93.184.215.14", LITERALS).size());
    }

    @Test
    void aHostNameThatResolvesToAPrivateAddressIsRefused() {
        AddressPolicy.Resolver dns = table(Map.of("intranet.example.org", List.of("10.1.2.3")));

        AddressRefused refused = assertThrows(AddressRefused.class, () -> STRICT.check("intranet.example.org", dns));

        assertAll(
                () -> assertEquals("10.1.2.3", refused.address()),
                () -> assertEquals(AddressKind.PRIVATE, refused.addressKind()));
    }

    @Test
    void aHostNameWithOnePublicAndOnePrivateAddressIsRefused() {
        AddressPolicy.Resolver dns = table(Map.of("mixed.example.org", List.of("93.184.215.14", "192.168.0.7")));

        assertEquals(
                "192.168.0.7",
                assertThrows(AddressRefused.class, () -> STRICT.check("mixed.example.org", dns))
                        .address());
    }

    @Test
    void aHostWithoutAddressIsUnresolvable() {
        assertEquals(
                "unresolvable",
                assertThrows(InvalidWebhookUrl.class, () -> STRICT.check("nowhere.invalid", LITERALS))
                        .reason());
    }

    @Test
    void theAllowListAdmitsNamedHostsAddressesAndRanges() {
        AddressPolicy policy = AddressPolicy.allowing(" localhost , 127.0.0.1, 10.20.0.0/16,fd00::/8 ");
        AddressPolicy.Resolver dns = table(Map.of(
                "localhost",
                List.of("127.0.0.1", "::1"),
                "build.internal",
                List.of("10.20.3.4"),
                "other.internal",
                List.of("10.21.0.1")));

        assertAll(
                () -> assertEquals(2, policy.check("localhost", dns).size(), "the named host, all its addresses"),
                () -> assertEquals(1, policy.check("127.0.0.1", dns).size()),
                () -> assertEquals(1, policy.check("build.internal", dns).size(), "an address in an allowed range"),
                () -> assertEquals(1, policy.check("fd00::9", dns).size()),
                () -> assertThrows(AddressRefused.class, () -> policy.check("127.0.0.2", dns)),
                () -> assertThrows(AddressRefused.class, () -> policy.check("other.internal", dns)),
                () -> assertThrows(AddressRefused.class, () -> policy.check("169.254.169.254", dns)));
    }

    @Test
    void aMalformedAllowListEntryIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> AddressPolicy.allowing("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> AddressPolicy.allowing("10.0.0.0/x"));
        assertThrows(IllegalArgumentException.class, () -> AddressPolicy.allowing("example.org/24"));
    }

    @Test
    void onlyHttpAndHttpsUrlsWithoutCredentialsAreWebhookUrls() {
        assertEquals(
                "scheme",
                assertThrows(InvalidWebhookUrl.class, () -> WebhookUrl.parse("ftp://example.org/"))
                        .reason());
        assertEquals(
                "scheme",
                assertThrows(InvalidWebhookUrl.class, () -> WebhookUrl.parse("file:///etc/passwd"))
                        .reason());
        assertEquals(
                "credentials",
                assertThrows(InvalidWebhookUrl.class, () -> WebhookUrl.parse("https://u:p@example.org/"))
                        .reason());
        assertEquals(
                "malformed",
                assertThrows(InvalidWebhookUrl.class, () -> WebhookUrl.parse("https://"))
                        .reason());
        assertEquals("fe80::1", WebhookUrl.parse("http://[fe80::1]:8080/hook").host());
    }
}
