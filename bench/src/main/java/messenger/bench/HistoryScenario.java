package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;

/**
 * {@code history} and {@code sync} latency with M messages stored. Messages missing to reach M are loaded
 * first (pipelined, over several connections); a reused data directory ({@code --data-dir}) keeps them, so
 * the loading is paid once. Each request asks for a random page of the whole log, open loop at a fixed rate.
 */
final class HistoryScenario implements Scenario {

    private final Accounts accounts;
    private final long messages;
    private final int users;
    private final int loadConnections;
    private final int loadWindow;
    private final int textChars;
    private final int readers;
    private final double rate;
    private final double seconds;
    private final double warmupSeconds;
    private final int historyLimit;
    private final int syncLimit;

    HistoryScenario(Flags flags, Accounts accounts) {
        this.accounts = accounts;
        this.messages = flags.count("messages", 1_000_000);
        this.users = flags.integer("users", 10);
        this.loadConnections = flags.integer("load-connections", 64);
        this.loadWindow = flags.integer("load-window", 16);
        this.textChars = flags.integer("text-chars", 100);
        this.readers = flags.integer("readers", 4);
        this.rate = flags.decimal("rate", 200);
        this.seconds = flags.decimal("duration", 20);
        this.warmupSeconds = flags.decimal("warmup", 5);
        this.historyLimit = flags.integer("history-limit", 50);
        this.syncLimit = flags.integer("sync-limit", 100);
        if (messages < 1 || users < 1 || loadConnections < 1 || loadWindow < 1 || readers < 1 || rate <= 0
                || seconds <= 0) {
            throw new IllegalArgumentException("history needs messages, users, load-connections, load-window,"
                    + " readers, rate and duration > 0");
        }
    }

    @Override
    public Report settings() {
        return new Report().put("messages", messages).put("users", users).put("loadConnections", loadConnections)
                .put("loadWindow", loadWindow).put("textChars", textChars).put("readers", readers)
                .put("ratePerSecond", rate).put("durationSeconds", seconds).put("warmupSeconds", warmupSeconds)
                .put("historyLimit", historyLimit).put("syncLimit", syncLimit);
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        accounts.prepare(target, users);
        String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Report report = new Report();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(loadConnections, readers); i++) {
                clients.add(accounts.connect(i, null));
            }
            long present = storedCount(clients.get(0));
            report.put("storedBefore", present);
            if (present < messages) {
                report.put("load", MessageLoader.load(clients.subList(0, loadConnections), messages - present,
                        loadWindow, run, "y".repeat(textChars)));
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
    private static long storedCount(MessengerClient client) {
        List<Message> newest = client.history(null, 1).messages();
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }
}
