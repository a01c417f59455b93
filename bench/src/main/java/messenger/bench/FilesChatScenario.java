package messenger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import messenger.protocol.FileInfo;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Whether a big transfer slows the chat: the fan-out of {@code fanout}, measured in a quiet phase and in a busy
 * one while a file of N bytes goes up and down on a connection of its own ({@link TransferLoad}), in
 * alternating rounds on the same connections.
 */
@Command(name = "files-chat", description = "S connections spread over U users subscribed to general, P senders at"
        + " a fixed total rate R; each round measures D seconds quiet, then D seconds while a file of N bytes is"
        + " uploaded and downloaded again and again by another user.")
final class FilesChatScenario implements Scenario {

    private static final Duration TRANSFER_START_TIMEOUT = Duration.ofMinutes(2);

    @Mixin
    private Accounts accounts;

    @Option(names = "--subscribers", paramLabel = "S", defaultValue = "50",
            description = "subscribed connections (default: ${DEFAULT-VALUE})")
    private int subscribers;

    @Option(names = "--users", paramLabel = "U", defaultValue = "10",
            description = "users the subscribers and senders are spread over (default: ${DEFAULT-VALUE})")
    private int users;

    @Option(names = "--senders", paramLabel = "P", defaultValue = "5",
            description = "sending connections (default: ${DEFAULT-VALUE})")
    private int senders;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "200",
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

    @Option(names = "--size", paramLabel = "N", defaultValue = "1g", converter = ByteCountConverter.class,
            description = "bytes of the file, with k/m/g binary suffixes (default: ${DEFAULT-VALUE})")
    private long size;

    /**
     * A real client writes its files on another machine; here they would share the server's disk, and the kernel
     * writing back the downloaded gigabytes stalls the database's commits (docs/benchmarks.md, files-chat).
     */
    private static final Path IN_MEMORY = Path.of("/dev/shm");

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the file and its downloaded copy go, needing 2×N free (default: a temporary folder"
                    + " in /dev/shm where it exists, so that the client's files do not share the server's disk)")
    private Path dir;

    @Option(names = "--transfers", paramLabel = "WAY", defaultValue = "both",
            description = "up, down or both: uploads, downloads (of one file uploaded before the rounds) or both in"
                    + " turn in the busy phases (default: ${DEFAULT-VALUE})")
    private String way;

    @Option(names = "--max-ratio", paramLabel = "FACTOR", defaultValue = "2",
            description = "the busy phase's send→delivery p99 over the quiet one's for a round to hold"
                    + " (default: ${DEFAULT-VALUE})")
    private double maxRatio;

    @Override
    public void checkOptions() {
        if (subscribers < 1 || users < 1 || senders < 1 || rate <= 0 || seconds <= 0 || rounds < 1 || size < 1
                || maxRatio <= 0) {
            throw new IllegalArgumentException("files-chat needs subscribers, users, senders, rate, duration,"
                    + " rounds, size and --max-ratio > 0");
        }
        direction();
    }

    private TransferLoad.Direction direction() {
        try {
            return TransferLoad.Direction.valueOf(way.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--transfers is up, down or both, not " + way, e);
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
                .put("rounds", rounds).put("textChars", textChars).put("sizeBytes", size)
                .put("sizeMiB", Report.mib(size)).put("transfers", direction().name().toLowerCase(Locale.ROOT))
                .put("maxRatio", maxRatio);
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        try (ScratchFolder work = dir == null && Files.isDirectory(IN_MEMORY)
                ? ScratchFolder.openTemporaryIn(IN_MEMORY) : ScratchFolder.open(dir)) {
            return run(target, work);
        }
    }

    private Report run(BenchTarget target, ScratchFolder work) throws Exception {
        accounts.prepare(target, users + 1);
        String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Path source = work.file(run + ".bin");
        Path downloaded = work.file(run + "-downloaded.bin");
        RandomFile.write(source, size);
        TransferLoad.forceToDisk(source);
        String text = "x".repeat(textChars);
        FanoutSubscribers listener = new FanoutSubscribers();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            accounts.connectSpread(subscribers, users, listener, MessengerClient::subscribe, clients);
            List<MessengerClient> sending = accounts.connectSpread(senders, users, null, client -> { }, clients);
            MessengerClient transferring = accounts.connect(users, null);
            clients.add(transferring);
            FileInfo stored = direction() == TransferLoad.Direction.DOWN
                    ? transferring.upload(source, source.getFileName().toString(), TransferListener.NONE) : null;
            if (warmupSeconds > 0) {
                listener.measure(new FanoutPhase(run + "w", subscribers)).run(sending, rate, warmupSeconds, text);
            }
            List<Report> quiet = new ArrayList<>();
            List<Report> busy = new ArrayList<>();
            double worstRatio = 0;
            for (int round = 0; round < rounds; round++) {
                FanoutResult quietResult = phase(target, listener, sending, run + "q" + round, text, quiet, null);
                TransferLoad load = TransferLoad.start(transferring, direction(), stored, source, downloaded);
                load.awaitFirstByte(TRANSFER_START_TIMEOUT);
                FanoutResult busyResult = phase(target, listener, sending, run + "b" + round, text, busy, load);
                worstRatio = Math.max(worstRatio,
                        busyResult.sendToDelivery().p99Millis() / quietResult.sendToDelivery().p99Millis());
            }
            return new Report().put("quiet", quiet).put("busy", busy).put("worstP99Ratio", worstRatio)
                    .put("held", worstRatio <= maxRatio).put("subscribersLost", listener.lost());
        } finally {
            clients.forEach(MessengerClient::close);
        }
    }

    /**
     * One measured phase, added to {@code reports}; with {@code load}, which is stopped at its end (its transfer
     * under way finished) and reported with the bytes it moved during the phase.
     */
    private FanoutResult phase(BenchTarget target, FanoutSubscribers listener, List<MessengerClient> sending,
                               String token, String text, List<Report> reports, TransferLoad load) throws Exception {
        FanoutPhase phase = listener.measure(new FanoutPhase(token, subscribers));
        CpuMeter cpu = CpuMeter.start(target);
        long bytesBefore = load == null ? 0 : load.bytesMoved();
        long start = System.nanoTime();
        FanoutResult result;
        try (AutoCloseable measured = target.measuredPhase()) {
            result = phase.run(sending, rate, seconds, text);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Report report = result.toReport().put("cpu", cpu.stop());
        if (load != null) {
            long moved = load.bytesMoved() - bytesBefore;
            report.put("transfer", load.stop().put("mbPerSecondDuringPhase",
                    RandomFile.megabytesPerSecond(moved, elapsed)));
        }
        System.err.printf("files-chat: %s phase, %.0f/s stored, send→delivery p50 %.1f / p99 %.1f ms%n",
                load == null ? "quiet" : "busy", result.storedPerSecond(), result.sendToDelivery().p50Millis(),
                result.sendToDelivery().p99Millis());
        reports.add(report);
        return result;
    }
}
