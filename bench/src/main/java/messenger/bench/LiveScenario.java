package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import messenger.protocol.Conversation;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Whether typing and presence slow messages: the fan-out of {@code fanout} (every message of <i>general</i> to
 * every subscriber, here subscribed with {@code all} so that typing and presence reach them too), measured in a
 * quiet phase and in a busy one with {@link LiveNoise} (a share of the subscribers typing all the time, and
 * connections of otherwise absent users coming and going), in alternating rounds on the same connections.
 */
@Command(name = "live", description = "S connections spread over U users subscribed with all, P senders at a fixed"
        + " total rate R to general; each round measures D seconds quiet, then D seconds while a share of the"
        + " subscribers types and presence churns (connections of other users opening, subscribing and closing).")
final class LiveScenario implements Scenario {

    @Mixin
    private Accounts accounts;

    @Option(names = "--subscribers", paramLabel = "S", defaultValue = "200",
            description = "subscribed connections (default: ${DEFAULT-VALUE})")
    private int subscribers;

    @Option(names = "--users", paramLabel = "U", defaultValue = "100",
            description = "users the subscribers and senders are spread over (default: ${DEFAULT-VALUE})")
    private int users;

    @Option(names = "--senders", paramLabel = "P", defaultValue = "10",
            description = "sending connections (default: ${DEFAULT-VALUE})")
    private int senders;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "500",
            description = "messages/s in total (default: ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--duration", paramLabel = "D", defaultValue = "20",
            description = "seconds measured per phase (default: ${DEFAULT-VALUE})")
    private double seconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
            description = "seconds at R before the first round, not counted (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
            description = "quiet and busy phases, alternating, N of each (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--text-chars", paramLabel = "CHARS", defaultValue = "100",
            description = "length of each message (default: ${DEFAULT-VALUE})")
    private int textChars;

    @Option(names = "--typing-share", paramLabel = "FRACTION", defaultValue = "0.1",
            description = "share of the subscribed connections that type in the busy phase (default: ${DEFAULT-VALUE})")
    private double typingShare;

    @Option(names = "--typing-every", paramLabel = "SECONDS", defaultValue = "3",
            description = "how often each of them sends typing, the pace the protocol asks of a client that"
                    + " keeps typing (default: ${DEFAULT-VALUE})")
    private double typingEvery;

    @Option(names = "--churn-rate", paramLabel = "N", defaultValue = "10",
            description = "connections opened per second in the busy phase, each of a user who is otherwise"
                    + " offline (default: ${DEFAULT-VALUE})")
    private double churnRate;

    @Option(names = "--churn-life", paramLabel = "SECONDS", defaultValue = "2",
            description = "how long each of them stays, subscribed with all (default: ${DEFAULT-VALUE})")
    private double churnLife;

    @Override
    public void checkOptions() {
        if (subscribers < 1 || users < 1 || senders < 1 || rate <= 0 || seconds <= 0 || rounds < 1
                || typingShare < 0 || typingShare > 1 || typingEvery <= 0 || churnRate < 0 || churnLife <= 0) {
            throw new IllegalArgumentException("live needs subscribers, users, senders, rate, duration, rounds,"
                    + " --typing-every and --churn-life > 0, --typing-share from 0 to 1 and --churn-rate >= 0");
        }
    }

    @Override
    public Map<String, String> serverSettings() {
        return Accounts.CHEAP_HASHING;
    }

    @Override
    public Report settings() {
        return new Report().put("subscribers", subscribers).put("users", users).put("senders", senders)
                .put("ratePerSecond", rate).put("durationSeconds", seconds).put("warmupSeconds", warmupSeconds)
                .put("rounds", rounds).put("textChars", textChars).put("typingShare", typingShare)
                .put("typists", typists()).put("typingEverySeconds", typingEvery).put("churnPerSecond", churnRate)
                .put("churnLifeSeconds", churnLife).put("churnUsers", churnUsers());
    }

    private int typists() {
        return (int) Math.ceil(subscribers * typingShare);
    }

    /** Enough users that each churning connection's user has none other open: it comes online, then goes offline. */
    private int churnUsers() {
        return Math.max(1, (int) Math.ceil(2 * churnRate * churnLife));
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        accounts.prepare(target, users + churnUsers());
        String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        String text = "x".repeat(textChars);
        FanoutSubscribers listener = new FanoutSubscribers();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            List<MessengerClient> subscribed = accounts.connectSpread(subscribers, users, listener,
                    MessengerClient::subscribeAll, clients);
            List<MessengerClient> sending = accounts.connectSpread(senders, users, null, client -> { }, clients);
            long general = general(sending.get(0));
            if (warmupSeconds > 0) {
                listener.measure(new FanoutPhase(run + "w", subscribers)).run(sending, rate, warmupSeconds, text);
            }
            List<Report> quiet = new ArrayList<>();
            List<Report> busy = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                quiet.add(phase(target, listener, sending, run + "q" + round, text, null));
                LiveNoise noise = LiveNoise.start(subscribed.subList(0, typists()), general, typingEvery,
                        this::churnConnection, churnRate, churnLife);
                settle();
                busy.add(phase(target, listener, sending, run + "b" + round, text, noise));
                settle();
            }
            return new Report().put("quiet", quiet).put("busy", busy).put("subscribersLost", listener.lost());
        } finally {
            clients.forEach(MessengerClient::close);
        }
    }

    /**
     * Waits one churn life: after the noise starts, for the churn to reach its steady state; after it stops, for
     * the pushes of the connections it closed to be delivered before the next quiet phase.
     */
    private void settle() throws InterruptedException {
        Thread.sleep((long) (churnLife * 1000));
    }

    /** One measured phase; with {@code noise}, which is stopped at its end and reported with it. */
    private Report phase(BenchTarget target, FanoutSubscribers listener, List<MessengerClient> sending, String token,
                         String text, LiveNoise noise) throws Exception {
        FanoutPhase phase = listener.measure(new FanoutPhase(token, subscribers));
        long typingBefore = listener.typingPushes();
        long presenceBefore = listener.presencePushes();
        CpuMeter cpu = CpuMeter.start(target);
        FanoutResult result;
        try (AutoCloseable measured = target.measuredPhase()) {
            result = phase.run(sending, rate, seconds, text);
        }
        Report report = result.toReport().put("cpu", cpu.stop());
        if (noise != null) {
            report.put("noise", noise.stop());
        }
        System.err.printf("live: %s phase, %.0f/s stored, send→delivery p50 %.1f / p99 %.1f ms%n",
                noise == null ? "quiet" : "busy", result.storedPerSecond(), result.sendToDelivery().p50Millis(),
                result.sendToDelivery().p99Millis());
        return report.put("typingPushesReceived", listener.typingPushes() - typingBefore)
                .put("presencePushesReceived", listener.presencePushes() - presenceBefore);
    }

    private MessengerClient churnConnection(long sequence) {
        MessengerClient client = accounts.connect(users + (int) (sequence % churnUsers()), null);
        client.subscribeAll();
        return client;
    }

    /** The id of general: the oldest room named so among a fresh user's conversations. */
    private static long general(MessengerClient client) {
        return client.allConversations().conversations().stream()
                .filter(c -> Conversation.ROOM.equals(c.kind()) && "general".equals(c.name()))
                .mapToLong(Conversation::id).min()
                .orElseThrow(() -> new IllegalStateException("the server has no room named general"));
    }
}
