package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import messenger.protocol.Conversation;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Fan-out to the members of many rooms: U users, each with one connection subscribed to all their conversations,
 * in R small rooms and B big ones ({@link RoomLayout}); one sending connection per room, all together at a fixed
 * offered rate, every room the same share. Reports stored messages/s, deliveries/s and send→delivery latency
 * (overall and per kind of room), and checks that every connection received exactly its user's rooms' messages.
 */
@Command(name = "rooms", description = "U users in R small and B big rooms, one connection per user subscribed to"
        + " all its conversations, one sending connection per room; all rooms together at a fixed total offered"
        + " rate R for D seconds, after a warm-up at the same rate. Each message goes to its room's members only.")
final class RoomsScenario implements Scenario {

    @Mixin
    private Accounts accounts;

    @Option(names = "--users", paramLabel = "U", defaultValue = "1000",
            description = "users, one subscribed connection each (default: ${DEFAULT-VALUE})")
    private int users;

    @Option(names = "--rooms", paramLabel = "R", defaultValue = "200",
            description = "small rooms (default: ${DEFAULT-VALUE})")
    private int rooms;

    @Option(names = "--room-size", paramLabel = "N", defaultValue = "10",
            description = "members of each small room (default: ${DEFAULT-VALUE})")
    private int roomSize;

    @Option(names = "--big-rooms", paramLabel = "B", defaultValue = "5",
            description = "big rooms (default: ${DEFAULT-VALUE})")
    private int bigRooms;

    @Option(names = "--big-room-size", paramLabel = "N", defaultValue = "200",
            description = "members of each big room (default: ${DEFAULT-VALUE})")
    private int bigRoomSize;

