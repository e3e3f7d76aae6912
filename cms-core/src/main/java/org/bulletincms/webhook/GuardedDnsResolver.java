package org.bulletincms.webhook;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only way the webhook HTTP client learns where a receiver is: it resolves the host once, runs the SSRF guard
 * on that answer and hands back exactly the addresses it checked, so there is no second lookup a DNS-rebinding
 * name could answer differently. A refused address fails the connection with {@link Refusal} before any socket
 * is opened. Never returns an empty or unresolved answer: HttpClient would then look the host up itself.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final AddressPolicy policy;
    private final AddressPolicy.Resolver resolver;

    GuardedDnsResolver(AddressPolicy policy, AddressPolicy.Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = withoutBrackets(host);
        try {
            return policy.check(bare, resolver).toArray(InetAddress[]::new);
        } catch (AddressRefused refused) {
            throw new Refusal(refused);
        } catch (InvalidWebhookUrl unresolvable) {
            throw new UnknownHostException(bare);
        }
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host))
                .map(address -> new InetSocketAddress(address, port))
                .toList();
    }

    /** Only Kerberos authentication asks for this, and the webhook client has none; answered without DNS. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** An IPv6 literal may reach us as it is written in a URL, but the allow-list names it without brackets. */
    private static String withoutBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * The connection was not attempted because the guard refused the host's address. An
     * {@link UnknownHostException} because that is what HttpClient lets a resolver throw.
     */
    static final class Refusal extends UnknownHostException {

        private static final long serialVersionUID = 1L;

        Refusal(AddressRefused refused) {
            super(refused.getMessage());
            initCause(refused);
        }
    }
}
