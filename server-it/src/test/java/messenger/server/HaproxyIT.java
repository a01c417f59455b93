package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.protocol.Message;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.SessionListener;
import messenger.protocol.client.SessionStatus;
import messenger.protocol.client.Tls;
import messenger.testkit.HaproxyProcess;
import messenger.testkit.RedisProcess;
import messenger.testkit.ServerProcess;
import messenger.testkit.SharedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment's load balancer, {@code src/main/docker/haproxy.cfg} run by Debian's {@code haproxy} with only its
 * addresses changed, in front of two packaged servers of a cluster: it spreads clients over the servers, names each
 * client to them in a PROXY header, takes a killed server out by its health check while the client core reconnects
 * through it to the other server, and sends clients to that server again once it is back and ready.
 */
class HaproxyIT {

    private static final Path DEPLOYED_CONFIG = Path.of("..", "src", "main", "docker", "haproxy.cfg");
    private static final String PASSWORD = "correct horse battery";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int SERVERS = 2;
    /** Connections waiting to sign in per client address, above what the other tests here open at once. */
    private static final int CAP = 8;

    private static RedisProcess redis;
    private static HaproxyProcess haproxy;
    private static final List<ServerProcess> servers = new ArrayList<>();
    private static final List<Path> dataDirs = new ArrayList<>();
    private static final Map<String, String> settings = new LinkedHashMap<>();

    @BeforeAll
    static void startClusterBehindHaproxy() throws IOException {
        Path root = Path.of("target", "it-haproxy-" + System.nanoTime());
        redis = RedisProcess.start(root.resolve("redis"));
        settings.putAll(SharedDatabase.datasourceSettings(root.resolve("shared")));
        settings.put("messenger.cluster.redis", redis.url());
        settings.put("messenger.proxy-protocol", "true");
        settings.put("messenger.max-unauthenticated-per-address", String.valueOf(CAP));
        List<HaproxyProcess.Backend> backends = new ArrayList<>();
        for (int i = 0; i < SERVERS; i++) {
            dataDirs.add(root.resolve("server-" + i));
            ServerProcess server = ServerProcess.start(dataDirs.get(i), settings);
            servers.add(server);
            backends.add(new HaproxyProcess.Backend(name(i), server.port(), server.managementPort()));
        }
        haproxy = HaproxyProcess.start(root.resolve("haproxy"), DEPLOYED_CONFIG, backends);
        await().atMost(PATIENCE).until(() -> haproxy.serverStatuses().values().stream().allMatch("UP"::equals));
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (haproxy != null) {
            haproxy.close();
        }
        for (ServerProcess server : servers) {
            server.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void clientsAreSpreadOverTheServersAndChatAcrossThem() throws IOException {
        List<Reader> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                readers.add(Reader.signUp("spread-" + i + "-" + System.nanoTime() % 100_000));
            }
            readers.forEach(Reader::awaitConnected);
            assertThat(haproxy.currentSessions().values()).as("sessions per server").allMatch(count -> count >= 1);

            List<Long> sent = new ArrayList<>();
            try (MessengerClient writer = signedIn("spread-writer-" + System.nanoTime() % 100_000)) {
                for (int i = 0; i < 5; i++) {
                    sent.add(writer.send("spread-" + i, "across the balancer " + i, null).id());
                }
            }
            for (Reader reader : readers) {
                await().atMost(PATIENCE).until(() -> reader.ids().containsAll(sent));
                reader.assertInOrderOnceAndNothingUnexpected();
            }
        } finally {
            readers.forEach(Reader::close);
        }
    }

    @Test
    void eachClientIsCountedByItsOwnAddressNotByHaproxys() throws Exception {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                open.add(fromAddress("127.0.0.2"));
            }
            for (Socket admitted : open) {
                assertThat(ping(admitted).header().get("type").getAsString()).isEqualTo("ok");
            }
            try (Socket oneTooMany = fromAddress("127.0.0.2")) {
                assertThat(read(oneTooMany).header().get("code").getAsString())
                        .as("the cap holds for one client across both servers")
                        .isEqualTo(ErrorCode.RATE_LIMITED.name());
            }
            try (Socket someoneElse = fromAddress("127.0.0.3")) {
                // a server admits a stranger at once and closes it when Redis says the cluster holds too many
                Thread.sleep(1_000);
                assertThat(ping(someoneElse).header().get("type").getAsString())
                        .as("another client behind the same HAProxy is not counted with the first")
                        .isEqualTo("ok");
            }
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    @Test
    void aKilledServerIsTakenOutWhileItsClientsReconnectToTheOtherAndComesBackOnceReady() throws Exception {
        List<Reader> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                readers.add(Reader.signUp("survivor-" + i + "-" + System.nanoTime() % 100_000));
            }
            readers.forEach(Reader::awaitConnected);
            String writerLogin = "survivor-writer-" + System.nanoTime() % 100_000;
            try (MessengerClient writer = signedIn(writerLogin)) {
                long before = writer.send("before", "before the kill", null).id();
                readers.forEach(reader -> await().atMost(PATIENCE).until(() -> reader.ids().contains(before)));
            }
            int victim = 0;
            assertThat(haproxy.currentSessions().get(name(victim))).as("readers on the server to kill").isPositive();

