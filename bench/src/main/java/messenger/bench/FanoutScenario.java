package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * S subscribed connections (spread over U users) and P sending connections at a fixed offered rate: stored
 * messages/s, deliveries/s, send→ok and send→delivery latency. With {@code --find-max} the rate grows step by
 * step until the p99 of send→delivery exceeds the bound, and the highest rate that held is reported.
 */
@Command(name = "fanout", description = "S subscribed connections spread over U users, and P further connections"
        + " that send at a fixed total offered rate R for D seconds, after a warm-up at the same rate. Every message"
        + " goes to every subscriber.")
final class FanoutScenario implements Scenario {

    @Mixin
    private Accounts accounts;

    @Option(names = "--subscribers", paramLabel = "S", defaultValue = "50",
            description = "subscribed connections (default: ${DEFAULT-VALUE})")
    private int subscribers;

    @Option(names = "--users", paramLabel = "U", defaultValue = "10",
            description = "users; subscribers and senders are spread over them (default: ${DEFAULT-VALUE})")
    private int users;

    @Option(names = "--senders", paramLabel = "P", defaultValue = "10",
            description = "sending connections (default: ${DEFAULT-VALUE})")
    private int senders;

    @Option(names = "--rate", paramLabel = "R",
            description = "messages/s in total, spread evenly over the senders (default: 1000, 100 with --find-max)")
    private Double givenRate;

    @Option(names = "--duration", paramLabel = "D",
            description = "seconds measured (default: 30, 10 per step with --find-max)")
    private Double givenSeconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "seconds at R before measuring, not counted (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Option(names = "--text-chars", paramLabel = "CHARS", defaultValue = "100",
            description = "length of each message (default: ${DEFAULT-VALUE})")
    private int textChars;

    @Option(names = "--find-max", description = "raise R by --growth per step until a step misses; report the"
            + " highest rate that held")
    private boolean findMax;

    @Option(names = "--max-p99-ms", paramLabel = "MS", defaultValue = "50",
            description = "the p99 bound of send→delivery for a step to hold (default: ${DEFAULT-VALUE})")
    private double maxP99Millis;

    @Option(names = "--growth", paramLabel = "FACTOR", defaultValue = "1.25",
            description = "factor of R from one --find-max step to the next (default: ${DEFAULT-VALUE})")
    private double growth;

    @Option(names = "--rate-limit", paramLabel = "R", defaultValue = "100000",
            description = "--find-max stops raising R there (default: ${DEFAULT-VALUE})")
    private double rateLimit;

    @Override
    public void checkOptions() {
        if (subscribers < 1 || users < 1 || senders < 1 || rate() <= 0 || seconds() <= 0 || growth <= 1) {
            throw new IllegalArgumentException("fanout needs subscribers, users, senders, rate and duration > 0"
                    + " and --growth > 1");
        }
    }

    private double rate() {
        return givenRate != null ? givenRate : findMax ? 100 : 1000;
    }

    private double seconds() {
        return givenSeconds != null ? givenSeconds : findMax ? 10 : 30;
    }

    @Override
    public Report settings() {
        return new Report().put("subscribers", subscribers).put("users", users).put("senders", senders)
                .put(findMax ? "startRatePerSecond" : "ratePerSecond", rate()).put("durationSeconds", seconds())
                .put("warmupSeconds", warmupSeconds).put("textChars", textChars).put("findMax", findMax)
                .put("maxP99Ms", findMax ? maxP99Millis : null).put("growth", findMax ? growth : null);
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        accounts.prepare(target, users);
        String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        String text = "x".repeat(textChars);
        FanoutSubscribers listener = new FanoutSubscribers();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            accounts.connectSpread(subscribers, users, listener, MessengerClient::subscribe, clients);
            List<MessengerClient> sending = accounts.connectSpread(senders, users, null, client -> { }, clients);
            if (warmupSeconds > 0) {
                listener.measure(new FanoutPhase(run + "w", subscribers)).run(sending, rate(), warmupSeconds, text);
            }
            Report report = findMax ? findMax(target, listener, sending, run, text)
                    : fixedRate(target, listener, sending, run, text);
            return report.put("subscribersLost", listener.lost());
        } finally {
            clients.forEach(MessengerClient::close);
        }
    }

    private Report fixedRate(BenchTarget target, FanoutSubscribers listener, List<MessengerClient> sending, String run,
                             String text) throws Exception {
        FanoutPhase phase = listener.measure(new FanoutPhase(run + "m", subscribers));
        CpuMeter cpu = CpuMeter.start(target);
        FanoutResult result;
        try (AutoCloseable measured = target.measuredPhase()) {
            result = phase.run(sending, rate(), seconds(), text);
        }
        return result.toReport().put("heldP99Ms", maxP99Millis).put("held", result.held(maxP99Millis))
                .put("cpu", cpu.stop());
    }

    private Report findMax(BenchTarget target, FanoutSubscribers listener, List<MessengerClient> sending, String run,
                           String text) throws Exception {
        List<Report> steps = new ArrayList<>();
        FanoutResult best = null;
        try (AutoCloseable measured = target.measuredPhase()) {
            for (double offered = rate(); offered <= rateLimit; offered *= growth) {
                FanoutPhase phase = listener.measure(new FanoutPhase(run + "s" + steps.size(), subscribers));
                CpuMeter cpu = CpuMeter.start(target);
                FanoutResult result = phase.run(sending, offered, seconds(), text);
                boolean held = result.held(maxP99Millis);
                steps.add(result.toReport().put("held", held).put("cpu", cpu.stop()));
                System.err.printf("fanout: %.0f/s offered, %.0f/s stored, p99 %.1f ms -> %s%n", offered,
                        result.storedPerSecond(), result.sendToDelivery().p99Millis(), held ? "held" : "missed");
                if (!held) {
                    break;
                }
                best = result;
            }
        }
        return new Report()
                .put("maxHeldOfferedPerSecond", best == null ? 0.0 : best.offeredPerSecond())
                .put("maxHeldStoredPerSecond", best == null ? 0.0 : best.storedPerSecond())
                .put("maxHeldDeliveriesPerSecond", best == null ? 0.0 : best.deliveriesPerSecond())
                .put("maxHeldSendToDeliveryP99Ms", best == null ? null : best.sendToDelivery().p99Millis())
                .put("steps", steps);
    }
}
