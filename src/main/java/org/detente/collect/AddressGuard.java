package org.detente.collect;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves host names for the HTTP client and refuses private, loopback, link-local and other non-public addresses,
 * so that a hostile feed cannot point the crawler at the local network (SSRF). The check runs on the addresses the
 * connection is about to use, so a name that resolves to a public address once and a private one later (DNS
 * rebinding) is still refused.
 */
final class AddressGuard implements DnsResolver {

    /** Thrown when every address of a host is refused. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    private final DnsResolver system = SystemDefaultDnsResolver.INSTANCE;
    private final java.util.function.Predicate<InetAddress> allowed;

    AddressGuard(boolean allowPrivate) {
        this(allowPrivate ? a -> true : AddressGuard::isPublic);
    }

    /** A guard with its own idea of an allowed address (tests stand in loopback addresses for public ones). */
    AddressGuard(java.util.function.Predicate<InetAddress> allowed) {
        this.allowed = allowed;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = system.resolve(host);
        for (InetAddress a : addresses) {
            if (!allowed.test(a)) {
                // one private address among public ones is enough to refuse: the client may pick any of them
                throw new RefusedAddressException("refused: " + host + " resolves to the non-public address "
                        + a.getHostAddress() + " (set fetch.allow-private-networks to allow it)");
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return system.resolveCanonicalHostname(host);
    }

    /** Whether an address is one the public internet routes: not private, loopback, link-local, multicast, ... */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128)   // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)         // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))            // benchmarking
                    && first < 224;                                                 // multicast and reserved
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false;                                                       // unique local fc00::/7
            }
            if (isMappedV4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