            int port = servers.get(victim).port();
            int managementPort = servers.get(victim).managementPort();
            servers.get(victim).kill();
            await().atMost(PATIENCE).until(() -> haproxy.serverStatuses().get(name(victim)).startsWith("DOWN"));
            await().atMost(PATIENCE).until(() -> readers.stream().anyMatch(Reader::wasCutOff));

            List<Long> sent = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                try (MessengerClient writer = login(writerLogin)) {
                    sent.add(writer.send("after-" + i, "after the kill " + i, null).id());
                }
            }
            for (Reader reader : readers) {
                reader.awaitConnected();
                await().atMost(PATIENCE).until(() -> reader.ids().containsAll(sent));
                reader.assertInOrderOnceAndNothingUnexpected();
            }

            servers.set(victim, ServerProcess.start(dataDirs.get(victim), port, managementPort, settings));
            await().atMost(PATIENCE).until(() -> "UP".equals(haproxy.serverStatuses().get(name(victim))));
            List<MessengerClient> newcomers = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    newcomers.add(login(writerLogin));
                }
                assertThat(haproxy.currentSessions().get(name(victim))).as("new clients reach it again").isPositive();
            } finally {
                newcomers.forEach(MessengerClient::close);
            }
        } finally {
            readers.forEach(Reader::close);
        }
    }

    private static String name(int server) {
        return "server" + (server + 1);
    }

    /** A connection through HAProxy, its pushes going to {@code listener} (which may be null). */
    private static MessengerClient connect(PushListener listener) throws IOException {
        return MessengerClient.connect("127.0.0.1", haproxy.port(), Tls.none(), listener, Duration.ofSeconds(20));
    }

    private static MessengerClient signedIn(String login) throws IOException {
        MessengerClient client = connect(null);
        client.register(login, PASSWORD);
        client.login(login, PASSWORD, "haproxy-it");
        return client;
    }

    private static MessengerClient login(String login) throws IOException {
        MessengerClient client = connect(null);
        client.login(login, PASSWORD, "haproxy-it");
        return client;
    }

    /** A connection through HAProxy from another loopback address, as from another machine. */
    private static Socket fromAddress(String address) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", haproxy.port()), 5_000);
        return socket;
    }

    private static Frame ping(Socket socket) throws Exception {
        JsonObject ping = new JsonObject();
        ping.addProperty("type", "ping");
        ping.addProperty("id", 1);
        FrameCodec.write(socket.getOutputStream(), new Frame(ping));
        return read(socket);
    }

    private static Frame read(Socket socket) throws Exception {
        socket.setSoTimeout(30_000);
        return FrameCodec.read(new DataInputStream(socket.getInputStream()), FrameLimits.DEFAULT);
    }

    /** A device on the client core ({@link ChatSession}) that reaches the cluster only through HAProxy. */
    private static final class Reader implements SessionListener, AutoCloseable {

        private static final ChatSession.Options OPTIONS = ChatSession.Options.defaults()
                .withPolicy(new ReconnectPolicy(Duration.ofMillis(200), Duration.ofSeconds(2)));

        private final ChatSession session;
        private final List<Message> messages = new CopyOnWriteArrayList<>();
        private final List<SessionStatus> statuses = new CopyOnWriteArrayList<>();
        private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

        private Reader(String token) {
            session = new ChatSession(listener -> connect(listener).openedWith(client -> {
                client.hello();
                client.resume(token);
            }), this, OPTIONS, "haproxy-it-reader");
            session.start(null);
        }

        static Reader signUp(String login) throws IOException {
            try (MessengerClient client = signedIn(login)) {
                return new Reader(client.login(login, PASSWORD, "reader").token());
            }
        }

        @Override
        public void onMessages(List<Message> batch) {
            messages.addAll(batch);
        }

        @Override
        public void onStatus(SessionStatus status) {
            statuses.add(status);
        }

        @Override
        public void onUnexpected(Throwable failure) {
            unexpected.add(failure);
        }

        List<Long> ids() {
            return messages.stream().map(Message::id).toList();
        }

        boolean wasCutOff() {
            return statuses.stream().dropWhile(status -> !(status instanceof SessionStatus.Connected))
                    .anyMatch(status -> !(status instanceof SessionStatus.Connected));
        }

        void awaitConnected() {
            await().atMost(PATIENCE).until(() -> session.status() instanceof SessionStatus.Connected);
        }

        void assertInOrderOnceAndNothingUnexpected() {
            assertThat(ids()).isSorted().doesNotHaveDuplicates();
            assertThat(unexpected).isEmpty();
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
