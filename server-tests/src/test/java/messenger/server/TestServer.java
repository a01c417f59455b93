package messenger.server;

import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.io.IOException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.UUID;
import messenger.protocol.client.MessengerClient;
import messenger.server.transport.TcpListener;

/** Opens real TCP connections to the server under test and creates fresh accounts. */
@ApplicationScoped
@QuarkusTestResource(EmbeddedDatabaseResource.class)
public class TestServer {

    public static final String PASSWORD = "correct horse battery";

    @Inject
    TcpListener listener;

    @ConfigProperty(name = "messenger.file-directory")
    Path fileDirectory;

    public int port() {
        return listener.port();
    }

    public MessengerClient connect() {
        try {
            return MessengerClient.connect("127.0.0.1", port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the filesystem store, the default, keeps a file's bytes. */
    public Path storedBytes(long fileId) {
        return fileDirectory.resolve(String.format("%02x", fileId & 0xff)).resolve(Long.toString(fileId));
    }

    /** A login no earlier test run has used: the test database outlives a run. */
    public static String uniqueLogin(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a new user and returns a connection logged in as that user, plus the token. */
    public Device newUser(String prefix) {
        String login = uniqueLogin(prefix);
        try (MessengerClient client = connect()) {
            client.register(login, PASSWORD);
        }
        return signIn(login);
    }

    public Device signIn(String login) {
        MessengerClient client = connect();
        String token = client.login(login, PASSWORD, "test").token();
        return new Device(login, token, client);
    }

    /** Another connection of the same device, authenticated by its token. */
    public MessengerClient resume(String token) {
        MessengerClient client = connect();
        client.resume(token);
        return client;
    }

    public record Device(String login, String token, MessengerClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }
}
