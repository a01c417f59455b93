package messenger.handlers;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What per-address limits count by. An IPv4 address is one key; an IPv6 address counts by its /64 network,
 * the block a single site or subscriber usually gets, so that one client cannot pick a fresh address from its
 * 2^64 for every attempt. Logs still show the full address.
 */
public final class AddressLimitKey {

    private static final int IPV6_NETWORK_BYTES = 8;

    private AddressLimitKey() {
    }

    /** {@code address} is an IP literal as the transport reports it; anything else is its own key. */
    public static String of(String address) {
        InetAddress parsed;
        try {
            parsed = isIpLiteral(address) ? InetAddress.getByName(address) : null;
        } catch (UnknownHostException notALiteral) {
            parsed = null;
        }
        if (!(parsed instanceof Inet6Address)) {
            return parsed == null ? address : parsed.getHostAddress();
        }
        byte[] bytes = parsed.getAddress();
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < IPV6_NETWORK_BYTES; i += 2) {
            network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return network.append(":/64").toString();
    }

    /** Dotted digits, or hex digits with colons (and dots, a zone): never a host name, so nothing is looked up. */
    private static boolean isIpLiteral(String address) {
        if (address.indexOf(':') < 0) {
            return !address.isEmpty() && address.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
        }
        return address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':' || c == '%');
    }
}
