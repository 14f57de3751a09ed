package id.loket.base;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 192.168.10.0/24}, {@code 2001:db8:1::/48}; a bare address is
 * that one address). Only address literals are accepted, so parsing never asks DNS. An IPv4 address written as
 * IPv6 ({@code ::ffff:192.168.10.5}) matches the IPv4 network.
 */
public record NetworkRange(byte[] network, int prefix, String text) {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    /** Private and local networks: what an office LAN uses (RFC 1918, loopback, IPv6 unique-local and link-local). */
    public static final List<String> PRIVATE = List.of("127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16", "::1/128", "fc00::/7", "fe80::/10");

    public NetworkRange {
        network = network.clone();
    }

    /** Empty when the text is not a network in CIDR notation. */
    public static Optional<NetworkRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        Optional<byte[]> bytes = literal(address);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        int bits = bytes.get().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > bits) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(p);
        }
        return Optional.of(new NetworkRange(mask(bytes.get(), prefix), prefix, t));
    }

    /** Whether the address (a literal; anything else never matches) lies in this network. */
    public boolean contains(String address) {
        return literal(address).filter(b -> b.length == network.length)
                .map(b -> Arrays.equals(mask(b, prefix), network)).orElse(false);
    }

    public static boolean anyContains(List<NetworkRange> ranges, String address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    private static Optional<byte[]> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.trim();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%'); // fe80::1%eth0
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (a.isEmpty() || !LITERAL.matcher(a).matches()) {
            return Optional.empty();
        }
        if (!a.contains(":")) {
            return ipv4(a); // parsed here: InetAddress would ask DNS for anything it cannot read as a literal
        }
        try {
            // with a colon InetAddress reads an IPv6 literal or refuses it, without DNS
            return Optional.of(InetAddress.getByName(a).getAddress());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> ipv4(String a) {
        String[] parts = a.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return Optional.empty();
            }
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return Optional.of(out);
    }

    private static byte[] mask(byte[] address, int prefix) {
        BigInteger bits = new BigInteger(1, address);
        int length = address.length * 8;
        BigInteger keep = prefix == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(prefix).subtract(BigInteger.ONE).shiftLeft(length - prefix);
        byte[] raw = bits.and(keep).toByteArray();
        byte[] out = new byte[address.length];
        int copy = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkRange r && r.prefix == prefix && Arrays.equals(r.network, network);
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
