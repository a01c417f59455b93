package messenger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import messenger.testkit.OncePerJvm;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged server the CLI ITs run against: started once per test JVM by the first IT class that registers this
 * extension, stopped when that JVM exits. Each user's CLI keeps its config and files in {@code work/<user>}; the ITs
 * keep apart by logins of their own.
 */
final class SharedServer implements BeforeAllCallback {

    static final String PASSWORD = "correct horse battery";

    private static final OncePerJvm<Shared> SHARED = new OncePerJvm<>(SharedServer::start);

    private Shared shared;

    /** Closed when the test JVM exits, which stops the server. */
    private record Shared(ServerProcess server, Path work) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            server.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shared = SHARED.get();
    }

    private static Shared start() {
        Path work = Path.of("target", "it-cli-" + System.nanoTime()).toAbsolutePath();
        try {
            return new Shared(ServerProcess.start(work.resolve("server")), work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ServerProcess server() {
        return shared.server();
    }

    /** Where the users' folders are. */
    Path work() {
        return shared.work();
    }

    /** The CLI of {@code user}, not signed in. */
    CliProcess cli(String user) throws IOException {
        return CliProcess.of(server(), work(), user);
    }

    /** The CLI of {@code user}, registered and signed in through the library: quicker than two CLI runs. */
    CliProcess signedIn(String user) throws IOException {
        return CliProcess.signedIn(server(), work(), user, PASSWORD);
    }
}
