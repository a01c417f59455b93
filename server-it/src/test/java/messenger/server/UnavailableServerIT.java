package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import messenger.protocol.Message;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.Dialer;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.RetryingConnection;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.SessionListener;
import messenger.protocol.client.SessionStatus;
import messenger.protocol.client.Tls;
import messenger.testkit.RedisProcess;
import messenger.testkit.ServerProcess;
import messenger.testkit.SharedDatabase;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server of a cluster that has lost its database stays up and answers {@code UNAVAILABLE}; a client given several
 * addresses leaves it for another server, which still reaches the database, instead of waiting on it. Two packaged
 * servers on one database and one Redis; the first reaches the database through a relay the test cuts, and the
 * client reaches the second through a relay that keeps it away until the client is settled on the first.
 */
class UnavailableServerIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));
    private static final Pattern DATABASE_PORT = Pattern.compile("//127\\.0\\.0\\.1:(\\d+)/");

    private static RedisProcess redis;
    private static TcpRelay databaseOfTheFirst;
    private static ServerProcess first;
    private static ServerProcess second;
    private static TcpRelay toTheSecond;
    private static int users;

    @BeforeAll
    static void startTwoServers() throws Exception {
        Path root = Path.of("target", "it-unavailable-server-" + System.nanoTime());
        redis = RedisProcess.start(root.resolve("redis"));
        Map<String, String> settings = new LinkedHashMap<>(SharedDatabase.datasourceSettings(root.resolve("shared")));
        settings.put("messenger.cluster.redis", redis.url());
        String url = settings.get("quarkus.datasource.jdbc.url");
        Matcher port = DATABASE_PORT.matcher(url);
        assertThat(port.find()).as(url).isTrue();
        databaseOfTheFirst = new TcpRelay(Integer.parseInt(port.group(1)));
        Map<String, String> relayed = new LinkedHashMap<>(settings);
        relayed.put("quarkus.datasource.jdbc.url", port.replaceFirst("//127.0.0.1:" + databaseOfTheFirst.port() + "/"));
        first = ServerProcess.start(root.resolve("first"), relayed);
        second = ServerProcess.start(root.resolve("second"), settings);
        toTheSecond = new TcpRelay(second.port());
    }

    @AfterAll
    static void stopServers() throws Exception {
        toTheSecond.close();
        first.close();
        second.close();
        databaseOfTheFirst.close();
        redis.close();
    }

    @AfterEach
    void reconnectTheFirst() {
        databaseOfTheFirst.restore();
        toTheSecond.restore();
    }

    @Test
    void aChatSessionLeavesAServerThatKeepsAnsweringUnavailableAndItsMessageIsStoredOnce() throws Exception {
        String login = newUser("leaver");
        Statuses statuses = new Statuses();
        toTheSecond.cut();
        try (ChatSession session = new ChatSession(dialer(token(login)), statuses,
                ChatSession.Options.defaults().withPolicy(QUICK), "unavailable-server-it")) {
            session.start(null);
            await().atMost(PATIENCE).until(() -> session.status() instanceof SessionStatus.Connected);
            toTheSecond.restore();
            databaseOfTheFirst.cut();
            int settled = statuses.seen.size();

            Message sent = session.send("left-1", "sent while the first server lost its database", null)
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            assertThat(statuses.seen.subList(settled, statuses.seen.size()))
                    .as("it left the first server and connected again")
                    .anyMatch(status -> status instanceof SessionStatus.Waiting)
                    .last().isInstanceOf(SessionStatus.Connected.class);
            assertThat(timesStored(sent.text())).isEqualTo(1);
            assertThat(statuses.unexpected).isEmpty();
        }
    }

    @Test
    void aRetryingConnectionLeavesAServerThatAnswersUnavailable() throws Exception {
        String login = newUser("transfer");
        toTheSecond.cut();
        try (RetryingConnection connection = new RetryingConnection(dialer(token(login)), QUICK, 0)) {
            connection.send("on-the-first", "before the first server lost its database", null);
            toTheSecond.restore();
            databaseOfTheFirst.cut();

            Message sent = CompletableFuture.supplyAsync(() -> {
                try {
                    return connection.send("on-the-second", "after the first server lost its database", null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            assertThat(timesStored(sent.text())).isEqualTo(1);
        }
    }

    private static Dialer dialer(String token) {
        ServerAddress both = ServerAddress.parse("127.0.0.1:" + first.port() + "," + toTheSecond.address());
        return listener -> MessengerClient.connect(both, Tls.none(), listener, Duration.ofSeconds(20))
                .openedWith(client -> {
                    client.hello();
                    client.resume(token);
                });
    }

    private static String newUser(String name) {
        String login = name + "-" + (++users);
        try (MessengerClient client = second.connect()) {
            client.register(login, PASSWORD);
        }
        return login;
    }

    private static String token(String login) {
        try (MessengerClient client = second.connect()) {
            return client.login(login, PASSWORD, "unavailable-server-it").token();
        }
    }

    private static long timesStored(String text) {
        String login = newUser("witness");
        try (MessengerClient witness = second.connect()) {
            witness.login(login, PASSWORD, "witness");
            return witness.history(null, 50).messages().stream().filter(message -> text.equals(message.text()))
                    .count();
        }
    }

    private static final class Statuses implements SessionListener {
        final List<SessionStatus> seen = new CopyOnWriteArrayList<>();
        final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

        @Override
        public void onMessages(List<Message> batch) {
            // only the statuses matter here
        }

        @Override
        public void onStatus(SessionStatus status) {
            seen.add(status);
        }

        @Override
        public void onUnexpected(Throwable failure) {
            unexpected.add(failure);
        }
    }
}
