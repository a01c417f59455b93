package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code search} latency with M messages stored while messages keep arriving, and what searching costs the
 * senders: sends alone at a fixed rate, then the same sends with searches at a fixed rate, in one run. Missing
 * messages (words of a made-up {@link Vocabulary}) are loaded first; the time until a message sent after them is
 * found is how long the index took to catch up (all of it when the index directory was deleted before).
 */
@Command(name = "search", description = "search latency with M messages stored while messages arrive, and send"
        + " latency with and without searches; missing messages are loaded first (once, with a reused --data-dir).")
final class SearchScenario implements Scenario {

    private static final int WORDS_PER_MESSAGE = 12;
    private static final long INDEX_WAIT_MILLIS = 3_600_000;

    @Mixin
    private Accounts accounts;

    @Mixin
    private StoredMessages stored;

    @Option(names = "--vocabulary", paramLabel = "WORDS", defaultValue = "5000",
            description = "distinct words of the messages (default: ${DEFAULT-VALUE})")
    private int vocabularySize;

    @Option(names = "--rate", paramLabel = "RATE", defaultValue = "50",
            description = "searches/s in total (default: ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--searchers", paramLabel = "N", defaultValue = "4",
            description = "connections issuing searches (default: ${DEFAULT-VALUE})")
    private int searchers;

    @Option(names = "--send-rate", paramLabel = "RATE", defaultValue = "200",
            description = "messages/s sent in total during both periods (default: ${DEFAULT-VALUE})")
    private double sendRate;

    @Option(names = "--senders", paramLabel = "N", defaultValue = "4",
            description = "connections sending (default: ${DEFAULT-VALUE})")
    private int senders;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "hits per search page (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "30",
            description = "seconds measured per period (default: ${DEFAULT-VALUE})")
    private double seconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10",
            description = "seconds of searching and sending before measuring (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Override
    public void checkOptions() {
        if (!stored.valid() || vocabularySize < 10 || rate <= 0
                || searchers < 1 || sendRate <= 0 || senders < 1 || limit < 1 || seconds <= 0) {
            throw new IllegalArgumentException("search needs messages, users, load-connections, load-window, rate,"
                    + " searchers, send-rate, senders, limit and duration > 0, and a vocabulary of 10 words or more");
        }
    }

    @Override
    public Report settings() {
        return stored.settings().put("vocabulary", vocabularySize).put("wordsPerMessage",
                        WORDS_PER_MESSAGE).put("ratePerSecond", rate).put("searchers", searchers)
                .put("sendRatePerSecond", sendRate).put("senders", senders).put("limit", limit)
                .put("durationSeconds", seconds).put("warmupSeconds", warmupSeconds);
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        long begun = System.nanoTime();
        accounts.prepare(target, stored.users);
        Vocabulary vocabulary = new Vocabulary(vocabularySize);
        String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Report report = new Report();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(stored.loadConnections, searchers + senders); i++) {
                clients.add(accounts.connect(i, null));
            }
            long present = HistoryScenario.storedCount(clients.get(0));
            report.put("storedBefore", present);
            if (present < stored.messages) {
                report.put("load", MessageLoader.load(clients.subList(0, stored.loadConnections),
                        stored.messages - present, stored.loadWindow, run, n -> vocabulary.text(n, WORDS_PER_MESSAGE)));
            }
            report.put("stored", HistoryScenario.storedCount(clients.get(0)));
            report.put("indexCaughtUpSeconds", awaitIndexed(clients.get(0), run, begun));

            List<MessengerClient> searching = clients.subList(0, searchers);
            List<MessengerClient> sending = clients.subList(searchers, searchers + senders);
            OpenLoopRequests.Bodies sends = (due, connection, sequence) -> new Requests.Send(
                    "s:" + run + ":" + connection + ":" + sequence, vocabulary.text(due, WORDS_PER_MESSAGE), null);
            OpenLoopRequests.Bodies searches = (due, connection, sequence) -> query(vocabulary);
            if (warmupSeconds > 0) {
                both(sending, sends, searching, searches, warmupSeconds);
            }
            try (AutoCloseable measured = target.measuredPhase()) {
                CpuMeter cpu = CpuMeter.start(target);
                report.put("sendOnly", OpenLoopRequests.run(sending, Requests.Send.TYPE, sendRate, seconds, sends)
                        .toReport().put("cpu", cpu.stop()));
                cpu = CpuMeter.start(target);
                List<OpenLoopRequests.Outcome> outcomes = both(sending, sends, searching, searches, seconds);
                report.put("sendWithSearches", outcomes.get(0).toReport());
                report.put("search", outcomes.get(1).toReport().put("cpu", cpu.stop()));
            }
            return report;
        } finally {
            clients.forEach(MessengerClient::close);
        }
    }

    /** Sends and searches at once, each at its rate; the outcomes of both, sends first. */
    private List<OpenLoopRequests.Outcome> both(List<MessengerClient> sending, OpenLoopRequests.Bodies sends,
                                                List<MessengerClient> searching, OpenLoopRequests.Bodies searches,
                                                double periodSeconds) throws InterruptedException {
        OpenLoopRequests.Outcome[] sent = new OpenLoopRequests.Outcome[1];
        Thread sender = new Thread(() -> {
            try {
                sent[0] = OpenLoopRequests.run(sending, Requests.Send.TYPE, sendRate, periodSeconds, sends);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "search-scenario-sends");
        sender.start();
        OpenLoopRequests.Outcome searched = OpenLoopRequests.run(searching, Requests.Search.TYPE, rate, periodSeconds,
                searches);
        sender.join();
        return List.of(sent[0], searched);
    }

    /** One or two words, common and rare alike; a quarter of them only the first four letters (a prefix). */
    private Requests.Search query(Vocabulary vocabulary) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String word = vocabulary.uniform(random.nextDouble());
        String typed = random.nextInt(4) == 0 ? word.substring(0, 4) : word;
        if (random.nextInt(4) == 0) {
            typed = typed + " " + vocabulary.skewed(random.nextDouble());
        }
        return new Requests.Search(typed, null, null, null, null, null, limit, null);
    }

    /** Seconds from the scenario's start until a message sent now is found: the index has caught up. */
    private static double awaitIndexed(MessengerClient client, String run, long begun) throws InterruptedException {
        String marker = "marker" + run;
        long id = client.send("marker:" + run, marker, null).id();
        long deadline = System.currentTimeMillis() + INDEX_WAIT_MILLIS;
        while (client.search(new Requests.Search(marker)).hits().stream().noneMatch(hit -> hit.id() == id)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the index did not catch up within an hour");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - begun) / 1e9;
    }
}
