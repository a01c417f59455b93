package messenger.client.model;

import java.util.Optional;

/** Where the server listens, as the user writes it: {@code host:port}, {@code [ipv6]:port}, or a host alone. */
public record ServerAddress(String host, int port) {

    public static final int DEFAULT_PORT = 7777;

    /** Parses the text of the address field; empty when it is not a usable address. */
    public static Optional<ServerAddress> parse(String text) {
        String value = text == null ? "" : text.strip();
        String host = value;
        String port = null;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return Optional.empty();
                }
                port = rest.substring(1);
            }
        } else if (value.indexOf(':') >= 0) {
            if (value.indexOf(':') != value.lastIndexOf(':')) {
                return Optional.empty();
            }
            host = value.substring(0, value.indexOf(':'));
            port = value.substring(value.indexOf(':') + 1);
        }
        if (host.isEmpty() || host.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (port == null) {
            return Optional.of(new ServerAddress(host, DEFAULT_PORT));
        }
        if (!port.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(port);
        return number >= 1 && number <= 65_535 ? Optional.of(new ServerAddress(host, number)) : Optional.empty();
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
