package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.PushListener;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;
import messenger.protocol.client.TransferListener;
import messenger.testkit.RedisProcess;
import messenger.testkit.TcpProxy;
import messenger.testkit.ServerProcess;
import messenger.testkit.SharedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three packaged servers on one database, rung together by a {@code redis-server} this test starts: every member
 * on every server gets every message once and in id order, whichever server stored it, also while Redis is
 * killed or frozen (then by polling), and again through Redis once it is back; presence is the same on every
 * server; an upload moves between servers.
 */
class ClusterIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);
    private static final int SERVERS = 3;
    private static final int BURST = 200;

    private static RedisProcess redis;
    /** The last server reaches Redis through it, so that its connections can go silent. */
    private static TcpProxy proxy;
    private static final List<ServerProcess> servers = new ArrayList<>();
    private static final List<Path> dataDirs = new ArrayList<>();
    private static final Map<String, String> settings = new LinkedHashMap<>();

    @BeforeAll
    static void startCluster() throws IOException {
        Path root = Path.of("target", "it-cluster-" + System.nanoTime());
        redis = RedisProcess.start(root.resolve("redis"));
        proxy = TcpProxy.start(redis.port());
        settings.putAll(SharedDatabase.datasourceSettings(root.resolve("shared")));
        settings.put("messenger.cluster.redis", redis.url());
        settings.put("messenger.cluster.poll-interval", "500ms");
        // a burst no other test here reaches, refilled so slowly that the limit test cannot outrun it
        settings.put("messenger.messages-per-second", "1");
        settings.put("messenger.message-burst", String.valueOf(BURST));
        // one volume for every server's files, as docs/cluster.md asks of the file-system store
        settings.put("messenger.file-directory", root.resolve("shared-files").toAbsolutePath().toString());
        for (int i = 0; i < SERVERS; i++) {
            dataDirs.add(root.resolve("server-" + i));
            servers.add(ServerProcess.start(dataDirs.get(i), settingsOf(i)));
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (ServerProcess server : servers) {
            server.close();
        }
        proxy.close();
        redis.close();
    }

    private static Map<String, String> settingsOf(int server) {
        if (server < SERVERS - 1) {
            return settings;
        }
        Map<String, String> proxied = new LinkedHashMap<>(settings);
        proxied.put("messenger.cluster.redis", "redis://127.0.0.1:" + proxy.port());
        return proxied;
    }

    /**
     * Its two Redis clients once shared a metrics name, and Micrometer warned at start-up of a gauge registered
     * twice. (A subscription made again later registers its pool's gauges again, which Micrometer ignores with the
     * same warning, once: the other tests here provoke that.)
     */
    @Test
    void noServerRegistersAMeterTwiceAtStartUp() throws IOException {
        for (ServerProcess server : servers) {
            String log = Files.readString(server.log());
            int started = log.indexOf(" started in ");
            assertThat(started).as("the start-up line").isPositive();
            assertThat(log.substring(0, started)).doesNotContain("already registered");
        }
    }

    @Test
    void everyMemberOnEveryServerGetsEveryMessageOnceAndInOrder() throws Exception {
        List<Member> members = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                members.add(Member.signUp(servers.get(i % SERVERS), "spread-" + i + "-" + System.nanoTime() % 100_000));
            }
            Conversation room = members.get(0).client.createRoom("cluster room " + System.nanoTime(), null,
                    Conversation.PUBLIC);
            members.subList(1, members.size()).forEach(member -> member.client.joinRoom(room.id()));
            members.forEach(Member::follow);
            double storedBefore = storedByAllServers();

            Set<Long> sent = new HashSet<>();
            for (int round = 0; round < 20; round++) {
                for (int s = 0; s < SERVERS; s++) {
                    MessengerClient sender = members.get(s).client;
                    sent.add(sender.send(room.id(), "r" + round + "-" + s, "round " + round, null).id());
                    sent.add(sender.send("g" + round + "-" + s, "general " + round, null).id());
                }
            }
            members.get(0).client.typing(room.id());
            members.get(0).client.updateRoom(room.id(), null, "topic set on one server");

            for (Member member : members) {
                await().atMost(DELIVERY_WAIT).until(() -> member.messageIds().containsAll(sent));
                assertThat(member.messageIds()).as("once each, ascending").isSorted().doesNotHaveDuplicates();
            }
            assertThat(storedByAllServers() - storedBefore).as("each message counted by the server that stored it")
                    .isEqualTo(sent.size());
            for (Member member : members.subList(1, members.size())) {
                await().atMost(DELIVERY_WAIT).until(() -> member.typing.contains(
                        new Pushes.TypingPush(room.id(), members.get(0).login)));
            }
            for (Member member : members) {
                await().atMost(DELIVERY_WAIT).until(() -> member.events.stream()
                        .anyMatch(event -> event.conversation() == room.id() && event.kind().equals(ConversationEvent.TOPIC)));
            }
        } finally {
            members.forEach(Member::close);
        }
    }

    @Test
    void redisKilledOrFrozenDelaysMessagesButLosesNoneAndIsUsedAgainOnceBack() throws Exception {
        Member writer = Member.signUp(servers.get(0), "writer-" + System.nanoTime() % 100_000);
        Member reader = Member.signUp(servers.get(2), "reader-" + System.nanoTime() % 100_000);
        try {
            reader.follow();
            assertDelivered(writer, reader, "before");
            Member goneMeanwhile = Member.signUp(servers.get(1), "gone-" + System.nanoTime() % 100_000);
            goneMeanwhile.follow();
            await().atMost(DELIVERY_WAIT).until(() -> lastStatus(reader, goneMeanwhile.login).equals(Presence.ONLINE));
            Member signingOut = Member.signUp(servers.get(1), "out-" + System.nanoTime() % 100_000);
            MessengerClient sameDevice = servers.get(2).connect();
            sameDevice.resume(signingOut.client.login(signingOut.login, PASSWORD, "one device").token());

            redis.kill();
            await().atMost(DELIVERY_WAIT).until(() -> clusterMode(servers.get(0)).equals("degraded"));
            assertDelivered(writer, reader, "redis killed");
            await().atMost(DELIVERY_WAIT).until(() -> clusterMode(servers.get(1)).equals("degraded"));
            goneMeanwhile.close();
            signingOut.client.logout();
            signingOut.close();
            // without Redis every server keeps its own search index, so a search finds what another server stored
            String word = "wombat" + System.nanoTime() % 100_000;
            long found = writer.client.send(word, "a " + word + " while Redis is down", null).id();
            await().atMost(DELIVERY_WAIT).until(() -> foundIds(reader.client, word).contains(found));

            redis.restart();
            await().atMost(DELIVERY_WAIT).until(() -> servers.stream().allMatch(s -> clusterMode(s).equals("cluster")));
            assertDelivered(writer, reader, "redis back");
            // its server told the others once Redis answered, maybe before they listened again
            await("who left while Redis was down, as seen from another server").atMost(DELIVERY_WAIT)
                    .until(() -> lastStatus(reader, goneMeanwhile.login).equals(Presence.OFFLINE));
            await("a device signed out on another server while Redis was down").atMost(DELIVERY_WAIT)
                    .untilAsserted(() -> assertThatThrownBy(() -> sameDevice.history(null, 1))
                            .isInstanceOfSatisfying(MessengerException.class,
                                    e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED)));
            sameDevice.close();

            Member leaving = Member.signUp(servers.get(1), "leaving-" + System.nanoTime() % 100_000);
            leaving.follow();
            await().atMost(DELIVERY_WAIT).until(() -> statusOf(reader, leaving.login).equals(Presence.ONLINE));
            // on the reader's server and on another: leaving the reader's one, still online
            Member twiceHere = Member.signUp(servers.get(2), "twice-" + System.nanoTime() % 100_000);
            Member twiceThere = Member.signIn(servers.get(0), twiceHere.login);
            twiceHere.follow();
            twiceThere.follow();
            await().atMost(DELIVERY_WAIT).until(() -> statusOf(reader, twiceHere.login).equals(Presence.ONLINE));
            redis.freeze();
            try {
                await().atMost(DELIVERY_WAIT).until(() -> clusterMode(servers.get(0)).equals("degraded"));
                assertDelivered(writer, reader, "redis frozen");
                await().atMost(DELIVERY_WAIT).until(() -> clusterMode(servers.get(1)).equals("degraded"));
                leaving.close();
                await().atMost(DELIVERY_WAIT).until(() -> clusterMode(servers.get(2)).equals("degraded"));
                twiceHere.close();
                await("told on the reader's server alone, which sees the user nowhere now").atMost(DELIVERY_WAIT)
                        .until(() -> lastStatus(reader, twiceHere.login).equals(Presence.OFFLINE));
            } finally {
                redis.thaw();
            }
            await().atMost(DELIVERY_WAIT).until(() -> servers.stream().allMatch(s -> clusterMode(s).equals("cluster")));
            assertDelivered(writer, reader, "redis thawed");
            assertThat(reader.messageIds()).isSorted().doesNotHaveDuplicates();
            await("who left while Redis was frozen, as seen from another server").atMost(DELIVERY_WAIT)
                    .until(() -> statusOf(reader, leaving.login).equals(Presence.OFFLINE));
            await("who is still on another server, told again once Redis answers").atMost(DELIVERY_WAIT)
                    .until(() -> lastStatus(reader, twiceHere.login).equals(Presence.ONLINE));
            twiceThere.close();
        } finally {
            writer.close();
            reader.close();
        }
    }

    @Test
    void aUsersMessageRateHoldsAcrossServers() throws Exception {
        String login = "fast-" + System.nanoTime() % 100_000;
        Member first = Member.signUp(servers.get(0), login);
        try (MessengerClient second = servers.get(1).connect()) {
            second.login(login, PASSWORD, "second");
            List<CompletableFuture<Frame>> replies = new ArrayList<>();
            for (int i = 0; i < BURST * 3 / 4; i++) {
                for (MessengerClient client : List.of(first.client, second)) {
                    replies.add(client.call(Requests.Send.TYPE,
                            new Requests.Send(i + "-" + replies.size(), "quick " + i, null), new byte[0]));
                }
            }
            long stored = 0;
            long limited = 0;
            for (CompletableFuture<Frame> reply : replies) {
                try {
                    reply.get(60, TimeUnit.SECONDS);
                    stored++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(MessengerException.class,
                            refused -> assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED));
                    limited++;
                }
            }
            assertThat(limited).as("each server alone would take all %d", replies.size()).isPositive();
            assertThat(stored).as("a burst of %d and one more a second", BURST).isLessThan(BURST + 60);
        } finally {
            first.close();
        }
    }

    /**
     * Devices spread over the cluster send and follow the chat while two of the servers in turn are SIGKILLed and
     * started again (the third keeps serving); they reconnect to whichever server answers. Afterwards every acknowledged message is stored
     * once under its id, and every device has seen every stored message.
     */
    @Test
    void acknowledgedMessagesSurviveServersKilledOneAtATime() throws Exception {
        ServerAddress cluster = ServerAddress.parse(servers.stream().map(s -> "127.0.0.1:" + s.port())
                .collect(Collectors.joining(",")));
        List<ClusterSender> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Member device = Member.signUp(servers.get(i % SERVERS), "crash-" + i + "-" + System.nanoTime() % 100_000);
            senders.add(new ClusterSender(device.login, device.client.login(device.login, PASSWORD, "sender").token(),
                    cluster));
            device.close();
        }
        List<Thread> threads = senders.stream().map(sender -> new Thread(sender, sender.login)).toList();
        threads.forEach(Thread::start);
        for (int victim = 1; victim < SERVERS; victim++) {
            awaitProgress(senders);
            int port = servers.get(victim).port();
            servers.get(victim).kill();
            awaitProgress(senders);
            servers.set(victim, ServerProcess.start(dataDirs.get(victim), port, settingsOf(victim)));
        }
        awaitProgress(senders);
        senders.forEach(ClusterSender::stop);
        for (Thread thread : threads) {
            thread.join(120_000);
        }

        try (MessengerClient checker = servers.get(0).connect()) {
            checker.login(senders.get(0).login, PASSWORD, "checker");
            List<Message> stored = new ArrayList<>();
            Results.MessagePage page;
            do {
                page = checker.sync(stored.isEmpty() ? 0 : stored.get(stored.size() - 1).id(), 1_000);
                stored.addAll(page.messages());
            } while (page.hasMore());
            Map<String, Long> byClientId = new HashMap<>();
            stored.forEach(message -> assertThat(byClientId.put(message.from() + "/" + message.clientMsgId(),
                    message.id())).as("stored once: " + message).isNull());
            int acked = 0;
            for (ClusterSender sender : senders) {
                for (Map.Entry<String, Long> ack : sender.acked.entrySet()) {
                    acked++;
                    assertThat(byClientId.get(sender.login + "/" + ack.getKey())).as("acknowledged " + ack.getKey())
                            .isEqualTo(ack.getValue());
                }
            }
            assertThat(acked).isGreaterThan((SERVERS - 1) * 2 * 3 * senders.size());
            List<Long> ids = stored.stream().map(Message::id).filter(id -> id > senders.get(0).firstCursor).toList();
            for (ClusterSender sender : senders) {
                assertThat(sender.seen).as(sender.login + " saw every message stored while it followed")
                        .containsAll(ids.stream().filter(id -> id > sender.firstCursor && id <= sender.cursor).toList());
            }
            System.out.printf("cluster crash safety: sigkills=%d acked=%d stored=%d lost=0 duplicated=0 reconnects=%d%n",
                    SERVERS - 1, acked, stored.size(), senders.stream().mapToInt(sender -> sender.reconnects.get()).sum());
        }
    }

    /** Kills only land once every device has had messages acknowledged since the last one. */
    private static void awaitProgress(List<ClusterSender> senders) {
        Map<ClusterSender, Integer> before = new HashMap<>();
        senders.forEach(sender -> before.put(sender, sender.acked.size()));
        await().atMost(Duration.ofMinutes(2)).until(() -> senders.stream()
                .allMatch(sender -> sender.acked.size() >= before.get(sender) + 3));
    }

    @Test
    void aLogoutSignsTheDeviceOutOnEveryServer() {
        String login = "leaver-" + System.nanoTime() % 100_000;
        Member device = Member.signUp(servers.get(0), login);
        try (MessengerClient sameDevice = servers.get(1).connect()) {
            String token = device.client.login(login, PASSWORD, "one device").token();
            sameDevice.resume(token);
            sameDevice.subscribe();
            device.client.logout();
            await().atMost(DELIVERY_WAIT).untilAsserted(() -> assertThatThrownBy(() -> sameDevice.history(null, 1))
                    .isInstanceOfSatisfying(MessengerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED)));
        } finally {
            device.close();
        }
    }

    @Test
    void failedLoginsOnOneServerMakeTheOthersWaitToo() throws Exception {
        String login = "guessed-" + System.nanoTime() % 100_000;
        Member.signUp(servers.get(0), login).close();
        try (MessengerClient guesser = servers.get(0).connect(); MessengerClient elsewhere = servers.get(1).connect()) {
            int failed = 0;
            // seven failures in a row: the last imposes a 4 s wait, time enough to try another server
            while (failed < 7) {
                try {
                    guesser.login(login, "wrong password " + failed, "guess");
                } catch (MessengerException e) {
                    if (e.code() == ErrorCode.RATE_LIMITED) {
                        Thread.sleep(e.header().get("retryAfter").getAsLong() * 1000);
                    } else {
                        assertThat(e.code()).isEqualTo(ErrorCode.AUTH_FAILED);
                        failed++;
                    }
                }
            }
            assertThatThrownBy(() -> elsewhere.login(login, PASSWORD, "right password, wrong moment"))
                    .isInstanceOfSatisfying(MessengerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED));
            // a login attempt's login may be a password typed into the wrong field: Redis's key names hide it
            String counted = "messenger:login-failures:login:" + login;
            assertThat(redis.number("EXISTS " + counted)).isZero();
            assertThat(redis.number("EXISTS messenger:limits:"
                    + Sha256.hex(counted.getBytes(StandardCharsets.UTF_8)))).isOne();
        }
    }

    /**
     * One attempt at a login is checked at a time across the cluster, else a guesser with a connection to each server
     * would get one guess per server before the first failure counts. Right passwords here, so that no failure is
     * counted against the address every test here shares.
     */
    @Test
    void loginsSentSideBySideToSeveralServersAreCheckedOneAtATime() throws Exception {
        String login = "side-" + System.nanoTime() % 100_000;
        Member.signUp(servers.get(0), login).close();
        List<MessengerClient> clients = servers.stream().map(ServerProcess::connect).toList();
        try {
            List<ErrorCode> turnedAway = new ArrayList<>();
            for (int round = 0; round < 10 && turnedAway.isEmpty(); round++) {
                String device = "side by side " + round;
                List<CompletableFuture<Frame>> attempts = clients.stream()
                        .map(client -> client.call(Requests.Login.TYPE, new Requests.Login(login, PASSWORD, device), null))
                        .toList();
                for (CompletableFuture<Frame> attempt : attempts) {
                    try {
                        attempt.get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        turnedAway.add(((MessengerException) e.getCause()).code());
                    }
                }
            }
            assertThat(turnedAway).as("attempts another server was checking at the time").isNotEmpty()
                    .containsOnly(ErrorCode.RATE_LIMITED);
        } finally {
            clients.forEach(MessengerClient::close);
        }
    }

    @Test
    void theCapOnConnectionsWaitingToSignInHoldsAcrossServers() throws Exception {
        int cap = 64; // messenger.max-unauthenticated-per-address, left at its default here
        int perServer = 30; // below the cap on each server alone
        int tooMany = perServer * SERVERS - cap;
        List<Socket> strangers = new ArrayList<>();
        try {
            for (int i = 0; i < perServer * SERVERS; i++) {
                strangers.add(new Socket("127.0.0.1", servers.get(i % SERVERS).port()));
            }
            await().atMost(DELIVERY_WAIT).until(() -> refusedAmong(strangers).size() >= tooMany);
            Thread.sleep(1_000); // time for a wrongly refused one to show
            List<Socket> refused = refusedAmong(strangers);
            // a server killed by an earlier test may still be counted for its strangers until their deadline passed
            assertThat(strangers.size() - refused.size()).as("admitted across the cluster").isBetween(cap - 16, cap);
            for (Socket socket : refused) {
                assertThat(readFrame(socket).header().get("code").getAsString())
                        .isEqualTo(ErrorCode.RATE_LIMITED.name());
            }
            for (Socket socket : strangers.stream().filter(socket -> !refused.contains(socket)).toList()) {
                assertThat(ping(socket).header().get("type").getAsString()).isEqualTo("ok");
            }
        } finally {
            for (Socket socket : strangers) {
                socket.close();
            }
        }
        await().atMost(DELIVERY_WAIT).untilAsserted(() -> {
            try (Socket later = new Socket("127.0.0.1", servers.get(2).port())) {
                assertThat(ping(later).header().get("type").getAsString()).as("closed ones make room again")
                        .isEqualTo("ok");
            }
        });
    }

    private static List<Socket> refusedAmong(List<Socket> strangers) {
        return strangers.stream().filter(socket -> {
            try {
                return socket.getInputStream().available() > 0;
            } catch (IOException e) {
                return true;
            }
        }).toList();
    }

    private static Frame ping(Socket socket) throws Exception {
        JsonObject ping = new JsonObject();
        ping.addProperty("type", "ping");
        ping.addProperty("id", 1);
        FrameCodec.write(socket.getOutputStream(), new Frame(ping));
        return readFrame(socket);
    }

    private static Frame readFrame(Socket socket) throws Exception {
        socket.setSoTimeout(30_000);
        return FrameCodec.read(new DataInputStream(socket.getInputStream()), FrameLimits.DEFAULT);
    }

    @Test
    void presenceIsTheSameOnEveryServer() throws Exception {
        Member watcher = Member.signUp(servers.get(2), "watcher-" + System.nanoTime() % 100_000);
        String login = "roamer-" + System.nanoTime() % 100_000;
        try {
            watcher.follow();
            Member phone = Member.signUp(servers.get(0), login);
            phone.follow();
            MessengerClient laptop = servers.get(1).connect();
            laptop.login(login, PASSWORD, "laptop");
            laptop.subscribe();
            await().atMost(DELIVERY_WAIT).until(() -> watcher.statusesOf(login).contains(Presence.ONLINE));
            assertThat(watcher.client.presence(List.of(login))).singleElement()
                    .satisfies(seen -> assertThat(seen.status()).isEqualTo(Presence.ONLINE));

            phone.close();
            assertThat(watcher.client.presence(List.of(login))).as("still on the laptop, on another server")
                    .singleElement().satisfies(seen -> assertThat(seen.status()).isEqualTo(Presence.ONLINE));
            assertThat(watcher.client.presence(List.of(login, "nobody-" + login, watcher.login)))
                    .as("several users asked at once, in the order asked")
                    .extracting(Presence::login, Presence::status)
                    .containsExactly(tuple(login, Presence.ONLINE), tuple(watcher.login, Presence.ONLINE));
            laptop.close();
            await().atMost(DELIVERY_WAIT).until(() -> watcher.statusesOf(login).contains(Presence.OFFLINE));
            assertThat(watcher.statusesOf(login)).containsExactly(Presence.ONLINE, Presence.OFFLINE);
            assertThat(servers.get(1).connect()).satisfies(other -> {
                try (other) {
                    other.login(watcher.login, PASSWORD, "other");
                    assertThat(other.presence(List.of(login))).singleElement()
                            .satisfies(seen -> assertThat(seen.status()).isEqualTo(Presence.OFFLINE));
                }
            });

            MessengerClient again = servers.get(1).connect();
            again.login(login, PASSWORD, "laptop again");
            again.subscribe();
            await().atMost(DELIVERY_WAIT).until(() -> statusOf(watcher, login).equals(Presence.ONLINE));
            // a server another test killed stays listed until the others miss its heartbeat
            await().atMost(DELIVERY_WAIT).until(() -> redis.number("SCARD messenger:servers") == SERVERS);
            try {
                servers.get(1).stop();
                // a server stopped in order leaves at once, not when the others miss its heartbeat
                assertThat(redis.number("SCARD messenger:servers")).as("servers in Redis").isEqualTo(SERVERS - 1);
                assertThat(statusOf(watcher, login)).isEqualTo(Presence.OFFLINE);
            } finally {
                again.close();
                servers.set(1, ServerProcess.start(dataDirs.get(1), settingsOf(1)));
            }
        } finally {
            watcher.close();
        }
    }

    @Test
    void connectionsToRedisThatWentSilentAreNoticedAndMadeAgain() throws Exception {
        ServerProcess proxied = servers.get(SERVERS - 1);
        Member watcher = Member.signUp(proxied, "listener-" + System.nanoTime() % 100_000);
        String login = "arriving-" + System.nanoTime() % 100_000;
        try {
            watcher.follow();
            assertThat(proxy.silenceConnectionsThatSent("SUBSCRIBE")).as("the proxied server's subscription").isOne();
            await().atMost(DELIVERY_WAIT).until(() -> Files.readString(proxied.log())
                    .contains("heard nothing for 10 s; subscribing again"));
            await().atMost(DELIVERY_WAIT).until(() -> clusterMode(proxied).equals("cluster"));
            assertThat(proxy.silenceConnectionsThatSent("PING")).as("its connection for commands").isOne();
            await().atMost(DELIVERY_WAIT).until(() -> Files.readString(proxied.log())
                    .contains("opening a new connection for commands"));
            await().atMost(DELIVERY_WAIT).until(() -> clusterMode(proxied).equals("cluster"));

            Member arriving = Member.signUp(servers.get(0), login);
            try {
                arriving.follow();
                await("a presence told on another server, heard again").atMost(DELIVERY_WAIT)
                        .until(() -> watcher.statusesOf(login).contains(Presence.ONLINE));
                // while its commands went unanswered, its heartbeat lapsed and the others took its users away
                await("the proxied server's users present again for the others").atMost(DELIVERY_WAIT)
                        .until(() -> statusOf(arriving, watcher.login).equals(Presence.ONLINE));
            } finally {
                arriving.close();
            }
        } finally {
            watcher.close();
        }
    }

    @Test
    void anUploadStartedOnOneServerContinuesOnAnotherAndDownloadsFromAThird() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "it-cluster-files-" + System.nanoTime()));
        byte[] bytes = new byte[3 * 1024 * 1024 + 5];
        new Random(18).nextBytes(bytes);
        String sha256 = Sha256.hex(bytes);
        String login = "uploader-" + System.nanoTime() % 100_000;
        Member first = Member.signUp(servers.get(0), login);
        long uploadId;
        try {
            uploadId = first.client.uploadStart("big.bin", bytes.length, sha256).uploadId();
            first.client.uploadChunk(uploadId, 0, Arrays.copyOf(bytes, 1024 * 1024));
        } finally {
            first.close();
        }
        FileInfo file;
        try (MessengerClient second = servers.get(1).connect()) {
            second.login(login, PASSWORD, "cluster-it");
            Results.UploadOffset resumed = second.uploadStart("big.bin", bytes.length, sha256);
            assertThat(resumed.uploadId()).isEqualTo(uploadId);
            assertThat(resumed.offset()).isEqualTo(1024 * 1024);
            for (long offset = resumed.offset(); offset < bytes.length; offset += 1024 * 1024) {
                second.uploadChunk(uploadId, offset,
                        Arrays.copyOfRange(bytes, (int) offset, (int) Math.min(bytes.length, offset + 1024 * 1024)));
            }
            file = second.uploadFinish(uploadId);

            // read back whole to be checked there, as its digest stayed with the first server
            Results.UploadOffset wrong = second.uploadStart("wrong.bin", 2, Sha256.hex(new byte[2]));
            second.uploadChunk(wrong.uploadId(), 0, new byte[] {1});
            try (MessengerClient elsewhere = servers.get(2).connect()) {
                elsewhere.login(login, PASSWORD, "cluster-it");
                elsewhere.uploadChunk(wrong.uploadId(), 1, new byte[] {2});
                assertThatThrownBy(() -> elsewhere.uploadFinish(wrong.uploadId())).isInstanceOfSatisfying(
                        MessengerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH));
            }
            assertThat(second.uploadStart("wrong.bin", 2, Sha256.hex(new byte[2])).uploadId())
                    .as("a new upload, the mismatched one discarded").isNotEqualTo(wrong.uploadId());
        }
        try (MessengerClient third = servers.get(2).connect()) {
            third.login(login, PASSWORD, "cluster-it");
            Path copy = folder.resolve("copy.bin");
            third.download(file.id(), copy, TransferListener.NONE);
            assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
        }
    }

    @Test
    void everyServerSearchesTheOneIndexAndAnotherKeepsItWhenItsKeeperIsKilled() throws Exception {
        await().atMost(DELIVERY_WAIT).until(() -> keepers().size() == 1);
        int keeper = keepers().get(0);
        Member owner = Member.signUp(servers.get((keeper + 1) % SERVERS), "finder-" + System.nanoTime() % 100_000);
        Member guest = Member.signUp(servers.get((keeper + 2) % SERVERS), "guest-" + System.nanoTime() % 100_000);
        Member outsider = Member.signUp(servers.get((keeper + 1) % SERVERS), "outsider-" + System.nanoTime() % 100_000);
        Member onTheKeeper = Member.signUp(servers.get(keeper), "lonely-" + System.nanoTime() % 100_000);
        List<MessengerClient> guestEverywhere = new ArrayList<>();
        try {
            onTheKeeper.follow();
            await().atMost(DELIVERY_WAIT).until(() -> statusOf(owner, onTheKeeper.login).equals(Presence.ONLINE));
            for (ServerProcess server : servers) {
                MessengerClient client = server.connect();
                client.login(guest.login, PASSWORD, "searching");
                guestEverywhere.add(client);
            }
            Conversation room = owner.client.createRoom("search room " + System.nanoTime(), null,
                    Conversation.PRIVATE);
            owner.client.invite(room.id(), guest.login);
            String word = "quokka" + System.nanoTime() % 100_000;
            long first = owner.client.send(room.id(), "first", "a " + word + " in a private room", null).id();

            for (MessengerClient client : guestEverywhere) {
                await().atMost(DELIVERY_WAIT).until(() -> foundIds(client, word).contains(first));
            }
            assertThat(foundIds(outsider.client, word)).as("an outsider, answered by the keeping server").isEmpty();

            int port = servers.get(keeper).port();
            Instant killed = Instant.now();
            servers.get(keeper).kill();
            long second = owner.client.send(room.id(), "second", "another " + word, null).id();
            // the first server to ask the dead keeper takes the index over and brings it up to date before answering
            assertThat(foundIds(guestEverywhere.get((keeper + 1) % SERVERS), word)).contains(first, second);
            MessengerClient other = guestEverywhere.get((keeper + 2) % SERVERS);
            await().atMost(DELIVERY_WAIT).until(() -> foundIds(other, word).containsAll(List.of(first, second)));
            await().atMost(DELIVERY_WAIT).until(() -> keepers().size() == 1 && !keepers().contains(keeper));
            // the dead server never wrote when its users were seen last; the one that takes them away does
            await().atMost(DELIVERY_WAIT).untilAsserted(() -> assertThat(owner.client.presence(
                    List.of(onTheKeeper.login))).singleElement().satisfies(seen -> {
                        assertThat(seen.status()).isEqualTo(Presence.OFFLINE);
                        assertThat(seen.lastSeen()).isNotNull();
                        assertThat(Instant.parse(seen.lastSeen())).isAfter(killed);
                    }));
            servers.set(keeper, ServerProcess.start(dataDirs.get(keeper), port, settingsOf(keeper)));
        } finally {
            onTheKeeper.close();
            guestEverywhere.forEach(MessengerClient::close);
            owner.close();
            guest.close();
            outsider.close();
        }
    }

    private static List<Long> foundIds(MessengerClient searcher, String words) {
        return searcher.search(new Requests.Search(words)).hits().stream().map(Results.SearchHit::id).toList();
    }

    /** The servers whose readiness says they keep the search index. */
    private static List<Integer> keepers() {
        List<Integer> keeping = new ArrayList<>();
        for (int i = 0; i < SERVERS; i++) {
            if (readiness(servers.get(i)).contains("\"kept here\"")) {
                keeping.add(i);
            }
        }
        return keeping;
    }

    private static void assertDelivered(Member writer, Member reader, String when) {
        long id = writer.client.send(when, when, null).id();
        await(when).atMost(DELIVERY_WAIT).until(() -> reader.messageIds().contains(id));
    }

    private static double storedByAllServers() throws IOException, InterruptedException {
        double stored = 0;
        for (ServerProcess server : servers) {
            stored += PrometheusScrape.of(server.managementPort()).value("messenger_messages_stored_total");
        }
        return stored;
    }

    /** The presence of {@code login} as the pushes last told {@code watching}; none yet: offline. */
    private static String lastStatus(Member watching, String login) {
        List<String> told = watching.statusesOf(login);
        return told.isEmpty() ? Presence.OFFLINE : told.get(told.size() - 1);
    }

    private static String statusOf(Member asking, String login) {
        return asking.client.presence(List.of(login)).get(0).status();
    }

    private static String clusterMode(ServerProcess server) {
        return readiness(server).replaceAll("(?s).*\"mode\"\\s*:\\s*\"(\\w+)\".*", "$1");
    }

    private static String readiness(ServerProcess server) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.managementPort() + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** A device that follows the chat and sends through whichever server of the cluster answers, retrying each message. */
    private static final class ClusterSender implements Runnable {

        /** Well under the cluster's message rate, so that the senders outlast the test's burst. */
        private static final long PACE_MILLIS = 100;

        final String login;
        final String token;
        final ServerAddress cluster;
        final Map<String, Long> acked = new ConcurrentHashMap<>();
        final Set<Long> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger reconnects = new AtomicInteger();
        volatile long firstCursor = -1;
        /** Every id up to here has been seen; moved by a sync, and by pushes only after that sync. */
        volatile long cursor;
        private volatile boolean synced;
        private volatile boolean running = true;

        ClusterSender(String login, String token, ServerAddress cluster) {
            this.login = login;
            this.token = token;
            this.cluster = cluster;
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            int next = 0;
            while (true) {
                try (MessengerClient client = MessengerClient.connect(cluster, Tls.none(), new PushListener() {
                    @Override
                    public void onMessage(Message message) {
                        seen.add(message.id());
                        if (synced) {
                            cursor = Math.max(cursor, message.id());
                        }
                    }
                }, Duration.ofSeconds(10))) {
                    client.resume(token);
                    reconnects.incrementAndGet();
                    synced = false;
                    client.subscribe();
                    catchUp(client);
                    while (running) {
                        String clientMsgId = "m-" + next;
                        try {
                            acked.put(clientMsgId, client.send(clientMsgId, login + " " + next, null).id());
                            next++;
                            sleep(PACE_MILLIS);
                        } catch (MessengerException e) {
                            if (e.code() != ErrorCode.RATE_LIMITED) {
                                throw e;
                            }
                            sleep(e.header().get("retryAfter").getAsLong() * 1000);
                        }
                    }
                    catchUp(client);
                    return;
                } catch (IOException | RuntimeException serverGone) {
                    // another server, the same clientMsgId
                    sleep(100);
                }
            }
        }

        private void catchUp(MessengerClient client) {
            Results.MessagePage page;
            do {
                page = client.sync(cursor, 1_000);
                page.messages().forEach(message -> seen.add(message.id()));
                if (!page.messages().isEmpty()) {
                    cursor = page.messages().get(page.messages().size() - 1).id();
                }
            } while (page.hasMore());
            if (firstCursor < 0) {
                firstCursor = cursor;
            }
            synced = true;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One user's connection to one server of the cluster, and what it was pushed. */
    private static final class Member implements PushListener, AutoCloseable {

        private final String login;
        private final MessengerClient client;
        private final List<Message> messages = new CopyOnWriteArrayList<>();
        private final List<ConversationEvent> events = new CopyOnWriteArrayList<>();
        private final List<Pushes.TypingPush> typing = new CopyOnWriteArrayList<>();
        private final List<Presence> presence = new CopyOnWriteArrayList<>();

        private Member(String login, MessengerClient client) {
            this.login = login;
            this.client = client;
        }

        /** Another device of a user signed up already. */
        static Member signIn(ServerProcess server, String login) {
            MessengerClient client = server.connect();
            client.login(login, PASSWORD, "cluster-it-other");
            return new Member(login, client);
        }

        static Member signUp(ServerProcess server, String login) {
            MessengerClient client = server.connect();
            client.register(login, PASSWORD);
            client.login(login, PASSWORD, "cluster-it");
            return new Member(login, client);
        }

        void follow() {
            client.setPushListener(this);
            client.subscribeAll();
        }

        List<Long> messageIds() {
            return messages.stream().map(Message::id).toList();
        }

        @Override
        public void onMessage(Message message) {
            messages.add(message);
        }

        @Override
        public void onEvent(ConversationEvent event) {
            events.add(event);
        }

        @Override
        public void onTyping(Pushes.TypingPush push) {
            typing.add(push);
        }

        @Override
        public void onPresence(Presence told) {
            presence.add(told);
        }

        List<String> statusesOf(String login) {
            return presence.stream().filter(told -> told.login().equals(login)).map(Presence::status).toList();
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
