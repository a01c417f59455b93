package messenger.client.controller;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import messenger.client.cache.AccountCache;
import messenger.client.cache.DataFolder;
import messenger.client.net.Device;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;

/**
 * An account's data on this computer at sign-in: opened (or made) after the server accepted the password, and
 * then keeping the device token sealed with it; or, while the server cannot be reached, opened with that password
 * to start with what was kept. A cache that cannot be written at all gives way to one in memory. Blocks: runs on a
 * background thread.
 */
final class KeptAccount {

    private static final System.Logger LOG = System.getLogger(KeptAccount.class.getName());

    private KeptAccount() {
    }

    /** The cache of a device the server just signed in, remembering its token for a start without the server. */
    static AccountCache afterSignIn(Device device, String password, Clock clock) {
        Path folder = DataFolder.of(device.server().toString(), device.login());
        AccountCache cache;
        try {
            cache = AccountCache.open(folder, clock);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Nothing is kept on this computer this time: " + e.getMessage());
            return AccountCache.temporary(folder);
        }
        CacheGuard.write(() -> cache.rememberToken(device.login(), device.token(), password));
        return cache;
    }

    /**
     * The device and cache of an account that signed in here before with this password, when the server could not
     * be reached; empty when there is none, or the password is not the one it signed in with.
     */
    static Optional<Opened> withoutServer(ServerAddress server, Tls tls, String login, String password, Clock clock) {
        Path folder = DataFolder.of(server.toString(), login);
        if (!Files.exists(folder)) {
            return Optional.empty();
        }
        AccountCache cache;
        try {
            cache = AccountCache.open(folder, clock);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<String> token = CacheGuard.read(() -> cache.token(password)).flatMap(found -> found);
        Optional<String> registered = CacheGuard.read(cache::login).flatMap(found -> found);
        if (token.isEmpty() || registered.isEmpty()) {
            cache.close();
            return Optional.empty();
        }
        return Optional.of(new Opened(new Device(server, tls, registered.get(), token.get()), cache));
    }

    /** Whether a sign-in failed for want of the server, not because it refused. */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
                    || cause instanceof ConnectionLostException) {
                return true;
            }
        }
        return false;
    }

    /** A device and its cache, ready for the chat. */
    record Opened(Device device, AccountCache cache) {
    }
}
