package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code history} and {@code sync} latency with M messages stored. Messages missing to reach M are loaded
 * first (pipelined, over several connections); a reused data directory ({@code --data-dir}) keeps them, so
 * the loading is paid once. Each request asks for a random page of the whole log, open loop at a fixed rate.
 */
@Command(name = "history", description = "history and sync latency with M messages stored, open loop at a fixed"
        + " rate; missing messages are loaded first (once, with a reused --data-dir).")
final class HistoryScenario implements Scenario {

    @Mixin
    private Accounts accounts;

    @Mixin
    private StoredMessages stored;

    @Option(names = "--text-chars", paramLabel = "CHARS", defaultValue = "100",
            description = "length of each loaded message (default: ${DEFAULT-VALUE})")
    private int textChars;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "4",
            description = "connections issuing history/sync (default: ${DEFAULT-VALUE})")
    private int readers;

    @Option(names = "--rate", paramLabel = "RATE", defaultValue = "200",
            description = "requests/s in total (default: ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "20",
            description = "seconds measured per type (default: ${DEFAULT-VALUE})")
    private double seconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "seconds of warm-up per type (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Option(names = "--history-limit", paramLabel = "N", defaultValue = "50",
            description = "page size of history (default: ${DEFAULT-VALUE})")
    private int historyLimit;

    @Option(names = "--sync-limit", paramLabel = "N", defaultValue = "100",
            description = "page size of sync (default: ${DEFAULT-VALUE})")
    private int syncLimit;

    @Override
    public void checkOptions() {
        if (!stored.valid() || readers < 1 || rate <= 0
                || seconds <= 0) {
            throw new IllegalArgumentException("history needs messages, users, load-connections, load-window,"
                    + " readers, rate and duration > 0");
        }
    }

    @Override
    public Report settings() {
        return stored.settings().put("textChars", textChars).put("readers", readers)
                .put("ratePerSecond", rate).put("durationSeconds", seconds).put("warmupSeconds", warmupSeconds)
                .put("historyLimit", historyLimit).put("syncLimit", syncLimit);
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        accounts.prepare(target, stored.users);
        String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Report report = new Report();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(stored.loadConnections, readers); i++) {
                clients.add(accounts.connect(i, null));
            }
            long present = storedCount(clients.get(0));
            report.put("storedBefore", present);
            if (present < stored.messages) {
                report.put("load", MessageLoader.load(clients.subList(0, stored.loadConnections),
                        stored.messages - present, stored.loadWindow, run, n -> "y".repeat(textChars)));
            }
            long newest = storedCount(clients.get(0));
            report.put("stored", newest);

            List<MessengerClient> reading = clients.subList(0, readers);
            if (warmupSeconds > 0) {
                OpenLoopRequests.run(reading, Requests.History.TYPE, rate, warmupSeconds, historyBodies(newest));
                OpenLoopRequests.run(reading, Requests.Sync.TYPE, rate, warmupSeconds, syncBodies(newest));
            }
            try (AutoCloseable measured = target.measuredPhase()) {
                CpuMeter cpu = CpuMeter.start(target);
                report.put("history", OpenLoopRequests.run(reading, Requests.History.TYPE, rate, seconds,
                        historyBodies(newest)).toReport().put("cpu", cpu.stop()));
                cpu = CpuMeter.start(target);
                report.put("sync", OpenLoopRequests.run(reading, Requests.Sync.TYPE, rate, seconds,
                        syncBodies(newest)).toReport().put("cpu", cpu.stop()));
            }
            return report;
        } finally {
            clients.forEach(MessengerClient::close);
        }
    }

    /** Pages ending anywhere in the log: {@code before} uniform over the stored ids. */
    private OpenLoopRequests.Bodies historyBodies(long newest) {
        return (due, connection, sequence) -> new Requests.History(
                ThreadLocalRandom.current().nextLong(2, newest + 2), historyLimit);
    }

    /** Pages starting anywhere in the log that still have a full page after them. */
    private OpenLoopRequests.Bodies syncBodies(long newest) {
        return (due, connection, sequence) -> new Requests.Sync(
                ThreadLocalRandom.current().nextLong(0, Math.max(1, newest - syncLimit + 1)), syncLimit);
    }

    /** Message ids come from a counter that grows by one per stored message, so the newest id is the count. */
    static long storedCount(MessengerClient client) {
        List<Message> newest = client.history(null, 1).messages();
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }
}
