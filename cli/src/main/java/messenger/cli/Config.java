package messenger.cli;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import messenger.protocol.client.ServerAddress;

/**
 * What {@code login} remembers: the server and its TLS setting, the login and this device's token (null when
 * signed out).
 */
record Config(String server, String login, String token, TlsSetting tls) {

    static final Config EMPTY = new Config(null, null, null);

    Config(String server, String login, String token) {
        this(server, login, token, TlsSetting.OFF);
    }

    /**
     * Whether {@code address} names only servers of the one login remembered: that server, or some of its cluster
     * in any order. Its token may go there, and only with the TLS setting login remembered for it.
     */
    boolean remembers(ServerAddress address) {
        return server != null && named(ServerChoice.choose(null, null, server)).containsAll(named(address));
    }

    /** Host names count alike in any case, as DNS has them. */
    private static Set<String> named(ServerAddress address) {
        return address.all().stream().map(one -> one.host().toLowerCase(Locale.ROOT) + " " + one.port())
                .collect(Collectors.toSet());
    }

    Config signedOut() {
        return new Config(server, login, null, tls);
    }
}
