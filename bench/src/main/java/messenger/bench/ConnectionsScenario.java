package messenger.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * N idle authenticated connections: how fast they open (connect + {@code resume}), and what each costs the
 * server in heap (live heap after a full collection, before and after) and in resident memory. The client
 * library runs one reader thread per connection, so this tool needs N threads too: see docs/benchmarks.md.
 */
@Command(name = "connections", description = "N idle authenticated connections (connect + resume), opened by a"
        + " few threads in parallel. Run it with a small stack: java -Xss256k -jar ….")
final class ConnectionsScenario implements Scenario {

    @Mixin
    private Accounts accounts;

    @Option(names = "--count", paramLabel = "N", defaultValue = "10000",
            description = "connections (default: ${DEFAULT-VALUE})")
    private int count;

    @Option(names = "--users", paramLabel = "U", defaultValue = "10",
            description = "users the connections are spread over (default: ${DEFAULT-VALUE})")
    private int users;

    @Option(names = "--connectors", paramLabel = "THREADS", defaultValue = "4",
            description = "threads opening connections (default: ${DEFAULT-VALUE})")
    private int connectors;

    @Override
    public void checkOptions() {
        if (count < 1 || users < 1 || connectors < 1) {
            throw new IllegalArgumentException("--count, --users and --connectors must be at least 1");
        }
    }

    @Override
    public Report settings() {
        return new Report().put("count", count).put("users", users).put("connectors", connectors);
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        accounts.prepare(target, users);
        Optional<ServerProbe> probe = target.probe();
        Snapshot before = probe.isPresent() ? Snapshot.of(probe.get()) : null;
        List<MessengerClient> clients = Collections.synchronizedList(new ArrayList<>(count));
        // the first connection that cannot be opened ends the run: that is the limit hit (file descriptors,
        // threads of this tool, or the server), reported with how many connections were open by then
        AtomicReference<String> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(connectors);
        try {
            long start = System.nanoTime();
            CpuMeter cpu = CpuMeter.start(target);
            try (AutoCloseable measured = target.measuredPhase()) {
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> workers = new ArrayList<>();
                for (int i = 0; i < connectors; i++) {
                    workers.add(pool.submit(() -> {
                        for (int n; failure.get() == null && (n = next.getAndIncrement()) < count; ) {
                            try {
                                clients.add(accounts.connect(n, null));
                            } catch (RuntimeException | OutOfMemoryError limit) {
                                failure.compareAndSet(null, limit.toString());
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int opened = clients.size();
            Report report = new Report()
                    .put("connections", opened)
                    .put("failure", failure.get())
                    .put("connectSeconds", seconds)
                    .put("connectsPerSecond", opened / seconds)
                    .put("cpu", cpu.stop());
            if (before != null) {
                Snapshot after = Snapshot.of(probe.get());
                report.put("server", new Report()
                        .put("liveHeapBeforeMiB", Report.mib(before.liveHeap))
                        .put("liveHeapAfterMiB", Report.mib(after.liveHeap))
                        .put("heapPerConnectionKiB", Report.kib((after.liveHeap - before.liveHeap) / (double) opened))
                        .put("rssBeforeMiB", before.rss.isPresent() ? Report.mib(before.rss.getAsLong()) : null)
                        .put("rssAfterMiB", after.rss.isPresent() ? Report.mib(after.rss.getAsLong()) : null)
                        .put("rssPerConnectionKiB", before.rss.isPresent() && after.rss.isPresent()
                                ? Report.kib((after.rss.getAsLong() - before.rss.getAsLong()) / (double) opened) : null)
                        .put("threadsBefore", before.threads)
                        .put("threadsAfter", after.threads));
            }
            return report;
        } finally {
            pool.shutdownNow();
            clients.forEach(MessengerClient::close);
        }
    }

    private record Snapshot(long liveHeap, OptionalLong rss, int threads) {
        static Snapshot of(ServerProbe probe) throws IOException {
            return new Snapshot(probe.liveHeapBytes(), probe.rssBytes(), probe.threadCount());
        }
    }
}
