package messenger.protocol.client;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a server listens, as a user writes it: {@code host:port}, {@code [ipv6]:port}, or a host alone
 * ({@code host}, {@code [ipv6]}) for the {@link #DEFAULT_PORT}; several servers of a cluster separated by commas
 * ({@code host1:7777,host2:7777}), the first as this address and the rest as its {@code others}. Every client reads
 * addresses with {@link #parse}.
 */
public record ServerAddress(String host, int port, List<ServerAddress> others) {

    public static final int DEFAULT_PORT = 7777;

    public ServerAddress {
        others = others == null ? List.of() : List.copyOf(others);
    }

    public ServerAddress(String host, int port) {
        this(host, port, List.of());
    }

    /**
     * Reads an address or a comma-separated list of them, ignoring the blanks around each; the exception's message
     * says what is wrong, in words a user can act on.
     */
    public static ServerAddress parse(String text) {
        List<ServerAddress> all = new ArrayList<>();
        String[] parts = text.split(",", -1);
        for (String one : parts) {
            if (parts.length > 1 && one.isBlank()) {
                throw notAnAddress(text);
            }
            all.add(parseOne(one));
        }
        ServerAddress first = all.get(0);
        return new ServerAddress(first.host(), first.port(), all.subList(1, all.size()));
    }

    /** This server and the others, each without others of its own. */
    public List<ServerAddress> all() {
        return Stream.concat(Stream.of(new ServerAddress(host, port)), others.stream()).toList();
    }

    private static ServerAddress parseOne(String text) {
        String value = text.strip();
        String host;
        String port;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            String afterHost = close < 0 ? "" : value.substring(close + 1);
            if (close < 0 || !(afterHost.isEmpty() || afterHost.startsWith(":"))) {
                throw notAnAddress(text);
            }
            host = value.substring(1, close);
            port = afterHost.isEmpty() ? null : afterHost.substring(1);
        } else {
            int colon = value.indexOf(':');
            if (colon != value.lastIndexOf(':')) {
                throw new IllegalArgumentException("write an IPv6 address in brackets, as in [::1]:7777, not '"
                        + text + "'");
            }
            host = colon < 0 ? value : value.substring(0, colon);
            port = colon < 0 ? null : value.substring(colon + 1);
        }
        if (host.isEmpty() || host.chars().anyMatch(c -> Character.isWhitespace(c) || c == '[' || c == ']')) {
            throw notAnAddress(text);
        }
        return new ServerAddress(host, port == null ? DEFAULT_PORT : port(port, text));
    }

    private static int port(String digits, String text) {
        // only digits: Integer.parseInt alone would take "+80"
        int port = digits.matches("[0-9]{1,5}") ? Integer.parseInt(digits) : 0;
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a server address is HOST:PORT with a port from 1 to 65535, not '"
                    + text + "'");
        }
        return port;
    }

    private static IllegalArgumentException notAnAddress(String text) {
        return new IllegalArgumentException("a server address is HOST:PORT, not '" + text + "'");
    }

    /** The address as {@link #parse} reads it back. */
    @Override
    public String toString() {
        return Stream.concat(Stream.of((host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port),
                others.stream().map(ServerAddress::toString)).collect(Collectors.joining(","));
    }
}
