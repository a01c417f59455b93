package messenger.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.OncePerJvm;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged server, started once for all GUI test classes of a test JVM (starting it takes long on a busy
 * machine) and stopped when that JVM exits. Tests keep apart by unique logins and texts.
 */
public final class RunningServer implements BeforeAllCallback {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final int START_ATTEMPTS = 3;

    private static final OncePerJvm<ServerProcess> SHARED = new OncePerJvm<>(() -> start(Path.of("target", "it-data")));

    private ServerProcess process;

    @Override
    public void beforeAll(ExtensionContext context) {
        process = SHARED.get();
    }

    /**
     * On a machine busy with other builds the embedded database sometimes misses the server's start-up
     * deadline and the server exits; a second or third try, in a fresh data directory, gets through.
     */
    public static ServerProcess start(Path parent) {
        return start(parent, Map.of());
    }

    /** As {@link #start(Path)}, with settings (such as TLS) for the server. */
    public static ServerProcess start(Path parent, Map<String, String> settings) {
        IllegalStateException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return ServerProcess.start(parent.resolve("server-" + System.nanoTime()), settings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalStateException e) {
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    public int port() {
        return process.port();
    }

    public String address() {
        return "127.0.0.1:" + process.port();
    }

    /** A login no other test of this run uses. */
    public static String uniqueLogin(String name) {
        return name + "-" + USERS.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** A plain protocol client, for setting the scene and for checking what the server holds. */
    public MessengerClient connect() {
        return process.connect();
    }

    /** Registers a user and returns a connection signed in as that user. */
    public MessengerClient signedIn(String login) {
        MessengerClient client = connect();
        client.register(login, PASSWORD);
        client.login(login, PASSWORD, "test");
        return client;
    }
}
