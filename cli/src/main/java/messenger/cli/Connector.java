package messenger.cli;

import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.Dialer;
import messenger.protocol.client.HandshakeClosedException;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.PushListener;
import messenger.protocol.client.RetryingConnection;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;

/** Opens the connection a command works on and, for most commands, signs it in with the stored token. */
final class Connector {

    private Connector() {
    }

    static MessengerClient open(Endpoint server) {
        return open(server, null, MessengerClient.DEFAULT_TIMEOUT);
    }

    static MessengerClient open(Endpoint server, PushListener listener, Duration timeout) {
        ServerAddress address = server.address();
        Tls tls = server.tls().load();
        MessengerClient client;
        try {
            client = MessengerClient.connect(address, tls, listener, timeout);
        } catch (UnknownHostException e) {
            // the message names the host that failed last, which need not be the first of a list
            throw new CliException(ExitCodes.UNAVAILABLE, "unknown host " + e.getMessage(), e);
        } catch (HandshakeClosedException e) {
            // a relay or load balancer with no server behind it, or a server restarting: worth trying again later
            throw new CliException(ExitCodes.UNAVAILABLE, "cannot connect to " + server + ": " + e.getMessage(), e);
        } catch (SSLException e) {
            throw notTrusted(server, e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.UNAVAILABLE, "cannot connect to " + server + ": " + e.getMessage(), e);
        }
        return client.openedWith(MessengerClient::hello);
    }

    static MessengerClient openSignedIn(Endpoint server, Config config) {
        return openSignedIn(server, config, null, MessengerClient.DEFAULT_TIMEOUT);
    }

    static MessengerClient openSignedIn(Endpoint server, Config config, PushListener listener, Duration timeout) {
        String token = tokenFor(server, config);
        try {
            return open(server, listener, timeout).openedWith(client -> client.resume(token));
        } catch (MessengerException e) {
            if (e.code() == ErrorCode.AUTH_FAILED) {
                throw new CliException(ExitCodes.NOT_SIGNED_IN, server + " no longer accepts the stored sign-in of "
                        + config.login() + "; run 'messenger-cli login " + config.login() + "' again", e);
            }
            throw e;
        }
    }

    /**
     * How a command that keeps going after drops ({@code tail}, transfers) connects: the first connection fails at
     * once with the plain error of {@link #openSignedIn}, later ones with the {@link IOException} that
     * {@link messenger.protocol.client.ChatSession} and {@link RetryingConnection} wait out and try again, unless the
     * server's certificate is refused: that is as final as at the first connection.
     */
    static Dialer dialer(Endpoint server, Config config, Duration timeout) {
        String token = tokenFor(server, config);
        AtomicBoolean reachedOnce = new AtomicBoolean();
        return listener -> {
            if (reachedOnce.get()) {
                return reopen(server, token, listener, timeout);
            }
            MessengerClient client = openSignedIn(server, config, listener, timeout);
            reachedOnce.set(true);
            return client;
        };
    }

    private static MessengerClient reopen(Endpoint server, String token, PushListener listener, Duration timeout)
            throws IOException {
        try {
            return MessengerClient.connect(server.address(), server.tls().load(), listener, timeout)
                    .openedWith(client -> {
                        client.hello();
                        client.resume(token);
                    });
        } catch (SSLHandshakeException e) {
            // a handshake the other side ended is a HandshakeClosedException, tried again like a dropped connection
            throw notTrusted(server, e);
        }
    }

    /** With the reason the JDK gave last, which tells a certificate refused from a host name that does not match. */
    private static CliException notTrusted(Endpoint server, SSLException e) {
        ServerAddress address = server.address();
        Throwable reason = e.getCause() != null ? e.getCause() : e;
        return new CliException(ExitCodes.NOT_TRUSTED, "the server at " + address + " is not trusted: "
                + server.tls().untrustedCertificate() + "; or it is for another host name than " + address.host()
                + "; or the server does not use TLS (" + reason.getMessage() + ")", e);
    }

    /** Revokes a device token on the server; {@code AUTH_FAILED} means it was revoked already. */
    static void revoke(Endpoint server, String token) {
        try (MessengerClient client = open(server)) {
            client.resume(token);
            client.logout();
        }
    }

    /**
     * The stored token, to sign in at {@code server}: refused for any server but the one that issued it (or some of
     * its cluster list), which would not accept it and must not see it. Where it is sent, TLS is as login remembered
     * it unless an option says otherwise: {@link Config#remembers} decides both.
     */
    static String tokenFor(Endpoint server, Config config) {
        String token = requireToken(config);
        if (!config.remembers(server.address())) {
            ServerAddress issuer = ServerChoice.choose(null, null, config.server());
            throw new CliException(ExitCodes.NOT_SIGNED_IN, "signed in to " + issuer + ", not to " + server.address()
                    + "; run 'messenger-cli login " + config.login() + "' to sign in there instead");
        }
        return token;
    }

    static String requireToken(Config config) {
        if (config.token() == null) {
            throw new CliException(ExitCodes.NOT_SIGNED_IN, "not signed in; run 'messenger-cli login LOGIN' first");
        }
        return config.token();
    }
}