    @Option(names = "--rate", paramLabel = "RATE", defaultValue = "1000",
            description = "messages/s in total, every room the same share (default: ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--duration", paramLabel = "D", defaultValue = "30",
            description = "seconds measured (default: ${DEFAULT-VALUE})")
    private double seconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "seconds at RATE before measuring, not counted (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Option(names = "--text-chars", paramLabel = "CHARS", defaultValue = "100",
            description = "length of each message (default: ${DEFAULT-VALUE})")
    private int textChars;

    @Override
    public void checkOptions() {
        if (users < 1 || rooms < 0 || bigRooms < 0 || rooms + bigRooms < 1 || roomSize < 1 || bigRoomSize < 1
                || rate <= 0 || seconds <= 0) {
            throw new IllegalArgumentException("rooms needs users, room sizes, rate and duration > 0 and at least"
                    + " one room");
        }
        if ((rooms > 0 && users < roomSize) || (bigRooms > 0 && users < bigRoomSize)) {
            throw new IllegalArgumentException("rooms needs at least as many users as the largest room has members");
        }
    }

    @Override
    public Map<String, String> serverSettings() {
        return Accounts.CHEAP_HASHING;
    }

    @Override
    public Report settings() {
        return new Report().put("users", users).put("rooms", rooms).put("roomSize", roomSize)
                .put("bigRooms", bigRooms).put("bigRoomSize", bigRoomSize).put("ratePerSecond", rate)
                .put("durationSeconds", seconds).put("warmupSeconds", warmupSeconds).put("textChars", textChars);
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        RoomLayout layout = new RoomLayout(users, rooms, roomSize, bigRooms, bigRoomSize);
        String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        String text = "x".repeat(textChars);
        long started = System.nanoTime();
        accounts.prepare(target, users);
        long accountsReady = System.nanoTime();
        Members listener = new Members();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            List<MessengerClient> senders = new ArrayList<>();
            for (int room = 0; room < layout.rooms(); room++) {
                MessengerClient client = accounts.connect(layout.sender(room), null);
                clients.add(client);
                senders.add(client);
            }
            long[] conversations = createRooms(layout, senders, run);
            long roomsReady = System.nanoTime();
            for (int user = 0; user < users; user++) {
                MessengerClient client = accounts.connect(user, listener.of(user));
                clients.add(client);
                client.subscribeAll();
            }
            long subscribed = System.nanoTime();
            Report setup = new Report().put("accountsSeconds", (accountsReady - started) / 1e9)
                    .put("roomsSeconds", (roomsReady - accountsReady) / 1e9)
                    .put("subscribeSeconds", (subscribed - roomsReady) / 1e9);
            System.err.printf("rooms: %d rooms, %d memberships, %d subscribed connections ready after %.1f s%n",
                    layout.rooms(), layout.memberships(), users, (subscribed - started) / 1e9);
            if (warmupSeconds > 0) {
                listener.phase = new RoomsPhase(run + "w", layout, conversations);
                listener.phase.run(senders, rate, warmupSeconds, text);
            }
            listener.phase = new RoomsPhase(run + "m", layout, conversations);
            CpuMeter cpu = CpuMeter.start(target);
            Report result;
            try (AutoCloseable measured = target.measuredPhase()) {
                result = listener.phase.run(senders, rate, seconds, text);
            }
            Report check = (Report) result.get("deliveryCheck");
            if (!(Boolean) check.get("exact")) {
                System.err.println("rooms: some connections did not get exactly their rooms' messages: "
                        + ReportWriter.toJson(check).replaceAll("\\s+", " "));
            }
            return new Report().put("layout", describe(layout)).put("setup", setup).putAll(result).put("cpu", cpu.stop())
                    .put("subscribersLost", listener.lost.get());
        } finally {
            clients.forEach(MessengerClient::close);
        }
    }

    /**
     * Each room created by its sender, who invites the other members: pipelined, every room at once. Nobody is
     * subscribed yet, so none of this is pushed.
     */
    private long[] createRooms(RoomLayout layout, List<MessengerClient> senders, String run) {
        List<CompletableFuture<Frame>> created = new ArrayList<>();
        for (int room = 0; room < layout.rooms(); room++) {
            String name = "bench-" + run + (layout.kind(room) == RoomLayout.Kind.SMALL ? "-s" : "-b") + room;
            created.add(senders.get(room).call(Requests.RoomCreate.TYPE,
                    new Requests.RoomCreate(name, null, Conversation.PRIVATE), null));
        }
        long[] conversations = new long[layout.rooms()];
        List<CompletableFuture<Frame>> invited = new ArrayList<>();
        List<MessengerClient> inviters = new ArrayList<>();
        for (int room = 0; room < layout.rooms(); room++) {
            MessengerClient sender = senders.get(room);
            conversations[room] = MessengerClient.result(sender.await(created.get(room)),
                    Results.ConversationResult.class).conversation().id();
            for (int member : layout.members(room)) {
                if (member != layout.sender(room)) {
                    invited.add(sender.call(Requests.RoomInvite.TYPE,
                            new Requests.RoomInvite(conversations[room], accounts.login(member)), null));
                    inviters.add(sender);
                }
            }
        }
        for (int i = 0; i < invited.size(); i++) {
            inviters.get(i).await(invited.get(i));
        }
        return conversations;
    }

    private Report describe(RoomLayout layout) {
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (int user = 0; user < layout.users(); user++) {
            fewest = Math.min(fewest, layout.roomsOf(user).size());
            most = Math.max(most, layout.roomsOf(user).size());
        }
        return new Report().put("rooms", layout.rooms()).put("memberships", layout.memberships())
                .put("pushesPerMessage", layout.memberships() / (double) layout.rooms())
                .put("roomsPerUserFewest", fewest).put("roomsPerUserMost", most)
                .put("subscribedConnections", layout.users()).put("sendingConnections", layout.rooms());
    }

    /** The listeners of the members' connections; each hands its pushes to the phase being measured. */
    private static final class Members {

        private final AtomicInteger lost = new AtomicInteger();
        private volatile RoomsPhase phase;

        PushListener of(int user) {
            return new PushListener() {
                @Override
                public void onMessage(Message message) {
                    RoomsPhase current = phase;
                    if (current != null) {
                        current.onDelivery(user, message);
                    }
                }

                @Override
                public void onClosed(Throwable cause) {
                    if (cause != null) {
                        lost.incrementAndGet();
                    }
                }
            };
        }
    }
}
